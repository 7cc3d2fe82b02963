import { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardFacts1796900400000 implements MigrationInterface {
  name = 'DashboardFacts1796900400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deployment_health" ("deploymentId" varchar PRIMARY KEY NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date)`);
    await queryRunner.query(`CREATE TABLE "temporary_deployment_readiness" ("deploymentId" varchar PRIMARY KEY NOT NULL, "status" varchar(8) NOT NULL, "acceptanceRunId" varchar, "blockers" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_e86affa286e790d5dd1986c6c4e" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_deployment_readiness"("deploymentId", "status", "acceptanceRunId") SELECT "deploymentId", "status", "acceptanceRunId" FROM "deployment_readiness"`);
    await queryRunner.query(`DROP TABLE "deployment_readiness"`);
    await queryRunner.query(`ALTER TABLE "temporary_deployment_readiness" RENAME TO "deployment_readiness"`);
    await queryRunner.query(`CREATE TABLE "temporary_deployment_health" ("deploymentId" varchar PRIMARY KEY NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date, CONSTRAINT "FK_4be1e1c5fb2d3317479a39987ee" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_deployment_health"("deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince") SELECT "deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince" FROM "deployment_health"`);
    await queryRunner.query(`DROP TABLE "deployment_health"`);
    await queryRunner.query(`ALTER TABLE "temporary_deployment_health" RENAME TO "deployment_health"`);
    // Every deployment's health dates and count of blockers so far; from here on the write path keeps them.
    // The four dates as this migration's code computed them (written out: the write path's refresh keeps more columns since).
    const earliest = (column: string, table: string, where: string) => `(SELECT MIN(x."${column}") FROM ${table} x WHERE x."deploymentId" = d.id AND ${where})`;
    await queryRunner.query(`INSERT INTO "deployment_health" ("deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince")
      SELECT d.id, ${earliest('dueDate', 'task', `x.status IN ('OPEN','IN_PROGRESS')`)}, ${earliest('dueDate', 'task', `x.status IN ('OPEN','IN_PROGRESS') AND x.required = TRUE`)},
        ${earliest('dueDate', 'dependency', `x.status IN ('NOT_STARTED','IN_PROGRESS','WAITING')`)}, ${earliest('waitingSince', 'dependency', `x.status = 'WAITING'`)}
      FROM "deployment" d`);
    await queryRunner.query(`UPDATE "deployment_readiness" SET "blockers" = (SELECT COUNT(*) FROM "readiness_blocker" b WHERE b."deploymentId" = "deployment_readiness"."deploymentId")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deployment_health" RENAME TO "temporary_deployment_health"`);
    await queryRunner.query(`CREATE TABLE "deployment_health" ("deploymentId" varchar PRIMARY KEY NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date)`);
    await queryRunner.query(`INSERT INTO "deployment_health"("deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince") SELECT "deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince" FROM "temporary_deployment_health"`);
    await queryRunner.query(`DROP TABLE "temporary_deployment_health"`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" RENAME TO "temporary_deployment_readiness"`);
    await queryRunner.query(`CREATE TABLE "deployment_readiness" ("deploymentId" varchar PRIMARY KEY NOT NULL, "status" varchar(8) NOT NULL, "acceptanceRunId" varchar, CONSTRAINT "FK_e86affa286e790d5dd1986c6c4e" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "deployment_readiness"("deploymentId", "status", "acceptanceRunId") SELECT "deploymentId", "status", "acceptanceRunId" FROM "temporary_deployment_readiness"`);
    await queryRunner.query(`DROP TABLE "temporary_deployment_readiness"`);
    await queryRunner.query(`DROP TABLE "deployment_health"`);
  }
}
