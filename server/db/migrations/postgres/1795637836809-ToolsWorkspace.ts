import { MigrationInterface, QueryRunner } from 'typeorm';

export class ToolsWorkspace1795637836809 implements MigrationInterface {
  name = 'ToolsWorkspace1795637836809';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_read_marker" ("userId" uuid NOT NULL, "readUpTo" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d818d072cfe50c19d5e17fa9de" PRIMARY KEY ("userId"))`);
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "tokenHash" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f6779773c62bb47bf4001a6906" ON "calendar_feed"  ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_21e336ad0937676891819f9b65" ON "calendar_feed"  ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "test_plan_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "basedOnVersion" integer, "name" character varying(200) NOT NULL, "cases" text NOT NULL, "version" integer NOT NULL, "updatedBy" character varying(200), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e5e3a6453543029b0d732cf9ce" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "test_plan_draft"`);
    await queryRunner.query(`DROP INDEX "IDX_21e336ad0937676891819f9b65"`);
    await queryRunner.query(`DROP INDEX "IDX_f6779773c62bb47bf4001a6906"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP TABLE "notification_read_marker"`);
  }
}
