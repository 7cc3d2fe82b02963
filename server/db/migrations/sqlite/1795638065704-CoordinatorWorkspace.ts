import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoordinatorWorkspace1795638065704 implements MigrationInterface {
  name = 'CoordinatorWorkspace1795638065704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reschedule" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" datetime NOT NULL, "createdBy" varchar(200) NOT NULL, "undoneAt" datetime, "undoneBy" varchar(200))`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule" ("deploymentId", "deploymentVersion") `);
    await queryRunner.query(`CREATE TABLE "record_attachment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "recordType" varchar(16) NOT NULL, "recordId" varchar NOT NULL, "sha256" varchar(64) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "size" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_cd926970172beb4ecfd9ac3b0b" ON "record_attachment" ("recordId") `);
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`CREATE TABLE "temporary_reschedule" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" datetime NOT NULL, "createdBy" varchar(200) NOT NULL, "undoneAt" datetime, "undoneBy" varchar(200), CONSTRAINT "FK_f97299b41832f8c0224042f61d9" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_reschedule"("id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy") SELECT "id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy" FROM "reschedule"`);
    await queryRunner.query(`DROP TABLE "reschedule"`);
    await queryRunner.query(`ALTER TABLE "temporary_reschedule" RENAME TO "reschedule"`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule" ("deploymentId", "deploymentVersion") `);
    await queryRunner.query(`DROP INDEX "IDX_cd926970172beb4ecfd9ac3b0b"`);
    await queryRunner.query(`CREATE TABLE "temporary_record_attachment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "recordType" varchar(16) NOT NULL, "recordId" varchar NOT NULL, "sha256" varchar(64) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "size" integer NOT NULL, CONSTRAINT "FK_1ea4659e5df737e202701defcec" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_record_attachment"("id", "deploymentId", "recordType", "recordId", "sha256", "fileName", "contentType", "size") SELECT "id", "deploymentId", "recordType", "recordId", "sha256", "fileName", "contentType", "size" FROM "record_attachment"`);
    await queryRunner.query(`DROP TABLE "record_attachment"`);
    await queryRunner.query(`ALTER TABLE "temporary_record_attachment" RENAME TO "record_attachment"`);
    await queryRunner.query(`CREATE INDEX "IDX_cd926970172beb4ecfd9ac3b0b" ON "record_attachment" ("recordId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_cd926970172beb4ecfd9ac3b0b"`);
    await queryRunner.query(`ALTER TABLE "record_attachment" RENAME TO "temporary_record_attachment"`);
    await queryRunner.query(`CREATE TABLE "record_attachment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "recordType" varchar(16) NOT NULL, "recordId" varchar NOT NULL, "sha256" varchar(64) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "size" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "record_attachment"("id", "deploymentId", "recordType", "recordId", "sha256", "fileName", "contentType", "size") SELECT "id", "deploymentId", "recordType", "recordId", "sha256", "fileName", "contentType", "size" FROM "temporary_record_attachment"`);
    await queryRunner.query(`DROP TABLE "temporary_record_attachment"`);
    await queryRunner.query(`CREATE INDEX "IDX_cd926970172beb4ecfd9ac3b0b" ON "record_attachment" ("recordId") `);
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`ALTER TABLE "reschedule" RENAME TO "temporary_reschedule"`);
    await queryRunner.query(`CREATE TABLE "reschedule" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" datetime NOT NULL, "createdBy" varchar(200) NOT NULL, "undoneAt" datetime, "undoneBy" varchar(200))`);
    await queryRunner.query(`INSERT INTO "reschedule"("id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy") SELECT "id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy" FROM "temporary_reschedule"`);
    await queryRunner.query(`DROP TABLE "temporary_reschedule"`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule" ("deploymentId", "deploymentVersion") `);
    await queryRunner.query(`DROP INDEX "IDX_cd926970172beb4ecfd9ac3b0b"`);
    await queryRunner.query(`DROP TABLE "record_attachment"`);
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`DROP TABLE "reschedule"`);
  }
}
