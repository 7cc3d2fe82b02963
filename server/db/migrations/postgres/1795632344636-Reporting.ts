import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reporting1795632344636 implements MigrationInterface {
  name = 'Reporting1795632344636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "persisted_query" ("hash" character varying(100) NOT NULL, "query" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42b4eaa70b0ca4ebacd62077d6f" PRIMARY KEY ("hash"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "persisted_query"`);
  }
}
