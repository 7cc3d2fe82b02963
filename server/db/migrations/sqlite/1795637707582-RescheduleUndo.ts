import { MigrationInterface, QueryRunner } from 'typeorm';

export class RescheduleUndo1795637707582 implements MigrationInterface {
  name = 'RescheduleUndo1795637707582';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reschedule" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" datetime NOT NULL, "createdBy" varchar(200) NOT NULL, "undoneAt" datetime, "undoneBy" varchar(200))`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule" ("deploymentId", "deploymentVersion") `);
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`CREATE TABLE "temporary_reschedule" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" datetime NOT NULL, "createdBy" varchar(200) NOT NULL, "undoneAt" datetime, "undoneBy" varchar(200), CONSTRAINT "FK_f97299b41832f8c0224042f61d9" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_reschedule"("id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy") SELECT "id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy" FROM "reschedule"`);
    await queryRunner.query(`DROP TABLE "reschedule"`);
    await queryRunner.query(`ALTER TABLE "temporary_reschedule" RENAME TO "reschedule"`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule" ("deploymentId", "deploymentVersion") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`ALTER TABLE "reschedule" RENAME TO "temporary_reschedule"`);
    await queryRunner.query(`CREATE TABLE "reschedule" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" datetime NOT NULL, "createdBy" varchar(200) NOT NULL, "undoneAt" datetime, "undoneBy" varchar(200))`);
    await queryRunner.query(`INSERT INTO "reschedule"("id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy") SELECT "id", "deploymentId", "fromGoLive", "toGoLive", "deploymentVersion", "scheduleBefore", "createdAt", "createdBy", "undoneAt", "undoneBy" FROM "temporary_reschedule"`);
    await queryRunner.query(`DROP TABLE "temporary_reschedule"`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule" ("deploymentId", "deploymentVersion") `);
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`DROP TABLE "reschedule"`);
  }
}
