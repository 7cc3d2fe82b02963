import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mail1796700000700 implements MigrationInterface {
  name = 'Mail1796700000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbound_mail" ("id" varchar PRIMARY KEY NOT NULL, "messageId" varchar(200) NOT NULL, "kind" varchar(32), "userId" varchar NOT NULL, "toAddress" varchar(254) NOT NULL, "subject" varchar(300) NOT NULL, "body" text NOT NULL, "link" varchar(500) NOT NULL, "attachments" text, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "queuedAt" datetime NOT NULL, "nextAttemptAt" datetime NOT NULL, "claimedBy" varchar(64), "claimedUntil" datetime, "lastError" text, "sentAt" datetime)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5a5877a8d9702f9179506487c2" ON "outbound_mail" ("messageId") `);
    await queryRunner.query(`CREATE INDEX "IDX_103494dbfb510f07ed57ca0e1c" ON "outbound_mail" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4934bfb5650efa9965185188c8" ON "outbound_mail" ("status", "nextAttemptAt") `);
    await queryRunner.query(`CREATE TABLE "mail_digest" ("userId" varchar NOT NULL, "localDate" date NOT NULL, PRIMARY KEY ("userId", "localDate"))`);
    await queryRunner.query(`DROP INDEX "IDX_f0378161891caa3b5d8365fa44"`);
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`CREATE TABLE "temporary_app_user" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "organizationId" varchar, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "totpSecret" varchar(300), "totpPendingSecret" varchar(300), "recoveryCodeHashes" text, "lastSignInAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedBy" varchar(200), "version" integer NOT NULL, "timeZone" varchar(64) NOT NULL DEFAULT ('America/Los_Angeles'), "mailPreferences" text)`);
    await queryRunner.query(`INSERT INTO "temporary_app_user"("id", "email", "displayName", "role", "organizationId", "passwordHash", "active", "totpSecret", "totpPendingSecret", "recoveryCodeHashes", "lastSignInAt", "createdAt", "updatedAt", "updatedBy", "version") SELECT "id", "email", "displayName", "role", "organizationId", "passwordHash", "active", "totpSecret", "totpPendingSecret", "recoveryCodeHashes", "lastSignInAt", "createdAt", "updatedAt", "updatedBy", "version" FROM "app_user"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`ALTER TABLE "temporary_app_user" RENAME TO "app_user"`);
    await queryRunner.query(`CREATE INDEX "IDX_f0378161891caa3b5d8365fa44" ON "app_user" ("organizationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP INDEX "IDX_f0378161891caa3b5d8365fa44"`);
    await queryRunner.query(`ALTER TABLE "app_user" RENAME TO "temporary_app_user"`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "organizationId" varchar, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "totpSecret" varchar(300), "totpPendingSecret" varchar(300), "recoveryCodeHashes" text, "lastSignInAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedBy" varchar(200), "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "app_user"("id", "email", "displayName", "role", "organizationId", "passwordHash", "active", "totpSecret", "totpPendingSecret", "recoveryCodeHashes", "lastSignInAt", "createdAt", "updatedAt", "updatedBy", "version") SELECT "id", "email", "displayName", "role", "organizationId", "passwordHash", "active", "totpSecret", "totpPendingSecret", "recoveryCodeHashes", "lastSignInAt", "createdAt", "updatedAt", "updatedBy", "version" FROM "temporary_app_user"`);
    await queryRunner.query(`DROP TABLE "temporary_app_user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_f0378161891caa3b5d8365fa44" ON "app_user" ("organizationId") `);
    await queryRunner.query(`DROP TABLE "mail_digest"`);
    await queryRunner.query(`DROP INDEX "IDX_4934bfb5650efa9965185188c8"`);
    await queryRunner.query(`DROP INDEX "IDX_103494dbfb510f07ed57ca0e1c"`);
    await queryRunner.query(`DROP INDEX "IDX_5a5877a8d9702f9179506487c2"`);
    await queryRunner.query(`DROP TABLE "outbound_mail"`);
  }
}
