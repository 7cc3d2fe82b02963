import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshOpenTasks } from '../../../modules/deployment/health-facts';

export class TaskDueTally1797000100000 implements MigrationInterface {
  name = 'TaskDueTally1797000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "open_task_due" ("deploymentId" varchar NOT NULL, "party" varchar(16) NOT NULL, "phase" varchar(16) NOT NULL, "day" date NOT NULL, "tasks" integer NOT NULL, CONSTRAINT "FK_2c0845b00eef7ea03befa5ed130" FOREIGN KEY ("deploymentId") REFERENCES "deployment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("deploymentId", "party", "phase", "day"))`);
    await queryRunner.query(`CREATE TABLE "task_due_tally" ("day" date NOT NULL, "party" varchar(16) NOT NULL, "phase" varchar(16) NOT NULL, "tasks" integer NOT NULL, "deployments" integer NOT NULL, PRIMARY KEY ("day", "party", "phase"))`);
    // Every deployment's open tasks and the tally of them all; from here on the write path keeps both.
    await refreshOpenTasks(queryRunner.manager, 'every');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "task_due_tally"`);
    await queryRunner.query(`DROP TABLE "open_task_due"`);
  }
}
