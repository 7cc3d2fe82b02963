import { MigrationInterface, QueryRunner } from 'typeorm';
import { keepCompletedWaitsFromAudit } from '../../../modules/dependency/completed-waits';

export class CompletedWaits1796900300000 implements MigrationInterface {
  name = 'CompletedWaits1796900300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dependency" ADD "waitedOn" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "dependency" ADD "waitedSince" date`);
    await keepCompletedWaitsFromAudit(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dependency" DROP COLUMN "waitedSince"`);
    await queryRunner.query(`ALTER TABLE "dependency" DROP COLUMN "waitedOn"`);
  }
}
