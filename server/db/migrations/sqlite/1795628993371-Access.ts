import { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1795628993371 implements MigrationInterface {
  name = 'Access1795628993371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_user" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "organizationId" varchar, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "totpSecret" varchar(300), "totpPendingSecret" varchar(300), "recoveryCodeHashes" text, "lastSignInAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedBy" varchar(200), "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_f0378161891caa3b5d8365fa44" ON "app_user" ("organizationId") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" varchar PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastSeenAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime, "clientAddress" varchar(64))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") `);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" varchar PRIMARY KEY NOT NULL, "userId" varchar NOT NULL, "name" varchar(100) NOT NULL, "prefix" varchar(16) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastUsedAt" datetime, "revokedAt" datetime)`);
    await queryRunner.query(`CREATE INDEX "IDX_cbfc4e2b85b78207afb0b2d7fb" ON "api_token" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b8d5076cd3f3572829943b3f8a" ON "api_token" ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" varchar PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dc6908de54eb09f588adfdb285" ON "password_reset" ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "sign_in_counter" ("id" varchar PRIMARY KEY NOT NULL, "key" varchar(300) NOT NULL, "count" integer NOT NULL, "windowStart" datetime NOT NULL, "lockedUntil" datetime)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4dbf6e2f39159b9ac5c6fea40" ON "sign_in_counter" ("key") `);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" varchar PRIMARY KEY NOT NULL, "at" datetime NOT NULL, "kind" varchar(8) NOT NULL, "userId" varchar(36), "actor" varchar(254) NOT NULL, "role" varchar(16), "operation" varchar(60) NOT NULL, "entityType" varchar(40), "entityId" varchar(36), "before" text, "after" text, "clientAddress" varchar(64))`);
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_33c3131edaf1292ed22c59cd88" ON "audit_event" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1e9cffb50fea060148515c049e" ON "audit_event" ("operation") `);
    await queryRunner.query(`CREATE INDEX "IDX_98117695956bc9ebd1fcb6d635" ON "audit_event" ("entityType", "entityId") `);
    await queryRunner.query(`CREATE TABLE "deployment_field_staff" ("deploymentId" varchar NOT NULL, "userId" varchar NOT NULL, PRIMARY KEY ("deploymentId", "userId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9fcbcf90be51ee217b84f9da55" ON "deployment_field_staff" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_a5968ee6641f59f424065ce109" ON "deployment_field_staff" ("userId") `);
    await queryRunner.query(`DROP INDEX "IDX_d302f35183a647264ccd6063d6"`);
    await queryRunner.query(`DROP INDEX "IDX_43f2d9c5e778e9054d9fad3cef"`);
    await queryRunner.query(`DROP INDEX "IDX_700d32d60d2e231d01617b2100"`);
    await queryRunner.query(`DROP INDEX "IDX_3321ec08671b0daa251ca511ff"`);
    await queryRunner.query(`DROP INDEX "IDX_68722ef814aadc33c8f5da6f5d"`);
    await queryRunner.query(`CREATE TABLE "temporary_deployment" ("id" varchar PRIMARY KEY NOT NULL, "courtId" varchar NOT NULL, "templateId" varchar NOT NULL, "wave" integer, "targetGoLive" date NOT NULL, "actualGoLive" date, "phase" varchar(16) NOT NULL, "phaseEnteredOn" date NOT NULL, "status" varchar(16) NOT NULL, "plannedOn" date NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedBy" varchar(200), "coordinatorId" varchar, CONSTRAINT "FK_9cf6a41df677ea4ad0741d2fbdf" FOREIGN KEY ("templateId") REFERENCES "lifecycle_template" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_68722ef814aadc33c8f5da6f5d0" FOREIGN KEY ("courtId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_deployment"("id", "courtId", "templateId", "wave", "targetGoLive", "actualGoLive", "phase", "phaseEnteredOn", "status", "plannedOn", "version", "createdAt", "updatedAt", "updatedBy") SELECT "id", "courtId", "templateId", "wave", "targetGoLive", "actualGoLive", "phase", "phaseEnteredOn", "status", "plannedOn", "version", "createdAt", "updatedAt", "updatedBy" FROM "deployment"`);
    await queryRunner.query(`DROP TABLE "deployment"`);
    await queryRunner.query(`ALTER TABLE "temporary_deployment" RENAME TO "deployment"`);
    await queryRunner.query(`CREATE INDEX "IDX_d302f35183a647264ccd6063d6" ON "deployment" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_43f2d9c5e778e9054d9fad3cef" ON "deployment" ("phase") `);
    await queryRunner.query(`CREATE INDEX "IDX_700d32d60d2e231d01617b2100" ON "deployment" ("targetGoLive") `);
    await queryRunner.query(`CREATE INDEX "IDX_3321ec08671b0daa251ca511ff" ON "deployment" ("wave") `);
    await queryRunner.query(`CREATE INDEX "IDX_68722ef814aadc33c8f5da6f5d" ON "deployment" ("courtId") `);
    await queryRunner.query(`CREATE INDEX "IDX_2a5eba3f72d2dc76eeeeb0ed69" ON "deployment" ("coordinatorId") `);
    await queryRunner.query(`DROP INDEX "IDX_9fcbcf90be51ee217b84f9da55"`);
    await queryRunner.query(`DROP INDEX "IDX_a5968ee6641f59f424065ce109"`);
    await queryRunner.query(`CREATE TABLE "temporary_deployment_field_staff" ("deploymentId" varchar NOT NULL, "userId" varchar NOT NULL, CONSTRAINT "FK_9fcbcf90be51ee217b84f9da554" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_a5968ee6641f59f424065ce1099" FOREIGN KEY ("userId") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("deploymentId", "userId"))`);
    await queryRunner.query(`INSERT INTO "temporary_deployment_field_staff"("deploymentId", "userId") SELECT "deploymentId", "userId" FROM "deployment_field_staff"`);
    await queryRunner.query(`DROP TABLE "deployment_field_staff"`);
    await queryRunner.query(`ALTER TABLE "temporary_deployment_field_staff" RENAME TO "deployment_field_staff"`);
    await queryRunner.query(`CREATE INDEX "IDX_9fcbcf90be51ee217b84f9da55" ON "deployment_field_staff" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_a5968ee6641f59f424065ce109" ON "deployment_field_staff" ("userId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a5968ee6641f59f424065ce109"`);
    await queryRunner.query(`DROP INDEX "IDX_9fcbcf90be51ee217b84f9da55"`);
    await queryRunner.query(`ALTER TABLE "deployment_field_staff" RENAME TO "temporary_deployment_field_staff"`);
    await queryRunner.query(`CREATE TABLE "deployment_field_staff" ("deploymentId" varchar NOT NULL, "userId" varchar NOT NULL, PRIMARY KEY ("deploymentId", "userId"))`);
    await queryRunner.query(`INSERT INTO "deployment_field_staff"("deploymentId", "userId") SELECT "deploymentId", "userId" FROM "temporary_deployment_field_staff"`);
    await queryRunner.query(`DROP TABLE "temporary_deployment_field_staff"`);
    await queryRunner.query(`CREATE INDEX "IDX_a5968ee6641f59f424065ce109" ON "deployment_field_staff" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9fcbcf90be51ee217b84f9da55" ON "deployment_field_staff" ("deploymentId") `);
    await queryRunner.query(`DROP INDEX "IDX_2a5eba3f72d2dc76eeeeb0ed69"`);
    await queryRunner.query(`DROP INDEX "IDX_68722ef814aadc33c8f5da6f5d"`);
    await queryRunner.query(`DROP INDEX "IDX_3321ec08671b0daa251ca511ff"`);
    await queryRunner.query(`DROP INDEX "IDX_700d32d60d2e231d01617b2100"`);
    await queryRunner.query(`DROP INDEX "IDX_43f2d9c5e778e9054d9fad3cef"`);
    await queryRunner.query(`DROP INDEX "IDX_d302f35183a647264ccd6063d6"`);
    await queryRunner.query(`ALTER TABLE "deployment" RENAME TO "temporary_deployment"`);
    await queryRunner.query(`CREATE TABLE "deployment" ("id" varchar PRIMARY KEY NOT NULL, "courtId" varchar NOT NULL, "templateId" varchar NOT NULL, "wave" integer, "targetGoLive" date NOT NULL, "actualGoLive" date, "phase" varchar(16) NOT NULL, "phaseEnteredOn" date NOT NULL, "status" varchar(16) NOT NULL, "plannedOn" date NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedBy" varchar(200), CONSTRAINT "FK_9cf6a41df677ea4ad0741d2fbdf" FOREIGN KEY ("templateId") REFERENCES "lifecycle_template" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_68722ef814aadc33c8f5da6f5d0" FOREIGN KEY ("courtId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "deployment"("id", "courtId", "templateId", "wave", "targetGoLive", "actualGoLive", "phase", "phaseEnteredOn", "status", "plannedOn", "version", "createdAt", "updatedAt", "updatedBy") SELECT "id", "courtId", "templateId", "wave", "targetGoLive", "actualGoLive", "phase", "phaseEnteredOn", "status", "plannedOn", "version", "createdAt", "updatedAt", "updatedBy" FROM "temporary_deployment"`);
    await queryRunner.query(`DROP TABLE "temporary_deployment"`);
    await queryRunner.query(`CREATE INDEX "IDX_68722ef814aadc33c8f5da6f5d" ON "deployment" ("courtId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3321ec08671b0daa251ca511ff" ON "deployment" ("wave") `);
    await queryRunner.query(`CREATE INDEX "IDX_700d32d60d2e231d01617b2100" ON "deployment" ("targetGoLive") `);
    await queryRunner.query(`CREATE INDEX "IDX_43f2d9c5e778e9054d9fad3cef" ON "deployment" ("phase") `);
    await queryRunner.query(`CREATE INDEX "IDX_d302f35183a647264ccd6063d6" ON "deployment" ("status") `);
    await queryRunner.query(`DROP INDEX "IDX_a5968ee6641f59f424065ce109"`);
    await queryRunner.query(`DROP INDEX "IDX_9fcbcf90be51ee217b84f9da55"`);
    await queryRunner.query(`DROP TABLE "deployment_field_staff"`);
    await queryRunner.query(`DROP INDEX "IDX_98117695956bc9ebd1fcb6d635"`);
    await queryRunner.query(`DROP INDEX "IDX_1e9cffb50fea060148515c049e"`);
    await queryRunner.query(`DROP INDEX "IDX_33c3131edaf1292ed22c59cd88"`);
    await queryRunner.query(`DROP INDEX "IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "IDX_c4dbf6e2f39159b9ac5c6fea40"`);
    await queryRunner.query(`DROP TABLE "sign_in_counter"`);
    await queryRunner.query(`DROP INDEX "IDX_dc6908de54eb09f588adfdb285"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "IDX_b8d5076cd3f3572829943b3f8a"`);
    await queryRunner.query(`DROP INDEX "IDX_cbfc4e2b85b78207afb0b2d7fb"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(`DROP INDEX "IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "IDX_f0378161891caa3b5d8365fa44"`);
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
