import { MigrationInterface, QueryRunner } from 'typeorm';

export class CourtProfileVersion1796600000000 implements MigrationInterface {
  name = 'CourtProfileVersion1796600000000';

  // Existing organizations start at version 1, as a new record does.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "updatedBy" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "organization" ALTER COLUMN "version" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "updatedAt"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "updatedBy"`);
  }
}
