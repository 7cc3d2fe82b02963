import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshHealthFacts } from '../../../modules/deployment/health-facts';

export class PortfolioTally1796900600000 implements MigrationInterface {
  name = 'PortfolioTally1796900600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "portfolio_tally" ("kind" varchar(8) NOT NULL, "phase" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "day" date NOT NULL, "deployments" integer NOT NULL, PRIMARY KEY ("kind", "phase", "status", "day"))`);
    await queryRunner.query(`CREATE TABLE "temporary_deployment_health" ("deploymentId" varchar PRIMARY KEY NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date, "phase" varchar(16), "status" varchar(16), "targetGoLive" date, "actualGoLive" date, "atRiskOn" date, "lateOn" date, CONSTRAINT "FK_4be1e1c5fb2d3317479a39987ee" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_deployment_health"("deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince") SELECT "deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince" FROM "deployment_health"`);
    await queryRunner.query(`DROP TABLE "deployment_health"`);
    await queryRunner.query(`ALTER TABLE "temporary_deployment_health" RENAME TO "deployment_health"`);
    // Every deployment's kept row with its new columns, and the tally of them all; from here on the write path keeps both.
    await refreshHealthFacts(queryRunner.manager, 'every');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deployment_health" RENAME TO "temporary_deployment_health"`);
    await queryRunner.query(`CREATE TABLE "deployment_health" ("deploymentId" varchar PRIMARY KEY NOT NULL, "openTaskDue" date, "requiredTaskDue" date, "openDependencyDue" date, "waitingSince" date, CONSTRAINT "FK_4be1e1c5fb2d3317479a39987ee" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "deployment_health"("deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince") SELECT "deploymentId", "openTaskDue", "requiredTaskDue", "openDependencyDue", "waitingSince" FROM "temporary_deployment_health"`);
    await queryRunner.query(`DROP TABLE "temporary_deployment_health"`);
    await queryRunner.query(`DROP TABLE "portfolio_tally"`);
  }
}
