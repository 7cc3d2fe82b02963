import { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1795628993371 implements MigrationInterface {
  name = 'Access1795628993371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "displayName" character varying(200) NOT NULL, "role" character varying(16) NOT NULL, "organizationId" uuid, "passwordHash" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, "totpSecret" character varying(300), "totpPendingSecret" character varying(300), "recoveryCodeHashes" text, "lastSignInAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedBy" character varying(200), "version" integer NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_f0378161891caa3b5d8365fa44" ON "app_user"  ("organizationId") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" character varying(64) NOT NULL, "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "clientAddress" character varying(64), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session"  ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session"  ("userId") `);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "tokenHash" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastUsedAt" TIMESTAMP WITH TIME ZONE, "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cbfc4e2b85b78207afb0b2d7fb" ON "api_token"  ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b8d5076cd3f3572829943b3f8a" ON "api_token"  ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" character varying(64) NOT NULL, "userId" uuid NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dc6908de54eb09f588adfdb285" ON "password_reset"  ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "sign_in_counter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(300) NOT NULL, "count" integer NOT NULL, "windowStart" TIMESTAMP WITH TIME ZONE NOT NULL, "lockedUntil" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d6f79a4f156f2614378d839fb15" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4dbf6e2f39159b9ac5c6fea40" ON "sign_in_counter"  ("key") `);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" character varying(8) NOT NULL, "userId" character varying(36), "actor" character varying(254) NOT NULL, "role" character varying(16), "operation" character varying(60) NOT NULL, "entityType" character varying(40), "entityId" character varying(36), "before" text, "after" text, "clientAddress" character varying(64), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event"  ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_33c3131edaf1292ed22c59cd88" ON "audit_event"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1e9cffb50fea060148515c049e" ON "audit_event"  ("operation") `);
    await queryRunner.query(`CREATE INDEX "IDX_98117695956bc9ebd1fcb6d635" ON "audit_event"  ("entityType", "entityId") `);
    await queryRunner.query(`CREATE TABLE "deployment_field_staff" ("deploymentId" uuid NOT NULL, "userId" uuid NOT NULL, CONSTRAINT "PK_2adcc3d3f993966bc530797006e" PRIMARY KEY ("deploymentId", "userId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9fcbcf90be51ee217b84f9da55" ON "deployment_field_staff"  ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_a5968ee6641f59f424065ce109" ON "deployment_field_staff"  ("userId") `);
    await queryRunner.query(`ALTER TABLE "deployment" ADD "coordinatorId" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_2a5eba3f72d2dc76eeeeb0ed69" ON "deployment"  ("coordinatorId") `);
    await queryRunner.query(`ALTER TABLE "deployment_field_staff" ADD CONSTRAINT "FK_9fcbcf90be51ee217b84f9da554" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "deployment_field_staff" ADD CONSTRAINT "FK_a5968ee6641f59f424065ce1099" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deployment_field_staff" DROP CONSTRAINT "FK_a5968ee6641f59f424065ce1099"`);
    await queryRunner.query(`ALTER TABLE "deployment_field_staff" DROP CONSTRAINT "FK_9fcbcf90be51ee217b84f9da554"`);
    await queryRunner.query(`DROP INDEX "IDX_2a5eba3f72d2dc76eeeeb0ed69"`);
    await queryRunner.query(`ALTER TABLE "deployment" DROP COLUMN "coordinatorId"`);
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
