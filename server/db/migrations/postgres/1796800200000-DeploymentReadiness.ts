import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshEveryReadiness } from '../../../modules/readiness/readiness.service';

export class DeploymentReadiness1796800200000 implements MigrationInterface {
  name = 'DeploymentReadiness1796800200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deployment_readiness" ("deploymentId" uuid NOT NULL, "status" character varying(8) NOT NULL, "acceptanceRunId" uuid, CONSTRAINT "PK_e86affa286e790d5dd1986c6c4e" PRIMARY KEY ("deploymentId"))`);
    await queryRunner.query(`CREATE TABLE "readiness_blocker" ("deploymentId" uuid NOT NULL, "position" integer NOT NULL, "code" character varying(40) NOT NULL, "what" text NOT NULL, "why" text NOT NULL, "recordType" character varying(40) NOT NULL, "recordId" uuid NOT NULL, "party" character varying(16) NOT NULL, "openSince" date NOT NULL, CONSTRAINT "PK_d423ecc2cdb30899484650a6d8a" PRIMARY KEY ("deploymentId", "position"))`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" ADD CONSTRAINT "FK_e86affa286e790d5dd1986c6c4e" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "readiness_blocker" ADD CONSTRAINT "FK_8938709202c4575811cd21a07ea" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Every deployment so far, by the rules as this version states them; from here on the write path keeps it.
    await refreshEveryReadiness(queryRunner.manager);
    await queryRunner.query(`ANALYZE "deployment_readiness"`);
    await queryRunner.query(`ANALYZE "readiness_blocker"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "readiness_blocker" DROP CONSTRAINT "FK_8938709202c4575811cd21a07ea"`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" DROP CONSTRAINT "FK_e86affa286e790d5dd1986c6c4e"`);
    await queryRunner.query(`DROP TABLE "readiness_blocker"`);
    await queryRunner.query(`DROP TABLE "deployment_readiness"`);
  }
}
