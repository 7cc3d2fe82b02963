import { MigrationInterface, QueryRunner } from 'typeorm';

export class CourtAcceptanceTesting1795629141410 implements MigrationInterface {
  name = 'CourtAcceptanceTesting1795629141410';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "test_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "name" character varying(200) NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_da4fdebd4abd773663d498f1fd6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c0f52a7485ffa1eb24d1003032" ON "test_plan"  ("version") `);
    await queryRunner.query(`CREATE TABLE "test_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "planId" uuid NOT NULL, "position" integer NOT NULL, "key" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "area" character varying(32) NOT NULL, "preconditions" text NOT NULL, "steps" text NOT NULL, "expectedResult" text NOT NULL, "criticality" character varying(16) NOT NULL, "requiresCarpos" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ddd6142bdceedfe5161a0406984" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8825e01a7e0e1be6752ca939e1" ON "test_case"  ("planId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8655aa99082d36c3c42d8c506d" ON "test_case"  ("planId", "key") `);
    await queryRunner.query(`CREATE TABLE "test_run" ("id" uuid NOT NULL, "deploymentId" uuid NOT NULL, "planId" uuid NOT NULL, "environment" character varying(16) NOT NULL, "purpose" character varying(16) NOT NULL, "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "startedBy" character varying(200) NOT NULL, CONSTRAINT "PK_011c050f566e9db509a0fadb9b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d3f33ae07b83f65c730b2a02f3" ON "test_run"  ("deploymentId", "purpose", "startedAt") `);
    await queryRunner.query(`CREATE TABLE "test_result" ("id" uuid NOT NULL, "runId" uuid NOT NULL, "caseId" uuid NOT NULL, "status" character varying(16) NOT NULL, "actualResult" text, "notes" text, "tester" character varying(200) NOT NULL, "build" character varying(100), "testedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "photos" text NOT NULL, "mutationId" character varying(36), "sequence" integer NOT NULL, "recordedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "recordedBy" character varying(200) NOT NULL, CONSTRAINT "PK_95770fb76248f4c3def5de11a72" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e6c522ee0973ce743a579b1ccf" ON "test_result"  ("caseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_e7bc120510bd62a6d8944940b5" ON "test_result"  ("runId", "caseId", "testedAt") `);
    await queryRunner.query(`CREATE TABLE "defect" ("id" uuid NOT NULL, "deploymentId" uuid NOT NULL, "runId" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "severity" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "note" text, "fixedInBuild" character varying(100), "raisedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "raisedBy" character varying(200) NOT NULL, "updatedBy" character varying(200), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_79534adc9e0edaf32589fe26959" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6a9dbfd52789e0af394763eee2" ON "defect"  ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8b8de33d7e0a7a53214e4b91c9" ON "defect"  ("runId") `);
    await queryRunner.query(`CREATE TABLE "sign_off" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "runId" uuid NOT NULL, "deploymentId" uuid NOT NULL, "party" character varying(16) NOT NULL, "organizationId" uuid, "signerName" character varying(200) NOT NULL, "signerRole" character varying(200) NOT NULL, "statement" text NOT NULL, "signedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "recordedBy" character varying(200) NOT NULL, "runStatusAtSigning" character varying(16) NOT NULL, "basis" text NOT NULL, CONSTRAINT "PK_8167fd6587864e42305c5ff9c8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_71a1ef1dcb1a6e662b20f3c7c1" ON "sign_off"  ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_31906f7fb24942d7a9dcc2c041" ON "sign_off"  ("runId", "party", "organizationId") `);
    await queryRunner.query(`CREATE TABLE "incident" ("id" uuid NOT NULL, "deploymentId" uuid NOT NULL, "severity" character varying(8) NOT NULL, "status" character varying(16) NOT NULL, "description" text NOT NULL, "reportedBy" character varying(200) NOT NULL, "reportedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "resolution" text, "resolvedAt" TIMESTAMP WITH TIME ZONE, "updatedBy" character varying(200), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cf55437223d1e01f7ef3af8d27" ON "incident"  ("deploymentId") `);
    await queryRunner.query(`CREATE TABLE "close_out" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "approvedBy" character varying(200) NOT NULL, "approverRole" character varying(200) NOT NULL, "statement" text, "approvedOn" date NOT NULL, "recordedBy" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0c2371d90f71e16a6979426212" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_88372c7e61f04917fbd9d34076" ON "close_out"  ("deploymentId") `);
    await queryRunner.query(`CREATE TABLE "defect_attempt" ("defectId" uuid NOT NULL, "attemptId" uuid NOT NULL, CONSTRAINT "PK_3d14db276826ef80fd00a261ef0" PRIMARY KEY ("defectId", "attemptId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1de8acde32e9db4ea87cfebc26" ON "defect_attempt"  ("defectId") `);
    await queryRunner.query(`CREATE INDEX "IDX_6f2abd32a5296a7834d23c52b3" ON "defect_attempt"  ("attemptId") `);
    await queryRunner.query(`ALTER TABLE "test_case" ADD CONSTRAINT "FK_8825e01a7e0e1be6752ca939e13" FOREIGN KEY ("planId") REFERENCES "test_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_run" ADD CONSTRAINT "FK_6eb48767b7bf4127f48fea82741" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_run" ADD CONSTRAINT "FK_e38a923d333a0dc6e05de1ac1e8" FOREIGN KEY ("planId") REFERENCES "test_plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_result" ADD CONSTRAINT "FK_20422113c70b475ccdc0e23c265" FOREIGN KEY ("runId") REFERENCES "test_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_result" ADD CONSTRAINT "FK_e6c522ee0973ce743a579b1ccf8" FOREIGN KEY ("caseId") REFERENCES "test_case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "defect" ADD CONSTRAINT "FK_6a9dbfd52789e0af394763eee26" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "defect" ADD CONSTRAINT "FK_8b8de33d7e0a7a53214e4b91c99" FOREIGN KEY ("runId") REFERENCES "test_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_off" ADD CONSTRAINT "FK_acb1636bbd8dea03276108409a6" FOREIGN KEY ("runId") REFERENCES "test_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "incident" ADD CONSTRAINT "FK_cf55437223d1e01f7ef3af8d27a" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "close_out" ADD CONSTRAINT "FK_88372c7e61f04917fbd9d340767" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "defect_attempt" ADD CONSTRAINT "FK_1de8acde32e9db4ea87cfebc264" FOREIGN KEY ("defectId") REFERENCES "defect"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "defect_attempt" ADD CONSTRAINT "FK_6f2abd32a5296a7834d23c52b3c" FOREIGN KEY ("attemptId") REFERENCES "test_result"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "defect_attempt" DROP CONSTRAINT "FK_6f2abd32a5296a7834d23c52b3c"`);
    await queryRunner.query(`ALTER TABLE "defect_attempt" DROP CONSTRAINT "FK_1de8acde32e9db4ea87cfebc264"`);
    await queryRunner.query(`ALTER TABLE "close_out" DROP CONSTRAINT "FK_88372c7e61f04917fbd9d340767"`);
    await queryRunner.query(`ALTER TABLE "incident" DROP CONSTRAINT "FK_cf55437223d1e01f7ef3af8d27a"`);
    await queryRunner.query(`ALTER TABLE "sign_off" DROP CONSTRAINT "FK_acb1636bbd8dea03276108409a6"`);
    await queryRunner.query(`ALTER TABLE "defect" DROP CONSTRAINT "FK_8b8de33d7e0a7a53214e4b91c99"`);
    await queryRunner.query(`ALTER TABLE "defect" DROP CONSTRAINT "FK_6a9dbfd52789e0af394763eee26"`);
    await queryRunner.query(`ALTER TABLE "test_result" DROP CONSTRAINT "FK_e6c522ee0973ce743a579b1ccf8"`);
    await queryRunner.query(`ALTER TABLE "test_result" DROP CONSTRAINT "FK_20422113c70b475ccdc0e23c265"`);
    await queryRunner.query(`ALTER TABLE "test_run" DROP CONSTRAINT "FK_e38a923d333a0dc6e05de1ac1e8"`);
    await queryRunner.query(`ALTER TABLE "test_run" DROP CONSTRAINT "FK_6eb48767b7bf4127f48fea82741"`);
    await queryRunner.query(`ALTER TABLE "test_case" DROP CONSTRAINT "FK_8825e01a7e0e1be6752ca939e13"`);
    await queryRunner.query(`DROP INDEX "IDX_6f2abd32a5296a7834d23c52b3"`);
    await queryRunner.query(`DROP INDEX "IDX_1de8acde32e9db4ea87cfebc26"`);
    await queryRunner.query(`DROP TABLE "defect_attempt"`);
    await queryRunner.query(`DROP INDEX "IDX_88372c7e61f04917fbd9d34076"`);
    await queryRunner.query(`DROP TABLE "close_out"`);
    await queryRunner.query(`DROP INDEX "IDX_cf55437223d1e01f7ef3af8d27"`);
    await queryRunner.query(`DROP TABLE "incident"`);
    await queryRunner.query(`DROP INDEX "IDX_31906f7fb24942d7a9dcc2c041"`);
    await queryRunner.query(`DROP INDEX "IDX_71a1ef1dcb1a6e662b20f3c7c1"`);
    await queryRunner.query(`DROP TABLE "sign_off"`);
    await queryRunner.query(`DROP INDEX "IDX_8b8de33d7e0a7a53214e4b91c9"`);
    await queryRunner.query(`DROP INDEX "IDX_6a9dbfd52789e0af394763eee2"`);
    await queryRunner.query(`DROP TABLE "defect"`);
    await queryRunner.query(`DROP INDEX "IDX_e7bc120510bd62a6d8944940b5"`);
    await queryRunner.query(`DROP INDEX "IDX_e6c522ee0973ce743a579b1ccf"`);
    await queryRunner.query(`DROP TABLE "test_result"`);
    await queryRunner.query(`DROP INDEX "IDX_d3f33ae07b83f65c730b2a02f3"`);
    await queryRunner.query(`DROP TABLE "test_run"`);
    await queryRunner.query(`DROP INDEX "IDX_8655aa99082d36c3c42d8c506d"`);
    await queryRunner.query(`DROP INDEX "IDX_8825e01a7e0e1be6752ca939e1"`);
    await queryRunner.query(`DROP TABLE "test_case"`);
    await queryRunner.query(`DROP INDEX "IDX_c0f52a7485ffa1eb24d1003032"`);
    await queryRunner.query(`DROP TABLE "test_plan"`);
  }
}
