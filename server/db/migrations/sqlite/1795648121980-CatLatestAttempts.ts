import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatLatestAttempts1795648121980 implements MigrationInterface {
  name = 'CatLatestAttempts1795648121980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_latest_attempt" ("runId" varchar NOT NULL, "caseId" varchar NOT NULL, "attemptId" varchar NOT NULL, "status" varchar(16) NOT NULL, "testedAt" datetime NOT NULL, "sequence" integer NOT NULL, PRIMARY KEY ("runId", "caseId")) WITHOUT ROWID`);
    await queryRunner.query(`CREATE TABLE "temporary_case_latest_attempt" ("runId" varchar NOT NULL, "caseId" varchar NOT NULL, "attemptId" varchar NOT NULL, "status" varchar(16) NOT NULL, "testedAt" datetime NOT NULL, "sequence" integer NOT NULL, CONSTRAINT "FK_55a84a1525f24a3e7b3f0074640" FOREIGN KEY ("runId") REFERENCES "test_run" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_b00eb152e913751582fcb1d7aa8" FOREIGN KEY ("caseId") REFERENCES "test_case" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_2ca1fb246b7acbd7c92a905fc45" FOREIGN KEY ("attemptId") REFERENCES "test_result" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("runId", "caseId")) WITHOUT ROWID`);
    await queryRunner.query(`INSERT INTO "temporary_case_latest_attempt"("runId", "caseId", "attemptId", "status", "testedAt", "sequence") SELECT "runId", "caseId", "attemptId", "status", "testedAt", "sequence" FROM "case_latest_attempt"`);
    await queryRunner.query(`DROP TABLE "case_latest_attempt"`);
    await queryRunner.query(`ALTER TABLE "temporary_case_latest_attempt" RENAME TO "case_latest_attempt"`);
    // Every run's cases so far: the latest of their attempts, by testedAt, then order of arrival.
    await queryRunner.query(`INSERT INTO "case_latest_attempt" ("runId", "caseId", "attemptId", "status", "testedAt", "sequence")
      SELECT "runId", "caseId", "id", "status", "testedAt", "sequence" FROM (
        SELECT "runId", "caseId", "id", "status", "testedAt", "sequence",
          ROW_NUMBER() OVER (PARTITION BY "runId", "caseId" ORDER BY "testedAt" DESC, "sequence" DESC) AS "newestFirst"
        FROM "test_result"
      ) "attempt" WHERE "newestFirst" = 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_latest_attempt" RENAME TO "temporary_case_latest_attempt"`);
    await queryRunner.query(`CREATE TABLE "case_latest_attempt" ("runId" varchar NOT NULL, "caseId" varchar NOT NULL, "attemptId" varchar NOT NULL, "status" varchar(16) NOT NULL, "testedAt" datetime NOT NULL, "sequence" integer NOT NULL, PRIMARY KEY ("runId", "caseId")) WITHOUT ROWID`);
    await queryRunner.query(`INSERT INTO "case_latest_attempt"("runId", "caseId", "attemptId", "status", "testedAt", "sequence") SELECT "runId", "caseId", "attemptId", "status", "testedAt", "sequence" FROM "temporary_case_latest_attempt"`);
    await queryRunner.query(`DROP TABLE "temporary_case_latest_attempt"`);
    await queryRunner.query(`DROP TABLE "case_latest_attempt"`);
  }
}
