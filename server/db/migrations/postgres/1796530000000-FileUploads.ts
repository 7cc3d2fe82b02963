import { MigrationInterface, QueryRunner } from 'typeorm';

export class FileUploads1796530000000 implements MigrationInterface {
  name = 'FileUploads1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "file_upload" ("sha256" character varying(64) NOT NULL, "userId" uuid NOT NULL, "fileName" character varying(255) NOT NULL, "contentType" character varying(100) NOT NULL, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_922d937d5c74e9dd70f40808e5b" PRIMARY KEY ("sha256", "userId"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_upload"`);
  }
}
