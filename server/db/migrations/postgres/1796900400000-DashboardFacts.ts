import { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardFacts1796900400000 implements MigrationInterface {
  name = 'DashboardFacts1796900400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deployment_health" ("deploymentId" uuid NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date, CONSTRAINT "PK_4be1e1c5fb2d3317479a39987ee" PRIMARY KEY ("deploymentId"))`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" ADD "blockers" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD CONSTRAINT "FK_4be1e1c5fb2d3317479a39987ee" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Every deployment's health dates and count of blockers so far; from here on the write path keeps them.
    // The four dates as this migration's code computed them (written out: the write path's refresh keeps more columns since).
    const earliest = (column: string, table: string, where: string) => `(SELECT MIN(x."${column}") FROM ${table} x WHERE x."deploymentId" = d.id AND ${where})`;
    await queryRunner.query(`INSERT INTO "deployment_health" ("deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince")
      SELECT d.id, ${earliest('dueDate', 'task', `x.status IN ('OPEN','IN_PROGRESS')`)}, ${earliest('dueDate', 'task', `x.status IN ('OPEN','IN_PROGRESS') AND x.required = TRUE`)},
        ${earliest('dueDate', 'dependency', `x.status IN ('NOT_STARTED','IN_PROGRESS','WAITING')`)}, ${earliest('waitingSince', 'dependency', `x.status = 'WAITING'`)}
      FROM "deployment" d`);
    await queryRunner.query(`UPDATE "deployment_readiness" SET "blockers" = (SELECT COUNT(*) FROM "readiness_blocker" b WHERE b."deploymentId" = "deployment_readiness"."deploymentId")`);
    await queryRunner.query(`ANALYZE "deployment_health"`);
    await queryRunner.query(`ANALYZE "deployment_readiness"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP CONSTRAINT "FK_4be1e1c5fb2d3317479a39987ee"`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" DROP COLUMN "blockers"`);
    await queryRunner.query(`DROP TABLE "deployment_health"`);
  }
}
