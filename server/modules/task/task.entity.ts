import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateColumn, InstantColumn, instantType } from '../../db/columns';
import { Deployment } from '../deployment/deployment.entity';
import { Lane, Party, Phase, TaskKind } from '../lifecycle-template/lifecycle.enums';

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  WAIVED = 'WAIVED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Progress of a task.',
  valuesConfig: {
    OPEN: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Started, or completed automatically while prerequisites are still open.' },
    DONE: { description: 'Completed.' },
    WAIVED: { description: 'Not needed for this deployment; a reason is recorded.' },
    NOT_APPLICABLE: { description: "Does not apply to this court's profile." },
  },
});

/** Statuses in which a task still has work to do. */
export const OPEN_TASK_STATUSES = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS];
/** Statuses that satisfy a prerequisite or a phase gate. */
export const SETTLED_TASK_STATUSES = [TaskStatus.DONE, TaskStatus.WAIVED, TaskStatus.NOT_APPLICABLE];

@Entity('task')
@Index(['deploymentId', 'number'], { unique: true })
@Index(['status', 'dueDate'])
@ObjectType({ description: "One task of a deployment's lifecycle, instantiated from its template." })
export class Task {
  @Field(() => ID, { description: 'Unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The deployment the task belongs to.' })
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deploymentId' })
  deployment!: Deployment;

  @Field(() => Int, { description: 'Position in the lifecycle template.' })
  @Column({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'Stable key from the template, e.g. SCANNER_ASSESSMENT.' })
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Field(() => String, { description: 'What the task is.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => Phase, { description: 'Phase the task belongs to.' })
  @Column({ type: 'varchar', length: 16 })
  phase!: Phase;

  @Field(() => Lane, { description: 'Swim lane of the task.' })
  @Column({ type: 'varchar', length: 16 })
  lane!: Lane;

  @Field(() => Party, { description: 'Party that owns the task.' })
  @Column({ type: 'varchar', length: 16 })
  party!: Party;

  @Field(() => TaskKind, { description: 'Kind of activity.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: TaskKind;

  @Field(() => Int, { description: 'Template offset in days from go-live (negative: before).' })
  @Column({ type: 'integer' })
  offsetDays!: number;

  @Field(() => Boolean, { description: 'Whether the phase gate waits for this task.' })
  @Column({ type: 'boolean' })
  required!: boolean;

  @Field(() => LocalDateResolver, { description: 'Due date: go-live plus the offset, unless moved by hand.' })
  @DateColumn()
  dueDate!: string;

  @Field(() => Boolean, { description: 'Moved by hand: stays where it is when go-live moves.' })
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Field(() => Boolean, { description: 'The due date had already passed when the deployment was created.' })
  @Column({ type: 'boolean', default: false })
  pastDueAtCreation!: boolean;

  @Field(() => TaskStatus, { description: 'Progress of the task.' })
  @Column({ type: 'varchar', length: 16 })
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'Why the task was waived or is not applicable.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What completed the task automatically (e.g. "Meeting 1f2e…"); it completes once its prerequisites are done.',
  })
  @Column({ type: 'varchar', length: 300, nullable: true })
  evidence!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the task was completed.' })
  @DateColumn({ nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who completed, waived or last changed the task.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the task was started.' })
  @InstantColumn({ nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the task last changed.' })
  @UpdateDateColumn({ type: instantType() })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back as baseVersion.' })
  @VersionColumn({ type: 'integer' })
  version!: number;

  @ManyToMany(() => Task)
  @JoinTable({ name: 'task_prerequisite', joinColumn: { name: 'taskId' }, inverseJoinColumn: { name: 'prerequisiteId' } })
  prerequisites!: Task[];
}
