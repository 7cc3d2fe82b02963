import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshOpenTasks } from '../../../modules/deployment/health-facts';

export class TaskDueTally1797000100000 implements MigrationInterface {
  name = 'TaskDueTally1797000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "open_task_due" ("deploymentId" uuid NOT NULL, "party" character varying(16) NOT NULL, "phase" character varying(16) NOT NULL, "day" date NOT NULL, "tasks" integer NOT NULL, CONSTRAINT "PK_7e5cd9684637c5209c24a6dcb8d" PRIMARY KEY ("deploymentId", "party", "phase", "day"))`);
    await queryRunner.query(`CREATE TABLE "task_due_tally" ("day" date NOT NULL, "party" character varying(16) NOT NULL, "phase" character varying(16) NOT NULL, "tasks" integer NOT NULL, "deployments" integer NOT NULL, CONSTRAINT "PK_0d9ea6d375d79a40e9f55a9b3fb" PRIMARY KEY ("day", "party", "phase"))`);
    await queryRunner.query(`ALTER TABLE "open_task_due" ADD CONSTRAINT "FK_2c0845b00eef7ea03befa5ed130" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Every deployment's open tasks and the tally of them all; from here on the write path keeps both.
    await refreshOpenTasks(queryRunner.manager, 'every');
    await queryRunner.query(`ANALYZE "open_task_due"`);
    await queryRunner.query(`ANALYZE "task_due_tally"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "open_task_due" DROP CONSTRAINT "FK_2c0845b00eef7ea03befa5ed130"`);
    await queryRunner.query(`DROP TABLE "task_due_tally"`);
    await queryRunner.query(`DROP TABLE "open_task_due"`);
  }
}
