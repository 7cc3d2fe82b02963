import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionConfirmedAt1796528580940 implements MigrationInterface {
  name = 'SessionConfirmedAt1796528580940';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(`DROP INDEX "IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`CREATE TABLE "temporary_session" ("id" varchar PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastSeenAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime, "clientAddress" varchar(64), "confirmedAt" datetime)`);
    await queryRunner.query(`INSERT INTO "temporary_session"("id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt", "clientAddress") SELECT "id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt", "clientAddress" FROM "session"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`ALTER TABLE "temporary_session" RENAME TO "session"`);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(`ALTER TABLE "session" RENAME TO "temporary_session"`);
    await queryRunner.query(`CREATE TABLE "session" ("id" varchar PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastSeenAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime, "clientAddress" varchar(64))`);
    await queryRunner.query(`INSERT INTO "session"("id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt", "clientAddress") SELECT "id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt", "clientAddress" FROM "temporary_session"`);
    await queryRunner.query(`DROP TABLE "temporary_session"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") `);
  }
}
