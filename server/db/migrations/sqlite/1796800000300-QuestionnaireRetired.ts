import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionnaireRetired1796800000300 implements MigrationInterface {
  name = 'QuestionnaireRetired1796800000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_5e22481fb573669a50fb31d352"`);
    await queryRunner.query(`CREATE TABLE "temporary_questionnaire" ("id" varchar PRIMARY KEY NOT NULL, "key" varchar(40) NOT NULL, "version" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text, "taskKey" varchar(60), "questions" text NOT NULL, "publishedBy" varchar(200) NOT NULL, "publishedAt" datetime NOT NULL, "retiredAt" datetime, "retiredBy" varchar(200))`);
    await queryRunner.query(`INSERT INTO "temporary_questionnaire"("id", "key", "version", "title", "description", "taskKey", "questions", "publishedBy", "publishedAt") SELECT "id", "key", "version", "title", "description", "taskKey", "questions", "publishedBy", "publishedAt" FROM "questionnaire"`);
    await queryRunner.query(`DROP TABLE "questionnaire"`);
    await queryRunner.query(`ALTER TABLE "temporary_questionnaire" RENAME TO "questionnaire"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5e22481fb573669a50fb31d352" ON "questionnaire" ("key", "version") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_5e22481fb573669a50fb31d352"`);
    await queryRunner.query(`ALTER TABLE "questionnaire" RENAME TO "temporary_questionnaire"`);
    await queryRunner.query(`CREATE TABLE "questionnaire" ("id" varchar PRIMARY KEY NOT NULL, "key" varchar(40) NOT NULL, "version" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text, "taskKey" varchar(60), "questions" text NOT NULL, "publishedBy" varchar(200) NOT NULL, "publishedAt" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "questionnaire"("id", "key", "version", "title", "description", "taskKey", "questions", "publishedBy", "publishedAt") SELECT "id", "key", "version", "title", "description", "taskKey", "questions", "publishedBy", "publishedAt" FROM "temporary_questionnaire"`);
    await queryRunner.query(`DROP TABLE "temporary_questionnaire"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5e22481fb573669a50fb31d352" ON "questionnaire" ("key", "version") `);
  }
}
