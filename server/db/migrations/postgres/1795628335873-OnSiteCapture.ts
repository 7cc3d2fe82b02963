import { MigrationInterface, QueryRunner } from 'typeorm';

export class OnSiteCapture1795628335873 implements MigrationInterface {
  name = 'OnSiteCapture1795628335873';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "file_blob" ("sha256" character varying(64) NOT NULL, "fileName" character varying(255) NOT NULL, "contentType" character varying(100) NOT NULL, "size" integer NOT NULL, "bytes" bytea NOT NULL, "uploadedBy" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2db26d0cbfd307e8c754598143a" PRIMARY KEY ("sha256"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_blob"`);
  }
}
