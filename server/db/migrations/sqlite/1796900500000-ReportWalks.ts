import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportWalks1796900500000 implements MigrationInterface {
  name = 'ReportWalks1796900500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_648dd4c7444774c0a215ee5573" ON "dependency" ("status", "waitingSince", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_307191f32ad2b1f4c4973a33cf" ON "test_run" ("deploymentId", "startedAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_307191f32ad2b1f4c4973a33cf"`);
    await queryRunner.query(`DROP INDEX "IDX_648dd4c7444774c0a215ee5573"`);
  }
}
