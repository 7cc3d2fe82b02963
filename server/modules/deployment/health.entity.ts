import { Entity, PrimaryColumn } from 'typeorm';
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
}
