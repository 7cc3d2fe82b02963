import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshEveryReadiness } from '../../../modules/readiness/readiness.service';

export class DeploymentReadiness1796800200000 implements MigrationInterface {
  name = 'DeploymentReadiness1796800200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deployment_readiness" ("deploymentId" varchar PRIMARY KEY NOT NULL, "status" varchar(8) NOT NULL, "acceptanceRunId" varchar)`);
    await queryRunner.query(`CREATE TABLE "readiness_blocker" ("deploymentId" varchar NOT NULL, "position" integer NOT NULL, "code" varchar(40) NOT NULL, "what" text NOT NULL, "why" text NOT NULL, "recordType" varchar(40) NOT NULL, "recordId" varchar NOT NULL, "party" varchar(16) NOT NULL, "openSince" date NOT NULL, PRIMARY KEY ("deploymentId", "position")) WITHOUT ROWID`);
    await queryRunner.query(`CREATE TABLE "temporary_deployment_readiness" ("deploymentId" varchar PRIMARY KEY NOT NULL, "status" varchar(8) NOT NULL, "acceptanceRunId" varchar, CONSTRAINT "FK_e86affa286e790d5dd1986c6c4e" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_deployment_readiness"("deploymentId", "status", "acceptanceRunId") SELECT "deploymentId", "status", "acceptanceRunId" FROM "deployment_readiness"`);
    await queryRunner.query(`DROP TABLE "deployment_readiness"`);
    await queryRunner.query(`ALTER TABLE "temporary_deployment_readiness" RENAME TO "deployment_readiness"`);
    await queryRunner.query(`CREATE TABLE "temporary_readiness_blocker" ("deploymentId" varchar NOT NULL, "position" integer NOT NULL, "code" varchar(40) NOT NULL, "what" text NOT NULL, "why" text NOT NULL, "recordType" varchar(40) NOT NULL, "recordId" varchar NOT NULL, "party" varchar(16) NOT NULL, "openSince" date NOT NULL, CONSTRAINT "FK_8938709202c4575811cd21a07ea" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("deploymentId", "position")) WITHOUT ROWID`);
    await queryRunner.query(`INSERT INTO "temporary_readiness_blocker"("deploymentId", "position", "code", "what", "why", "recordType", "recordId", "party", "openSince") SELECT "deploymentId", "position", "code", "what", "why", "recordType", "recordId", "party", "openSince" FROM "readiness_blocker"`);
    await queryRunner.query(`DROP TABLE "readiness_blocker"`);
    await queryRunner.query(`ALTER TABLE "temporary_readiness_blocker" RENAME TO "readiness_blocker"`);
    // Every deployment so far, by the rules as this version states them; from here on the write path keeps it.
    await refreshEveryReadiness(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "readiness_blocker" RENAME TO "temporary_readiness_blocker"`);
    await queryRunner.query(`CREATE TABLE "readiness_blocker" ("deploymentId" varchar NOT NULL, "position" integer NOT NULL, "code" varchar(40) NOT NULL, "what" text NOT NULL, "why" text NOT NULL, "recordType" varchar(40) NOT NULL, "recordId" varchar NOT NULL, "party" varchar(16) NOT NULL, "openSince" date NOT NULL, PRIMARY KEY ("deploymentId", "position")) WITHOUT ROWID`);
    await queryRunner.query(`INSERT INTO "readiness_blocker"("deploymentId", "position", "code", "what", "why", "recordType", "recordId", "party", "openSince") SELECT "deploymentId", "position", "code", "what", "why", "recordType", "recordId", "party", "openSince" FROM "temporary_readiness_blocker"`);
    await queryRunner.query(`DROP TABLE "temporary_readiness_blocker"`);
    await queryRunner.query(`ALTER TABLE "deployment_readiness" RENAME TO "temporary_deployment_readiness"`);
    await queryRunner.query(`CREATE TABLE "deployment_readiness" ("deploymentId" varchar PRIMARY KEY NOT NULL, "status" varchar(8) NOT NULL, "acceptanceRunId" varchar)`);
    await queryRunner.query(`INSERT INTO "deployment_readiness"("deploymentId", "status", "acceptanceRunId") SELECT "deploymentId", "status", "acceptanceRunId" FROM "temporary_deployment_readiness"`);
    await queryRunner.query(`DROP TABLE "temporary_deployment_readiness"`);
    await queryRunner.query(`DROP TABLE "readiness_blocker"`);
    await queryRunner.query(`DROP TABLE "deployment_readiness"`);
  }
}
