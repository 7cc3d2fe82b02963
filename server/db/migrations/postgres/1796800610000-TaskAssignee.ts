import { MigrationInterface, QueryRunner } from 'typeorm';

/** A task's assignee (docs/domain.md#named-owners). */
export class TaskAssignee1796800610000 implements MigrationInterface {
  name = 'TaskAssignee1796800610000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" ADD "assigneeId" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_7384988f7eeb777e44802a0bac" ON "task"  ("assigneeId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_7384988f7eeb777e44802a0bac"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "assigneeId"`);
  }
}
