import { MigrationInterface, QueryRunner } from 'typeorm';

export class OnSiteCapture1795628335873 implements MigrationInterface {
  name = 'OnSiteCapture1795628335873';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "file_blob" ("sha256" varchar(64) PRIMARY KEY NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "size" integer NOT NULL, "bytes" blob NOT NULL, "uploadedBy" varchar(200) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_blob"`);
  }
}
