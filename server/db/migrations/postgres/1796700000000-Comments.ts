import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1796700000000 implements MigrationInterface {
  name = 'Comments1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "comment" ("id" uuid NOT NULL, "deploymentId" uuid NOT NULL, "subjectType" character varying(16) NOT NULL, "subjectId" uuid NOT NULL, "visibility" character varying(8) NOT NULL, "body" text NOT NULL, "mentions" text NOT NULL, "authorId" uuid, "authorName" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "editedAt" TIMESTAMP WITH TIME ZONE, "updatedBy" character varying(200), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e55139fc10d1b5ba5f3ec8c612" ON "comment"  ("deploymentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_df5f29ab703bc18598fdcb284a" ON "comment"  ("subjectId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7299849e0b676e1b973fac14ea" ON "comment"  ("deploymentId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "comment_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commentId" uuid NOT NULL, "body" text NOT NULL, "replacedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "replacedBy" character varying(200) NOT NULL, CONSTRAINT "PK_9f00184e42bf25baf182cfd27cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7e97ad83627a643a3b72c6f995" ON "comment_revision"  ("commentId") `);
    await queryRunner.query(`ALTER TABLE "comment" ADD CONSTRAINT "FK_e55139fc10d1b5ba5f3ec8c6126" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comment_revision" ADD CONSTRAINT "FK_7e97ad83627a643a3b72c6f9954" FOREIGN KEY ("commentId") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A dependency's status note becomes a shared comment on it (as readable as the note was), by whoever last
    // changed the dependency, then; the note itself stays only as the reason of a not-applicable dependency.
    const notes: { id: string; deploymentId: string; note: string; updatedBy: string | null; updatedAt: unknown }[] = await queryRunner.query(
      `SELECT id, "deploymentId", note, "updatedBy", "updatedAt" FROM dependency WHERE note IS NOT NULL AND status <> 'NOT_APPLICABLE'`);
    for (const n of notes) {
      await queryRunner.query(`INSERT INTO comment (id, "deploymentId", "subjectType", "subjectId", visibility, body, mentions, "authorId", "authorName", "createdAt", "updatedBy", "updatedAt", version)
        VALUES ($1, $2, 'DEPENDENCY', $3, 'SHARED', $4, '[]', NULL, $5, $6, $5, $6, 1)`, [randomUUID(), n.deploymentId, n.id, n.note, n.updatedBy ?? 'Not recorded', n.updatedAt]);
    }
    await queryRunner.query(`UPDATE dependency SET note = NULL WHERE note IS NOT NULL AND status <> 'NOT_APPLICABLE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_revision" DROP CONSTRAINT "FK_7e97ad83627a643a3b72c6f9954"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_e55139fc10d1b5ba5f3ec8c6126"`);
    await queryRunner.query(`DROP INDEX "IDX_7e97ad83627a643a3b72c6f995"`);
    await queryRunner.query(`DROP TABLE "comment_revision"`);
    await queryRunner.query(`DROP INDEX "IDX_7299849e0b676e1b973fac14ea"`);
    await queryRunner.query(`DROP INDEX "IDX_df5f29ab703bc18598fdcb284a"`);
    await queryRunner.query(`DROP INDEX "IDX_e55139fc10d1b5ba5f3ec8c612"`);
    await queryRunner.query(`DROP TABLE "comment"`);
  }
}
