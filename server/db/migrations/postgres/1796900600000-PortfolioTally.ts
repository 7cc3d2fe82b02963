import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshHealthFacts } from '../../../modules/deployment/health-facts';

export class PortfolioTally1796900600000 implements MigrationInterface {
  name = 'PortfolioTally1796900600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "portfolio_tally" ("kind" character varying(8) NOT NULL, "phase" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "day" date NOT NULL, "deployments" integer NOT NULL, CONSTRAINT "PK_67e41a977a9c5cdfd2cb671348d" PRIMARY KEY ("kind", "phase", "status", "day"))`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD "phase" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD "status" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD "targetGoLive" date`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD "actualGoLive" date`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD "atRiskOn" date`);
    await queryRunner.query(`ALTER TABLE "deployment_health" ADD "lateOn" date`);
    // Every deployment's kept row with its new columns, and the tally of them all; from here on the write path keeps both.
    await refreshHealthFacts(queryRunner.manager, 'every');
    await queryRunner.query(`ANALYZE "deployment_health"`);
    await queryRunner.query(`ANALYZE "portfolio_tally"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP COLUMN "lateOn"`);
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP COLUMN "atRiskOn"`);
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP COLUMN "actualGoLive"`);
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP COLUMN "targetGoLive"`);
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "deployment_health" DROP COLUMN "phase"`);
    await queryRunner.query(`DROP TABLE "portfolio_tally"`);
  }
}
