import { MigrationInterface, QueryRunner } from 'typeorm';

export class RunCaseCounts1796603000000 implements MigrationInterface {
  name = 'RunCaseCounts1796603000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "run_case_count" ("runId" varchar PRIMARY KEY NOT NULL, "total" integer NOT NULL, "untested" integer NOT NULL, "passed" integer NOT NULL, "failed" integer NOT NULL, "blocked" integer NOT NULL, "retest" integer NOT NULL, "notApplicable" integer NOT NULL, "status" varchar(16) NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "temporary_run_case_count" ("runId" varchar PRIMARY KEY NOT NULL, "total" integer NOT NULL, "untested" integer NOT NULL, "passed" integer NOT NULL, "failed" integer NOT NULL, "blocked" integer NOT NULL, "retest" integer NOT NULL, "notApplicable" integer NOT NULL, "status" varchar(16) NOT NULL, CONSTRAINT "FK_d776841ef9a5d53e44c893382db" FOREIGN KEY ("runId") REFERENCES "test_run" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_run_case_count"("runId", "total", "untested", "passed", "failed", "blocked", "retest", "notApplicable", "status") SELECT "runId", "total", "untested", "passed", "failed", "blocked", "retest", "notApplicable", "status" FROM "run_case_count"`);
    await queryRunner.query(`DROP TABLE "run_case_count"`);
    await queryRunner.query(`ALTER TABLE "temporary_run_case_count" RENAME TO "run_case_count"`);
    // Every run so far, counted as run-status.ts counts them (refreshRunCounts): its plan's cases by latest attempt.
    await queryRunner.query(`INSERT INTO "run_case_count" ("runId", "total", "untested", "passed", "failed", "blocked", "retest", "notApplicable", "status")
      SELECT cs."runId", COUNT(*),
        SUM(CASE WHEN cs.status = 'UNTESTED' THEN 1 ELSE 0 END), SUM(CASE WHEN cs.status = 'PASSED' THEN 1 ELSE 0 END),
        SUM(CASE WHEN cs.status = 'FAILED' THEN 1 ELSE 0 END), SUM(CASE WHEN cs.status = 'BLOCKED' THEN 1 ELSE 0 END),
        SUM(CASE WHEN cs.status = 'RETEST' THEN 1 ELSE 0 END), SUM(CASE WHEN cs.status = 'NOT_APPLICABLE' THEN 1 ELSE 0 END),
        CASE
          WHEN SUM(CASE WHEN cs.status = 'FAILED' THEN 1 ELSE 0 END) > 0 THEN 'FAILED'
          WHEN SUM(CASE WHEN cs.status = 'BLOCKED' THEN 1 ELSE 0 END) > 0 THEN 'BLOCKED'
          WHEN SUM(CASE WHEN cs.status IN ('UNTESTED', 'RETEST') THEN 1 ELSE 0 END) > 0 THEN 'IN_PROGRESS'
          ELSE 'PASSED' END
      FROM (
        SELECT r.id AS "runId", COALESCE(l.status, 'UNTESTED') AS status
        FROM "test_run" r JOIN "test_case" c ON c."planId" = r."planId"
        LEFT JOIN "case_latest_attempt" l ON l."runId" = r.id AND l."caseId" = c.id
      ) cs
      GROUP BY cs."runId"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run_case_count" RENAME TO "temporary_run_case_count"`);
    await queryRunner.query(`CREATE TABLE "run_case_count" ("runId" varchar PRIMARY KEY NOT NULL, "total" integer NOT NULL, "untested" integer NOT NULL, "passed" integer NOT NULL, "failed" integer NOT NULL, "blocked" integer NOT NULL, "retest" integer NOT NULL, "notApplicable" integer NOT NULL, "status" varchar(16) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "run_case_count"("runId", "total", "untested", "passed", "failed", "blocked", "retest", "notApplicable", "status") SELECT "runId", "total", "untested", "passed", "failed", "blocked", "retest", "notApplicable", "status" FROM "temporary_run_case_count"`);
    await queryRunner.query(`DROP TABLE "temporary_run_case_count"`);
    await queryRunner.query(`DROP TABLE "run_case_count"`);
  }
}
