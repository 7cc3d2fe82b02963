import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditFileIds1796528724581 implements MigrationInterface {
  name = 'AuditFileIds1796528724581';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_98117695956bc9ebd1fcb6d635"`);
    await queryRunner.query(`DROP INDEX "IDX_1e9cffb50fea060148515c049e"`);
    await queryRunner.query(`DROP INDEX "IDX_33c3131edaf1292ed22c59cd88"`);
    await queryRunner.query(`DROP INDEX "IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`CREATE TABLE "temporary_audit_event" ("id" varchar PRIMARY KEY NOT NULL, "at" datetime NOT NULL, "kind" varchar(8) NOT NULL, "userId" varchar(36), "actor" varchar(254) NOT NULL, "role" varchar(16), "operation" varchar(60) NOT NULL, "entityType" varchar(40), "entityId" varchar(64), "before" text, "after" text, "clientAddress" varchar(64))`);
    await queryRunner.query(`INSERT INTO "temporary_audit_event"("id", "at", "kind", "userId", "actor", "role", "operation", "entityType", "entityId", "before", "after", "clientAddress") SELECT "id", "at", "kind", "userId", "actor", "role", "operation", "entityType", "entityId", "before", "after", "clientAddress" FROM "audit_event"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_audit_event" RENAME TO "audit_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_1e9cffb50fea060148515c049e" ON "audit_event" ("operation") `);
    await queryRunner.query(`CREATE INDEX "IDX_33c3131edaf1292ed22c59cd88" ON "audit_event" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_98117695956bc9ebd1fcb6d635" ON "audit_event" ("entityType", "entityId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_98117695956bc9ebd1fcb6d635"`);
    await queryRunner.query(`DROP INDEX "IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`DROP INDEX "IDX_33c3131edaf1292ed22c59cd88"`);
    await queryRunner.query(`DROP INDEX "IDX_1e9cffb50fea060148515c049e"`);
    await queryRunner.query(`ALTER TABLE "audit_event" RENAME TO "temporary_audit_event"`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" varchar PRIMARY KEY NOT NULL, "at" datetime NOT NULL, "kind" varchar(8) NOT NULL, "userId" varchar(36), "actor" varchar(254) NOT NULL, "role" varchar(16), "operation" varchar(60) NOT NULL, "entityType" varchar(40), "entityId" varchar(36), "before" text, "after" text, "clientAddress" varchar(64))`);
    await queryRunner.query(`INSERT INTO "audit_event"("id", "at", "kind", "userId", "actor", "role", "operation", "entityType", "entityId", "before", "after", "clientAddress") SELECT "id", "at", "kind", "userId", "actor", "role", "operation", "entityType", "entityId", "before", "after", "clientAddress" FROM "temporary_audit_event"`);
    await queryRunner.query(`DROP TABLE "temporary_audit_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_33c3131edaf1292ed22c59cd88" ON "audit_event" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1e9cffb50fea060148515c049e" ON "audit_event" ("operation") `);
    await queryRunner.query(`CREATE INDEX "IDX_98117695956bc9ebd1fcb6d635" ON "audit_event" ("entityType", "entityId") `);
  }
}
