import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reporting1795632344636 implements MigrationInterface {
  name = 'Reporting1795632344636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "persisted_query" ("hash" varchar(100) PRIMARY KEY NOT NULL, "query" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "persisted_query"`);
  }
}
