import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttemptSequenceIndex1797000200000 implements MigrationInterface {
  name = 'AttemptSequenceIndex1797000200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_b4fbaacbe065fc351835ffa43b" ON "test_result" ("runId", "sequence") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b4fbaacbe065fc351835ffa43b"`);
  }
}
