import { MigrationInterface, QueryRunner } from 'typeorm';

export class FileUploads1796530000000 implements MigrationInterface {
  name = 'FileUploads1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "file_upload" ("sha256" varchar(64) NOT NULL, "userId" varchar NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("sha256", "userId"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_upload"`);
  }
}
