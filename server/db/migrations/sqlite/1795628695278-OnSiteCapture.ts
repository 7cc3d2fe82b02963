import { MigrationInterface, QueryRunner } from 'typeorm';

export class OnSiteCapture1795628695278 implements MigrationInterface {
  name = 'OnSiteCapture1795628695278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "file_blob" ("sha256" varchar(64) PRIMARY KEY NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "size" integer NOT NULL, "bytes" blob NOT NULL, "uploadedBy" varchar(200) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE TABLE "scanner_requirement_set" ("id" varchar PRIMARY KEY NOT NULL, "version" integer NOT NULL, "requirements" text NOT NULL, "publishedBy" varchar(200) NOT NULL, "publishedAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2084e08f1f8e137c3d028dde03" ON "scanner_requirement_set" ("version") `);
    await queryRunner.query(`CREATE TABLE "scanner_assessment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "locationId" varchar NOT NULL, "assessedOn" date NOT NULL, "status" varchar(12) NOT NULL, "completedOn" date, "notes" text, "assessor" varchar(200) NOT NULL, "updatedBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_1205ee9beead5d90029a519d3d" ON "scanner_assessment" ("deploymentId") `);
    await queryRunner.query(`CREATE TABLE "scanner_workstation" ("id" varchar PRIMARY KEY NOT NULL, "assessmentId" varchar NOT NULL, "deploymentId" varchar NOT NULL, "label" varchar(100) NOT NULL, "make" varchar(100) NOT NULL, "model" varchar(100) NOT NULL, "serialNumber" varchar(100), "connection" varchar(8) NOT NULL, "drivers" text NOT NULL, "opticalResolutionDpi" integer NOT NULL, "duplex" boolean NOT NULL, "automaticDocumentFeeder" boolean NOT NULL, "colour" boolean NOT NULL, "operatingSystem" varchar(100), "browser" varchar(100), "scanProfileSet" boolean NOT NULL, "testScanOutcome" varchar(8) NOT NULL, "photoShas" text NOT NULL, "notes" text, "verdict" varchar(20) NOT NULL, "missedRequirements" text NOT NULL, "requirementsVersion" integer NOT NULL, "evaluatedAt" datetime NOT NULL, "recordedBy" varchar(200) NOT NULL, "updatedBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_c75b8e955c7ee2bc92f86df1e2" ON "scanner_workstation" ("assessmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_27dc4bc6946cc521be890fe1bb" ON "scanner_workstation" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c759a52fc924d5d61fada6f787" ON "scanner_workstation" ("verdict") `);
    await queryRunner.query(`CREATE INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa" ON "scanner_workstation" ("make", "model") `);
    await queryRunner.query(`DROP INDEX "IDX_1205ee9beead5d90029a519d3d"`);
    await queryRunner.query(`CREATE TABLE "temporary_scanner_assessment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "locationId" varchar NOT NULL, "assessedOn" date NOT NULL, "status" varchar(12) NOT NULL, "completedOn" date, "notes" text, "assessor" varchar(200) NOT NULL, "updatedBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, CONSTRAINT "FK_1205ee9beead5d90029a519d3d8" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_scanner_assessment"("id", "deploymentId", "locationId", "assessedOn", "status", "completedOn", "notes", "assessor", "updatedBy", "createdAt", "updatedAt", "version") SELECT "id", "deploymentId", "locationId", "assessedOn", "status", "completedOn", "notes", "assessor", "updatedBy", "createdAt", "updatedAt", "version" FROM "scanner_assessment"`);
    await queryRunner.query(`DROP TABLE "scanner_assessment"`);
    await queryRunner.query(`ALTER TABLE "temporary_scanner_assessment" RENAME TO "scanner_assessment"`);
    await queryRunner.query(`CREATE INDEX "IDX_1205ee9beead5d90029a519d3d" ON "scanner_assessment" ("deploymentId") `);
    await queryRunner.query(`DROP INDEX "IDX_c75b8e955c7ee2bc92f86df1e2"`);
    await queryRunner.query(`DROP INDEX "IDX_27dc4bc6946cc521be890fe1bb"`);
    await queryRunner.query(`DROP INDEX "IDX_c759a52fc924d5d61fada6f787"`);
    await queryRunner.query(`DROP INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa"`);
    await queryRunner.query(`CREATE TABLE "temporary_scanner_workstation" ("id" varchar PRIMARY KEY NOT NULL, "assessmentId" varchar NOT NULL, "deploymentId" varchar NOT NULL, "label" varchar(100) NOT NULL, "make" varchar(100) NOT NULL, "model" varchar(100) NOT NULL, "serialNumber" varchar(100), "connection" varchar(8) NOT NULL, "drivers" text NOT NULL, "opticalResolutionDpi" integer NOT NULL, "duplex" boolean NOT NULL, "automaticDocumentFeeder" boolean NOT NULL, "colour" boolean NOT NULL, "operatingSystem" varchar(100), "browser" varchar(100), "scanProfileSet" boolean NOT NULL, "testScanOutcome" varchar(8) NOT NULL, "photoShas" text NOT NULL, "notes" text, "verdict" varchar(20) NOT NULL, "missedRequirements" text NOT NULL, "requirementsVersion" integer NOT NULL, "evaluatedAt" datetime NOT NULL, "recordedBy" varchar(200) NOT NULL, "updatedBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, CONSTRAINT "FK_c75b8e955c7ee2bc92f86df1e20" FOREIGN KEY ("assessmentId") REFERENCES "scanner_assessment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_scanner_workstation"("id", "assessmentId", "deploymentId", "label", "make", "model", "serialNumber", "connection", "drivers", "opticalResolutionDpi", "duplex", "automaticDocumentFeeder", "colour", "operatingSystem", "browser", "scanProfileSet", "testScanOutcome", "photoShas", "notes", "verdict", "missedRequirements", "requirementsVersion", "evaluatedAt", "recordedBy", "updatedBy", "createdAt", "updatedAt", "version") SELECT "id", "assessmentId", "deploymentId", "label", "make", "model", "serialNumber", "connection", "drivers", "opticalResolutionDpi", "duplex", "automaticDocumentFeeder", "colour", "operatingSystem", "browser", "scanProfileSet", "testScanOutcome", "photoShas", "notes", "verdict", "missedRequirements", "requirementsVersion", "evaluatedAt", "recordedBy", "updatedBy", "createdAt", "updatedAt", "version" FROM "scanner_workstation"`);
    await queryRunner.query(`DROP TABLE "scanner_workstation"`);
    await queryRunner.query(`ALTER TABLE "temporary_scanner_workstation" RENAME TO "scanner_workstation"`);
    await queryRunner.query(`CREATE INDEX "IDX_c75b8e955c7ee2bc92f86df1e2" ON "scanner_workstation" ("assessmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_27dc4bc6946cc521be890fe1bb" ON "scanner_workstation" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c759a52fc924d5d61fada6f787" ON "scanner_workstation" ("verdict") `);
    await queryRunner.query(`CREATE INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa" ON "scanner_workstation" ("make", "model") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa"`);
    await queryRunner.query(`DROP INDEX "IDX_c759a52fc924d5d61fada6f787"`);
    await queryRunner.query(`DROP INDEX "IDX_27dc4bc6946cc521be890fe1bb"`);
    await queryRunner.query(`DROP INDEX "IDX_c75b8e955c7ee2bc92f86df1e2"`);
    await queryRunner.query(`ALTER TABLE "scanner_workstation" RENAME TO "temporary_scanner_workstation"`);
    await queryRunner.query(`CREATE TABLE "scanner_workstation" ("id" varchar PRIMARY KEY NOT NULL, "assessmentId" varchar NOT NULL, "deploymentId" varchar NOT NULL, "label" varchar(100) NOT NULL, "make" varchar(100) NOT NULL, "model" varchar(100) NOT NULL, "serialNumber" varchar(100), "connection" varchar(8) NOT NULL, "drivers" text NOT NULL, "opticalResolutionDpi" integer NOT NULL, "duplex" boolean NOT NULL, "automaticDocumentFeeder" boolean NOT NULL, "colour" boolean NOT NULL, "operatingSystem" varchar(100), "browser" varchar(100), "scanProfileSet" boolean NOT NULL, "testScanOutcome" varchar(8) NOT NULL, "photoShas" text NOT NULL, "notes" text, "verdict" varchar(20) NOT NULL, "missedRequirements" text NOT NULL, "requirementsVersion" integer NOT NULL, "evaluatedAt" datetime NOT NULL, "recordedBy" varchar(200) NOT NULL, "updatedBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "scanner_workstation"("id", "assessmentId", "deploymentId", "label", "make", "model", "serialNumber", "connection", "drivers", "opticalResolutionDpi", "duplex", "automaticDocumentFeeder", "colour", "operatingSystem", "browser", "scanProfileSet", "testScanOutcome", "photoShas", "notes", "verdict", "missedRequirements", "requirementsVersion", "evaluatedAt", "recordedBy", "updatedBy", "createdAt", "updatedAt", "version") SELECT "id", "assessmentId", "deploymentId", "label", "make", "model", "serialNumber", "connection", "drivers", "opticalResolutionDpi", "duplex", "automaticDocumentFeeder", "colour", "operatingSystem", "browser", "scanProfileSet", "testScanOutcome", "photoShas", "notes", "verdict", "missedRequirements", "requirementsVersion", "evaluatedAt", "recordedBy", "updatedBy", "createdAt", "updatedAt", "version" FROM "temporary_scanner_workstation"`);
    await queryRunner.query(`DROP TABLE "temporary_scanner_workstation"`);
    await queryRunner.query(`CREATE INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa" ON "scanner_workstation" ("make", "model") `);
    await queryRunner.query(`CREATE INDEX "IDX_c759a52fc924d5d61fada6f787" ON "scanner_workstation" ("verdict") `);
    await queryRunner.query(`CREATE INDEX "IDX_27dc4bc6946cc521be890fe1bb" ON "scanner_workstation" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c75b8e955c7ee2bc92f86df1e2" ON "scanner_workstation" ("assessmentId") `);
    await queryRunner.query(`DROP INDEX "IDX_1205ee9beead5d90029a519d3d"`);
    await queryRunner.query(`ALTER TABLE "scanner_assessment" RENAME TO "temporary_scanner_assessment"`);
    await queryRunner.query(`CREATE TABLE "scanner_assessment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "locationId" varchar NOT NULL, "assessedOn" date NOT NULL, "status" varchar(12) NOT NULL, "completedOn" date, "notes" text, "assessor" varchar(200) NOT NULL, "updatedBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "scanner_assessment"("id", "deploymentId", "locationId", "assessedOn", "status", "completedOn", "notes", "assessor", "updatedBy", "createdAt", "updatedAt", "version") SELECT "id", "deploymentId", "locationId", "assessedOn", "status", "completedOn", "notes", "assessor", "updatedBy", "createdAt", "updatedAt", "version" FROM "temporary_scanner_assessment"`);
    await queryRunner.query(`DROP TABLE "temporary_scanner_assessment"`);
    await queryRunner.query(`CREATE INDEX "IDX_1205ee9beead5d90029a519d3d" ON "scanner_assessment" ("deploymentId") `);
    await queryRunner.query(`DROP INDEX "IDX_60b3c6cfbc0e8a4b0f7c8edeaa"`);
    await queryRunner.query(`DROP INDEX "IDX_c759a52fc924d5d61fada6f787"`);
    await queryRunner.query(`DROP INDEX "IDX_27dc4bc6946cc521be890fe1bb"`);
    await queryRunner.query(`DROP INDEX "IDX_c75b8e955c7ee2bc92f86df1e2"`);
    await queryRunner.query(`DROP TABLE "scanner_workstation"`);
    await queryRunner.query(`DROP INDEX "IDX_1205ee9beead5d90029a519d3d"`);
    await queryRunner.query(`DROP TABLE "scanner_assessment"`);
    await queryRunner.query(`DROP INDEX "IDX_2084e08f1f8e137c3d028dde03"`);
    await queryRunner.query(`DROP TABLE "scanner_requirement_set"`);
    await queryRunner.query(`DROP TABLE "file_blob"`);
  }
}
