import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, InstantColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, IdField, ShortTextField } from '../../db/record-fields';
import { Deployment } from './deployment.entity';

/** The schedule of a deployment's open work just before a go-live move, so the move can be undone exactly. */
export interface ScheduleBefore {
  tasks: { id: string; dueDate: string; pinned: boolean }[];
  dependencies: { id: string; dueDate: string }[];
}

@Entity('reschedule')
@Index(['deploymentId', 'deploymentVersion'])
@ObjectType({ description: 'A saved go-live move, kept so that it can be undone.' })
export class Reschedule {
  @IdField('Unique id; undoReschedule takes it.')
  id!: string;

  @Field(() => ID, { description: 'The deployment rescheduled.' })
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => LocalDateResolver, { description: 'Target go-live before the move.' })
  @DateColumn()
  fromGoLive!: string;

  @Field(() => LocalDateResolver, { description: 'Target go-live after the move.' })
  @DateColumn()
  toGoLive!: string;

  /** The deployment's version right after the move: the latest move of a deployment has the highest. */
  @Column({ type: 'integer' })
  deploymentVersion!: number;

  /** Every open task's date and pin and every open dependency's date before the move. */
  @JsonColumn()
  scheduleBefore!: ScheduleBefore;

  @Field(() => DateTimeResolver, { description: 'When the move was saved.' })
  @InstantColumn()
  createdAt!: Date;

  @ShortTextField('Who moved go-live.')
  createdBy!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the move was undone; null while it stands.' })
  @InstantColumn({ nullable: true })
  undoneAt!: Date | null;

  @ShortTextField('Who undid the move.', { nullable: true })
  undoneBy!: string | null;
}
