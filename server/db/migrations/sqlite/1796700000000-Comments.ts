import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1796700000000 implements MigrationInterface {
  name = 'Comments1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "comment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "subjectType" varchar(16) NOT NULL, "subjectId" varchar NOT NULL, "visibility" varchar(8) NOT NULL, "body" text NOT NULL, "mentions" text NOT NULL, "authorId" varchar, "authorName" varchar(200) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "editedAt" datetime, "updatedBy" varchar(200), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_e55139fc10d1b5ba5f3ec8c612" ON "comment" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_df5f29ab703bc18598fdcb284a" ON "comment" ("subjectId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7299849e0b676e1b973fac14ea" ON "comment" ("deploymentId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "comment_revision" ("id" varchar PRIMARY KEY NOT NULL, "commentId" varchar NOT NULL, "body" text NOT NULL, "replacedAt" datetime NOT NULL DEFAULT (datetime('now')), "replacedBy" varchar(200) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_7e97ad83627a643a3b72c6f995" ON "comment_revision" ("commentId") `);
    await queryRunner.query(`DROP INDEX "IDX_e55139fc10d1b5ba5f3ec8c612"`);
    await queryRunner.query(`DROP INDEX "IDX_df5f29ab703bc18598fdcb284a"`);
    await queryRunner.query(`DROP INDEX "IDX_7299849e0b676e1b973fac14ea"`);
    await queryRunner.query(`CREATE TABLE "temporary_comment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "subjectType" varchar(16) NOT NULL, "subjectId" varchar NOT NULL, "visibility" varchar(8) NOT NULL, "body" text NOT NULL, "mentions" text NOT NULL, "authorId" varchar, "authorName" varchar(200) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "editedAt" datetime, "updatedBy" varchar(200), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, CONSTRAINT "FK_e55139fc10d1b5ba5f3ec8c6126" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_comment"("id", "deploymentId", "subjectType", "subjectId", "visibility", "body", "mentions", "authorId", "authorName", "createdAt", "editedAt", "updatedBy", "updatedAt", "version") SELECT "id", "deploymentId", "subjectType", "subjectId", "visibility", "body", "mentions", "authorId", "authorName", "createdAt", "editedAt", "updatedBy", "updatedAt", "version" FROM "comment"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`ALTER TABLE "temporary_comment" RENAME TO "comment"`);
    await queryRunner.query(`CREATE INDEX "IDX_e55139fc10d1b5ba5f3ec8c612" ON "comment" ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_df5f29ab703bc18598fdcb284a" ON "comment" ("subjectId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7299849e0b676e1b973fac14ea" ON "comment" ("deploymentId", "createdAt") `);
    await queryRunner.query(`DROP INDEX "IDX_7e97ad83627a643a3b72c6f995"`);
    await queryRunner.query(`CREATE TABLE "temporary_comment_revision" ("id" varchar PRIMARY KEY NOT NULL, "commentId" varchar NOT NULL, "body" text NOT NULL, "replacedAt" datetime NOT NULL DEFAULT (datetime('now')), "replacedBy" varchar(200) NOT NULL, CONSTRAINT "FK_7e97ad83627a643a3b72c6f9954" FOREIGN KEY ("commentId") REFERENCES "comment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_comment_revision"("id", "commentId", "body", "replacedAt", "replacedBy") SELECT "id", "commentId", "body", "replacedAt", "replacedBy" FROM "comment_revision"`);
    await queryRunner.query(`DROP TABLE "comment_revision"`);
    await queryRunner.query(`ALTER TABLE "temporary_comment_revision" RENAME TO "comment_revision"`);
    await queryRunner.query(`CREATE INDEX "IDX_7e97ad83627a643a3b72c6f995" ON "comment_revision" ("commentId") `);
    // A dependency's status note becomes a shared comment on it (as readable as the note was), by whoever last
    // changed the dependency, then; the note itself stays only as the reason of a not-applicable dependency.
    const notes: { id: string; deploymentId: string; note: string; updatedBy: string | null; updatedAt: unknown }[] = await queryRunner.query(
      `SELECT id, "deploymentId", note, "updatedBy", "updatedAt" FROM dependency WHERE note IS NOT NULL AND status <> 'NOT_APPLICABLE'`);
    for (const n of notes) {
      await queryRunner.query(`INSERT INTO comment (id, "deploymentId", "subjectType", "subjectId", visibility, body, mentions, "authorId", "authorName", "createdAt", "updatedBy", "updatedAt", version)
        VALUES (?, ?, 'DEPENDENCY', ?, 'SHARED', ?, '[]', NULL, ?, ?, ?, ?, 1)`, [randomUUID(), n.deploymentId, n.id, n.note, n.updatedBy ?? 'Not recorded', n.updatedAt, n.updatedBy ?? 'Not recorded', n.updatedAt]);
    }
    await queryRunner.query(`UPDATE dependency SET note = NULL WHERE note IS NOT NULL AND status <> 'NOT_APPLICABLE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_7e97ad83627a643a3b72c6f995"`);
    await queryRunner.query(`ALTER TABLE "comment_revision" RENAME TO "temporary_comment_revision"`);
    await queryRunner.query(`CREATE TABLE "comment_revision" ("id" varchar PRIMARY KEY NOT NULL, "commentId" varchar NOT NULL, "body" text NOT NULL, "replacedAt" datetime NOT NULL DEFAULT (datetime('now')), "replacedBy" varchar(200) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "comment_revision"("id", "commentId", "body", "replacedAt", "replacedBy") SELECT "id", "commentId", "body", "replacedAt", "replacedBy" FROM "temporary_comment_revision"`);
    await queryRunner.query(`DROP TABLE "temporary_comment_revision"`);
    await queryRunner.query(`CREATE INDEX "IDX_7e97ad83627a643a3b72c6f995" ON "comment_revision" ("commentId") `);
    await queryRunner.query(`DROP INDEX "IDX_7299849e0b676e1b973fac14ea"`);
    await queryRunner.query(`DROP INDEX "IDX_df5f29ab703bc18598fdcb284a"`);
    await queryRunner.query(`DROP INDEX "IDX_e55139fc10d1b5ba5f3ec8c612"`);
    await queryRunner.query(`ALTER TABLE "comment" RENAME TO "temporary_comment"`);
    await queryRunner.query(`CREATE TABLE "comment" ("id" varchar PRIMARY KEY NOT NULL, "deploymentId" varchar NOT NULL, "subjectType" varchar(16) NOT NULL, "subjectId" varchar NOT NULL, "visibility" varchar(8) NOT NULL, "body" text NOT NULL, "mentions" text NOT NULL, "authorId" varchar, "authorName" varchar(200) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "editedAt" datetime, "updatedBy" varchar(200), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "comment"("id", "deploymentId", "subjectType", "subjectId", "visibility", "body", "mentions", "authorId", "authorName", "createdAt", "editedAt", "updatedBy", "updatedAt", "version") SELECT "id", "deploymentId", "subjectType", "subjectId", "visibility", "body", "mentions", "authorId", "authorName", "createdAt", "editedAt", "updatedBy", "updatedAt", "version" FROM "temporary_comment"`);
    await queryRunner.query(`DROP TABLE "temporary_comment"`);
    await queryRunner.query(`CREATE INDEX "IDX_7299849e0b676e1b973fac14ea" ON "comment" ("deploymentId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_df5f29ab703bc18598fdcb284a" ON "comment" ("subjectId") `);
    await queryRunner.query(`CREATE INDEX "IDX_e55139fc10d1b5ba5f3ec8c612" ON "comment" ("deploymentId") `);
    await queryRunner.query(`DROP INDEX "IDX_7e97ad83627a643a3b72c6f995"`);
    await queryRunner.query(`DROP TABLE "comment_revision"`);
    await queryRunner.query(`DROP INDEX "IDX_7299849e0b676e1b973fac14ea"`);
    await queryRunner.query(`DROP INDEX "IDX_df5f29ab703bc18598fdcb284a"`);
    await queryRunner.query(`DROP INDEX "IDX_e55139fc10d1b5ba5f3ec8c612"`);
    await queryRunner.query(`DROP TABLE "comment"`);
  }
}
