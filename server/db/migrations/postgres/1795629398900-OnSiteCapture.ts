import { MigrationInterface, QueryRunner } from 'typeorm';

export class OnSiteCapture1795629398900 implements MigrationInterface {
  name = 'OnSiteCapture1795629398900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "organizationId" uuid NOT NULL, "personName" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "ccporRole" character varying(16) NOT NULL, "sealedOrders" boolean NOT NULL, "status" character varying(10) NOT NULL, "rejectionReason" character varying(500), "requestedBy" character varying(200) NOT NULL, "updatedBy" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ed44e21c164d20a69d5fcc8d35b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_45289d6c2015c16dc415bae365" ON "account_request"  ("deploymentId") `);
    await queryRunner.query(`CREATE TABLE "file_blob" ("sha256" character varying(64) NOT NULL, "fileName" character varying(255) NOT NULL, "contentType" character varying(100) NOT NULL, "size" integer NOT NULL, "bytes" bytea NOT NULL, "uploadedBy" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2db26d0cbfd307e8c754598143a" PRIMARY KEY ("sha256"))`);
    await queryRunner.query(`CREATE TABLE "questionnaire" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(40) NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text, "taskKey" character varying(60), "questions" text NOT NULL, "publishedBy" character varying(200) NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e8232a11eaabac903636eb7e71e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5e22481fb573669a50fb31d352" ON "questionnaire"  ("key", "version") `);
    await queryRunner.query(`CREATE TABLE "questionnaire_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "questionnaireId" uuid NOT NULL, "questionnaireKey" character varying(40) NOT NULL, "status" character varying(12) NOT NULL, "answers" text NOT NULL, "filledOnSite" boolean NOT NULL, "reviewComment" text, "submittedBy" character varying(200), "submittedAt" TIMESTAMP WITH TIME ZONE, "reviewedBy" character varying(200), "reviewedAt" TIMESTAMP WITH TIME ZONE, "taskId" uuid, "startedBy" character varying(200) NOT NULL, "updatedBy" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_0ab4c2dfd517c5aa24e6e385523" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a85014bc3d98de56f958df0fec" ON "questionnaire_response"  ("deploymentId", "questionnaireKey") `);
    await queryRunner.query(`CREATE TABLE "scanner_requirement_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "requirements" text NOT NULL, "publishedBy" character varying(200) NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3c33ab9784374bb8a59f5505dd4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2084e08f1f8e137c3d028dde03" ON "scanner_requirement_set"  ("version") `);
    await queryRunner.query(`CREATE TABLE "scanner_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "locationId" uuid NOT NULL, "assessedOn" date NOT NULL, "status" character varying(12) NOT NULL, "completedOn" date, "notes" text, "assessor" character varying(200) NOT NULL, "updatedBy" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_286e6353bf0292231de1bbc8781" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1205ee9beead5d90029a519d3d" ON "scanner_assessment"  ("deploymentId") `);
    await queryRunner.query(`CREATE TABLE "scanner_workstation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessmentId" uuid NOT NULL, "deploymentId" uuid NOT NULL, "label" character varying(100) NOT NULL, "make" character varying(100) NOT NULL, "model" character varying(100) NOT NULL, "serialNumber" character varying(100), "connection" character varying(8) NOT NULL, "drivers" text NOT NULL, "opticalResolutionDpi" integer NOT NULL, "duplex" boolean NOT NULL, "automaticDocumentFeeder" boolean NOT NULL, "colour" boolean NOT NULL, "operatingSystem" character varying(100), "browser" character varying(100), "scanProfileSet" boolean NOT NULL, "testScanOutcome" character varying(8) NOT NULL, "photoShas" text NOT NULL, "notes" text, "verdict" character varying(20) NOT NULL, "missedRequirements" text NOT NULL, "requirementsVersion" integer NOT NULL, "evaluatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "recordedBy" character varying(200) NOT NULL, "updatedBy" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_f5fd77ba0ba4a29bb1098d03033" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c75b8e955c7ee2bc92f86df1e2" ON "scanner_workstation"  ("assessmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_27dc4bc6946cc521be890fe1bb" ON "scanner_workstation"  ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c759a52fc924d5d61fada6f787" ON "scanner_workstation"  ("verdict") `);
    await queryRunner.query(`CREATE INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa" ON "scanner_workstation"  ("make", "model") `);
    await queryRunner.query(`CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "scheduledOn" date NOT NULL, "mode" character varying(10) NOT NULL, "module" character varying(10) NOT NULL, "audience" character varying(20) NOT NULL, "trainer" character varying(200) NOT NULL, "attendees" text NOT NULL, "status" character varying(8) NOT NULL, "heldOn" date, "notes" text, "recordedBy" character varying(200) NOT NULL, "updatedBy" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8ef14701232003781ea6177f08" ON "training_session"  ("deploymentId") `);
    await queryRunner.query(`ALTER TABLE "conflict" ADD "resolution" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "conflict" ADD "resolvedValues" text`);
    await queryRunner.query(`ALTER TABLE "conflict" ADD "resolvedVersion" integer`);
    await queryRunner.query(`ALTER TABLE "conflict" ADD "resolvedBy" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "conflict" ADD "resolvedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conflict" ADD "resolutionMutationId" character varying(36)`);
    await queryRunner.query(`CREATE INDEX "IDX_2ca41530196514d9fa655184c4" ON "conflict"  ("createdBy") `);
    await queryRunner.query(`CREATE INDEX "IDX_efda6037ed9b592cc339768e47" ON "conflict"  ("status") `);
    await queryRunner.query(`ALTER TABLE "account_request" ADD CONSTRAINT "FK_45289d6c2015c16dc415bae3659" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questionnaire_response" ADD CONSTRAINT "FK_fb9909432c78f73c6afb78de389" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questionnaire_response" ADD CONSTRAINT "FK_8f2a5d5832476f542be3a570ba2" FOREIGN KEY ("questionnaireId") REFERENCES "questionnaire"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scanner_assessment" ADD CONSTRAINT "FK_1205ee9beead5d90029a519d3d8" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scanner_workstation" ADD CONSTRAINT "FK_c75b8e955c7ee2bc92f86df1e20" FOREIGN KEY ("assessmentId") REFERENCES "scanner_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_session" ADD CONSTRAINT "FK_8ef14701232003781ea6177f084" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_8ef14701232003781ea6177f084"`);
    await queryRunner.query(`ALTER TABLE "scanner_workstation" DROP CONSTRAINT "FK_c75b8e955c7ee2bc92f86df1e20"`);
    await queryRunner.query(`ALTER TABLE "scanner_assessment" DROP CONSTRAINT "FK_1205ee9beead5d90029a519d3d8"`);
    await queryRunner.query(`ALTER TABLE "questionnaire_response" DROP CONSTRAINT "FK_8f2a5d5832476f542be3a570ba2"`);
    await queryRunner.query(`ALTER TABLE "questionnaire_response" DROP CONSTRAINT "FK_fb9909432c78f73c6afb78de389"`);
    await queryRunner.query(`ALTER TABLE "account_request" DROP CONSTRAINT "FK_45289d6c2015c16dc415bae3659"`);
    await queryRunner.query(`DROP INDEX "IDX_efda6037ed9b592cc339768e47"`);
    await queryRunner.query(`DROP INDEX "IDX_2ca41530196514d9fa655184c4"`);
    await queryRunner.query(`ALTER TABLE "conflict" DROP COLUMN "resolutionMutationId"`);
    await queryRunner.query(`ALTER TABLE "conflict" DROP COLUMN "resolvedAt"`);
    await queryRunner.query(`ALTER TABLE "conflict" DROP COLUMN "resolvedBy"`);
    await queryRunner.query(`ALTER TABLE "conflict" DROP COLUMN "resolvedVersion"`);
    await queryRunner.query(`ALTER TABLE "conflict" DROP COLUMN "resolvedValues"`);
    await queryRunner.query(`ALTER TABLE "conflict" DROP COLUMN "resolution"`);
    await queryRunner.query(`DROP INDEX "IDX_8ef14701232003781ea6177f08"`);
    await queryRunner.query(`DROP TABLE "training_session"`);
    await queryRunner.query(`DROP INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa"`);
    await queryRunner.query(`DROP INDEX "IDX_c759a52fc924d5d61fada6f787"`);
    await queryRunner.query(`DROP INDEX "IDX_27dc4bc6946cc521be890fe1bb"`);
    await queryRunner.query(`DROP INDEX "IDX_c75b8e955c7ee2bc92f86df1e2"`);
    await queryRunner.query(`DROP TABLE "scanner_workstation"`);
    await queryRunner.query(`DROP INDEX "IDX_1205ee9beead5d90029a519d3d"`);
    await queryRunner.query(`DROP TABLE "scanner_assessment"`);
    await queryRunner.query(`DROP INDEX "IDX_2084e08f1f8e137c3d028dde03"`);
    await queryRunner.query(`DROP TABLE "scanner_requirement_set"`);
    await queryRunner.query(`DROP INDEX "IDX_a85014bc3d98de56f958df0fec"`);
    await queryRunner.query(`DROP TABLE "questionnaire_response"`);
    await queryRunner.query(`DROP INDEX "IDX_5e22481fb573669a50fb31d352"`);
    await queryRunner.query(`DROP TABLE "questionnaire"`);
    await queryRunner.query(`DROP TABLE "file_blob"`);
    await queryRunner.query(`DROP INDEX "IDX_45289d6c2015c16dc415bae365"`);
    await queryRunner.query(`DROP TABLE "account_request"`);
  }
}
