import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateColumn } from '../../db/columns';
import { BelongsTo } from '../../db/record-fields';
import { Deployment } from './deployment.entity';

/**
 * The dates a deployment's health is decided by, kept as its tasks and dependencies change
 * (health-facts.ts refreshHealthFacts, from the write path, in the write's transaction): reports derive
 * health from one row per deployment instead of reading every task and dependency. Dates only:
 * whether they are past due, late or long is decided from today when the row is read.
 */
@Entity('deployment_health')
export class DeploymentHealth {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  /** The earliest due date of an open task (OPEN or IN_PROGRESS). */
  @DateColumn({ nullable: true })
  openTaskDue!: string | null;

  /** The earliest due date of an open required task. */
  @DateColumn({ nullable: true })
  requiredTaskDue!: string | null;

  /** The earliest due date of an open dependency (NOT_STARTED, IN_PROGRESS or WAITING). */
  @DateColumn({ nullable: true })
  openDependencyDue!: string | null;

  /** The day the longest wait of a WAITING dependency began. */
  @DateColumn({ nullable: true })
  waitingSince!: string | null;

  /** The deployment's phase, status and dates as last kept: what its row counts under in portfolio_tally. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  phase!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  status!: string | null;

  @DateColumn({ nullable: true })
  targetGoLive!: string | null;

  @DateColumn({ nullable: true })
  actualGoLive!: string | null;

  /** The first day the deployment is AT_RISK or LATE while nothing changes (null: never, as when closed). */
  @DateColumn({ nullable: true })
  atRiskOn!: string | null;

  /** The first day the deployment is LATE while nothing changes (null: never). */
  @DateColumn({ nullable: true })
  lateOn!: string | null;
}

/**
 * Deployments counted by phase, status and a day, kept with deployment_health (in the same
 * statements of the write's transaction), so that counts across the whole portfolio read a table
 * whose size is bounded by the calendar, not by the portfolio: kind ALL counts every deployment
 * (day 0001-01-01), AT_RISK and LATE by the day they become so (a deployment is counted on the day
 * it is AT_RISK or LATE, and LATE from its lateOn: health on a day is decided at read by summing the
 * days up to it), PLANNED by target go-live and ACTUAL by actual go-live.
 */
@Entity('portfolio_tally')
export class PortfolioTally {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  phase!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  deployments!: number;
}

/**
 * A deployment's open tasks (OPEN or IN_PROGRESS) counted by party, phase and due date, kept by the
 * write path with deployment_health (health-facts.ts refreshOpenTasks): what a change of its tasks
 * adds to or takes from task_due_tally, found by comparing its rows before and after.
 */
@Entity('open_task_due')
export class OpenTaskDue {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  party!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  phase!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  tasks!: number;
}

/**
 * The whole portfolio's open tasks by due day, party and phase, kept with open_task_due: `tasks`
 * open tasks are due that day, and `deployments` deployments have their earliest open task of the
 * party and phase due that day. The overdue tasks report sums the days before today (its size is
 * bounded by the calendar, not by the portfolio): the tasks overdue, the deployments with one
 * overdue, and the oldest day. A row counting no task is removed.
 */
@Entity('task_due_tally')
export class TaskDueTally {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  party!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  phase!: string;

  @Column({ type: 'integer' })
  tasks!: number;

  @Column({ type: 'integer' })
  deployments!: number;
}
