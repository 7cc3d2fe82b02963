import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, CreatedAtField, IdField, LongTextField, ReferenceField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { TrainingMode, TrainingModule, TrainingAudience, TrainingStatus } from '../../../rules/enums';
import { ContactDetail } from '../access/contact-details';

export { TrainingMode, TrainingModule, TrainingAudience, TrainingStatus };

registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: 'How a training session is given.',
  valuesConfig: {
    CLASSROOM: { description: 'In a room with the trainer.' },
    REMOTE: { description: 'Live, over a video call.' },
    RECORDED: { description: 'A recording the attendees watch.' },
  },
});

registerEnumType(TrainingModule, {
  name: 'TrainingModule',
  description: 'What a training session covers.',
  valuesConfig: {
    QUERIES: { description: 'Querying orders only.' },
    FULL_USE: { description: 'Full use: scan, add, modify, serve and cancel orders, and read DOJ messages.' },
  },
});

registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a training session is for.',
  valuesConfig: {
    TRAIN_THE_TRAINER: { description: 'Court staff who will train their colleagues.' },
    END_USERS: { description: 'The people who will use CCPOR.' },
  },
});

registerEnumType(TrainingStatus, {
  name: 'TrainingStatus',
  description: 'Whether a training session has taken place.',
  valuesConfig: {
    PLANNED: { description: 'Scheduled.' },
    HELD: { description: 'Took place; completes the CCPOR training task.' },
  },
});

@ObjectType({ description: 'A person attending a training session.' })
export class Attendee {
  @Field(() => String, { description: 'Full name.' })
  @ContactDetail('name')
  name!: string;

  @Field(() => String, { description: 'Their role, e.g. "Family law clerk" or "Sheriff’s civil deputy".' })
  role!: string;
}

@Entity('training_session')
@ObjectType({ description: 'A CCPOR training session of a deployment.' })
export class TrainingSession {
  @IdField('Unique id (the device may choose it).')
  id!: string;

  @ReferenceField('The deployment.')
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => LocalDateResolver, { description: 'Date it is scheduled for.' })
  @DateColumn()
  scheduledOn!: string;

  @Field(() => TrainingMode, { description: 'How it is given.' })
  @Column({ type: 'varchar', length: 10 })
  mode!: TrainingMode;

  @Field(() => TrainingModule, { description: 'What it covers.' })
  @Column({ type: 'varchar', length: 10 })
  module!: TrainingModule;

  @Field(() => TrainingAudience, { description: 'Who it is for.' })
  @Column({ type: 'varchar', length: 20 })
  audience!: TrainingAudience;

  @ShortTextField('Who gives it.')
  @ContactDetail('name')
  trainer!: string;

  @Field(() => [Attendee], { description: 'Attendees with their roles: expected while planned, present once held.' })
  @JsonColumn()
  attendees!: Attendee[];

  @Field(() => TrainingStatus, { description: 'Whether it has taken place.' })
  @Column({ type: 'varchar', length: 8 })
  status!: TrainingStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it took place.' })
  @DateColumn({ nullable: true })
  heldOn!: string | null;

  @LongTextField('Notes.', { nullable: true })
  notes!: string | null;

  @ShortTextField('Who scheduled it.')
  recordedBy!: string;

  @ShortTextField('Who last changed it.', { nullable: true })
  updatedBy!: string | null;

  @CreatedAtField('When it was scheduled.')
  createdAt!: Date;

  @UpdatedAtField()
  updatedAt!: Date;

  @VersionField()
  version!: number;
}
