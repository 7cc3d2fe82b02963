import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { DateColumn, InstantColumn } from '../../db/columns';
import { BelongsTo, IdField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { TaskDefinition } from '../lifecycle-template/task-definition';
import { TaskStatus } from '../../../rules/enums';

export { TaskStatus };
export { OPEN_TASK_STATUSES, SETTLED_TASK_STATUSES } from '../../../rules/statuses';

/** The evidence of tasks completed by an import: they were done before the deployment was tracked here. */
export const IMPORTED_NOTE = 'imported';

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

@Entity('task')
@Index(['deploymentId', 'number'], { unique: true })
@Index(['status', 'dueDate'])
@ObjectType({ description: "One task of a deployment's lifecycle, instantiated from its template." })
export class Task extends TaskDefinition {
  @IdField()
  id!: string;

  @Field(() => ID, { description: 'The deployment the task belongs to.' })
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => Int, { description: 'Position in the lifecycle template.' })
  @Column({ type: 'integer' })
  number!: number;

  @ShortTextField('Stable key from the template, e.g. SCANNER_ASSESSMENT.', { length: 60 })
  key!: string;

  @Field(() => Int, { description: 'Template offset in days from go-live (negative: before).' })
  @Column({ type: 'integer' })
  offsetDays!: number;

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

  @ShortTextField('Why the task was waived or is not applicable.', { length: 500, nullable: true })
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

  /**
   * The person of the responsible party who answers for the task (docs/domain.md#named-owners);
   * exposed as `assignee`.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ShortTextField('Who completed, waived or last changed the task.', { nullable: true })
  updatedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the task was started.' })
  @InstantColumn({ nullable: true })
  startedAt!: Date | null;

  @UpdatedAtField('When the task last changed.')
  updatedAt!: Date;

  @VersionField()
  version!: number;

  @ManyToMany(() => Task)
  @JoinTable({ name: 'task_prerequisite', joinColumn: { name: 'taskId' }, inverseJoinColumn: { name: 'prerequisiteId' } })
  prerequisites!: Task[];
}
