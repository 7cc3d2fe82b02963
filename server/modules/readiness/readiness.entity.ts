import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateColumn } from '../../db/columns';
import { BelongsTo } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { BlockerCode, ReadinessStatus } from '../../../rules/enums';

/**
 * Each deployment's readiness, kept as its records change (readiness.service.ts refreshReadiness,
 * from the write path): reads look it up instead of evaluating every rule. Facts and dates only:
 * the days a blocker has been open are counted from today when it is read.
 */
@Entity('deployment_readiness')
export class DeploymentReadiness {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Column({ type: 'varchar', length: 8 })
  status!: ReadinessStatus;

  /** How many blockers it has (its readiness_blocker rows), so that a report pages by deployment without counting them. */
  @Column({ type: 'integer', default: 0 })
  blockers!: number;

  /** The latest ACCEPTANCE run, which the rules looked at. */
  @Column({ type: 'uuid', nullable: true })
  acceptanceRunId!: string | null;
}

/** One blocker of a deployment's kept readiness, at its place in the order the rules list them. */
@Entity('readiness_blocker', { withoutRowid: true })
export class ReadinessBlocker {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: BlockerCode;

  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'text' })
  why!: string;

  @Column({ type: 'varchar', length: 40 })
  recordType!: string;

  @Column({ type: 'uuid' })
  recordId!: string;

  @Column({ type: 'varchar', length: 16 })
  party!: Party;

  /** The day the blocker's days open count from. */
  @DateColumn()
  openSince!: string;
}
