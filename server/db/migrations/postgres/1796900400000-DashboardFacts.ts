import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshHealthFacts } from '../../../modules/deployment/health-facts';

export class DashboardFacts1796900400000 implements MigrationInterface {
  name = 'DashboardFacts1796900400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deployment_health" ("deploymentId" uuid NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date, CONSTRAINT "PK_4be1e1c5fb2d3317479a39987ee" PRIMARY KEY ("deploymentId"))`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" ADD "blockers" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD CONSTRAINT "FK_4be1e1c5fb2d3317479a39987ee" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Every deployment's health dates and count of blockers so far; from here on the write path keeps them.
    await refreshHealthFacts(queryRunner.manager, 'every');
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
