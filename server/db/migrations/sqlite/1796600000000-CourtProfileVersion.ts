import { MigrationInterface, QueryRunner } from 'typeorm';

export class CourtProfileVersion1796600000000 implements MigrationInterface {
  name = 'CourtProfileVersion1796600000000';

  // Existing organizations start at version 1, as a new record does.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1a084db399f0df39a13f5c01fe"`);
    await queryRunner.query(`DROP INDEX "IDX_c21e615583a3ebbb0977452afb"`);
    await queryRunner.query(`CREATE TABLE "temporary_organization" ("id" varchar PRIMARY KEY NOT NULL, "kind" varchar(8) NOT NULL, "name" varchar(200) NOT NULL, "county" varchar(60) NOT NULL, "ccporProfile" varchar(20), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedBy" varchar(200), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "temporary_organization"("id", "kind", "name", "county", "ccporProfile", "createdAt", "version") SELECT "id", "kind", "name", "county", "ccporProfile", "createdAt", 1 FROM "organization"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`ALTER TABLE "temporary_organization" RENAME TO "organization"`);
    await queryRunner.query(`CREATE INDEX "IDX_1a084db399f0df39a13f5c01fe" ON "organization" ("county") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c21e615583a3ebbb0977452afb" ON "organization" ("name") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c21e615583a3ebbb0977452afb"`);
    await queryRunner.query(`DROP INDEX "IDX_1a084db399f0df39a13f5c01fe"`);
    await queryRunner.query(`ALTER TABLE "organization" RENAME TO "temporary_organization"`);
    await queryRunner.query(`CREATE TABLE "organization" ("id" varchar PRIMARY KEY NOT NULL, "kind" varchar(8) NOT NULL, "name" varchar(200) NOT NULL, "county" varchar(60) NOT NULL, "ccporProfile" varchar(20), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "organization"("id", "kind", "name", "county", "ccporProfile", "createdAt") SELECT "id", "kind", "name", "county", "ccporProfile", "createdAt" FROM "temporary_organization"`);
    await queryRunner.query(`DROP TABLE "temporary_organization"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c21e615583a3ebbb0977452afb" ON "organization" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_1a084db399f0df39a13f5c01fe" ON "organization" ("county") `);
  }
}
