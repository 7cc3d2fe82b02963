import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn,
} from 'typeorm';
import { DateColumn, instantType, JsonColumn } from '../../db/columns';
import { Deployment } from '../deployment/deployment.entity';

export enum TrainingMode {
  CLASSROOM = 'CLASSROOM',
  REMOTE = 'REMOTE',
  RECORDED = 'RECORDED',
}
registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: 'How a training session is given.',
  valuesConfig: {
    CLASSROOM: { description: 'In a room with the trainer.' },
    REMOTE: { description: 'Live, over a video call.' },
    RECORDED: { description: 'A recording the attendees watch.' },
  },
});

export enum TrainingModule {
  QUERIES = 'QUERIES',
  FULL_USE = 'FULL_USE',
}
registerEnumType(TrainingModule, {
  name: 'TrainingModule',
  description: 'What a training session covers.',
  valuesConfig: {
    QUERIES: { description: 'Querying orders only.' },
    FULL_USE: { description: 'Full use: scan, add, modify, serve and cancel orders, and read DOJ messages.' },
  },
});

export enum TrainingAudience {
  TRAIN_THE_TRAINER = 'TRAIN_THE_TRAINER',
  END_USERS = 'END_USERS',
}
registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a training session is for.',
  valuesConfig: {
    TRAIN_THE_TRAINER: { description: 'Court staff who will train their colleagues.' },
    END_USERS: { description: 'The people who will use CCPOR.' },
  },
});

export enum TrainingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
}
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
  name!: string;

  @Field(() => String, { description: 'Their role, e.g. "Family law clerk" or "Sheriff’s civil deputy".' })
  role!: string;
}

@Entity('training_session')
@ObjectType({ description: 'A CCPOR training session of a deployment.' })
export class TrainingSession {
  @Field(() => ID, { description: 'Unique id (the device may choose it).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The deployment.' })
  @Index()
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deploymentId' })
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

  @Field(() => String, { description: 'Who gives it.' })
  @Column({ type: 'varchar', length: 200 })
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

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => String, { description: 'Who scheduled it.' })
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who last changed it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was scheduled.' })
  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  @UpdateDateColumn({ type: instantType() })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back as baseVersion.' })
  @VersionColumn({ type: 'integer' })
  version!: number;
}
