import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatLatestAttempts1795648121980 implements MigrationInterface {
  name = 'CatLatestAttempts1795648121980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_latest_attempt" ("runId" uuid NOT NULL, "caseId" uuid NOT NULL, "attemptId" uuid NOT NULL, "status" character varying(16) NOT NULL, "testedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "sequence" integer NOT NULL, CONSTRAINT "PK_77632026d037da65cf809b765bb" PRIMARY KEY ("runId", "caseId"))`);
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" ADD CONSTRAINT "FK_55a84a1525f24a3e7b3f0074640" FOREIGN KEY ("runId") REFERENCES "test_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" ADD CONSTRAINT "FK_b00eb152e913751582fcb1d7aa8" FOREIGN KEY ("caseId") REFERENCES "test_case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" ADD CONSTRAINT "FK_2ca1fb246b7acbd7c92a905fc45" FOREIGN KEY ("attemptId") REFERENCES "test_result"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    // Every run's cases so far: the latest of their attempts, by testedAt, then order of arrival.
    await queryRunner.query(`INSERT INTO "case_latest_attempt" ("runId", "caseId", "attemptId", "status", "testedAt", "sequence")
      SELECT "runId", "caseId", "id", "status", "testedAt", "sequence" FROM (
        SELECT "runId", "caseId", "id", "status", "testedAt", "sequence",
          ROW_NUMBER() OVER (PARTITION BY "runId", "caseId" ORDER BY "testedAt" DESC, "sequence" DESC) AS "newestFirst"
        FROM "test_result"
      ) "attempt" WHERE "newestFirst" = 1`);
    // The CAT reports join it at once: plan them from its statistics, not from an empty table's.
    await queryRunner.query(`ANALYZE "case_latest_attempt"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" DROP CONSTRAINT "FK_2ca1fb246b7acbd7c92a905fc45"`);
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" DROP CONSTRAINT "FK_b00eb152e913751582fcb1d7aa8"`);
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" DROP CONSTRAINT "FK_55a84a1525f24a3e7b3f0074640"`);
    await queryRunner.query(`DROP TABLE "case_latest_attempt"`);
  }
}
