import { MigrationInterface, QueryRunner } from 'typeorm';

export class ToolsWorkspace1795637836809 implements MigrationInterface {
  name = 'ToolsWorkspace1795637836809';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_read_marker" ("userId" varchar PRIMARY KEY NOT NULL, "readUpTo" datetime NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" varchar PRIMARY KEY NOT NULL, "userId" varchar NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "revokedAt" datetime)`);
    await queryRunner.query(`CREATE INDEX "IDX_f6779773c62bb47bf4001a6906" ON "calendar_feed" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_21e336ad0937676891819f9b65" ON "calendar_feed" ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "test_plan_draft" ("id" varchar PRIMARY KEY NOT NULL, "basedOnVersion" integer, "name" varchar(200) NOT NULL, "cases" text NOT NULL, "version" integer NOT NULL, "updatedBy" varchar(200), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "test_plan_draft"`);
    await queryRunner.query(`DROP INDEX "IDX_21e336ad0937676891819f9b65"`);
    await queryRunner.query(`DROP INDEX "IDX_f6779773c62bb47bf4001a6906"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP TABLE "notification_read_marker"`);
  }
}
