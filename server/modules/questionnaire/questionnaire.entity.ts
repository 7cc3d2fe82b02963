import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn,
} from 'typeorm';
import { InstantColumn, instantType, JsonColumn } from '../../db/columns';
import { Deployment } from '../deployment/deployment.entity';
import type { Answers, QuestionSpec } from './questionnaire-rules';
import { ResponseStatus } from './questionnaire.enums';
import { Question } from './questionnaire.types';

@Entity('questionnaire')
@Index(['key', 'version'], { unique: true })
@ObjectType({ description: 'A published version of a questionnaire. It never changes; a response keeps the version it was started on.' })
export class Questionnaire {
  @Field(() => ID, { description: 'Unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Which questionnaire, e.g. BUSINESS_OPERATION; the same across versions.' })
  @Column({ type: 'varchar', length: 40 })
  key!: string;

  @Field(() => Int, { description: 'Version number, starting at 1.' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'Title, e.g. "Business Operation questionnaire".' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the lifecycle task an accepted response completes, e.g. BUSINESS_OPERATION_QUESTIONNAIRE.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  taskKey!: string | null;

  @Field(() => [Question], { description: 'The questions, in order.' })
  @JsonColumn()
  questions!: QuestionSpec[];

  @Field(() => String, { description: 'Who published the version.' })
  @Column({ type: 'varchar', length: 200 })
  publishedBy!: string;

  @Field(() => DateTimeResolver, { description: 'When the version was published.' })
  @InstantColumn()
  publishedAt!: Date;
}

@Entity('questionnaire_response')
@Index(['deploymentId', 'questionnaireKey'], { unique: true })
@ObjectType({ description: 'A deployment’s answers to a questionnaire version: DRAFT → SUBMITTED → ACCEPTED or RETURNED.' })
export class QuestionnaireResponse {
  @Field(() => ID, { description: 'Unique id (the device may choose it).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The deployment.' })
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deploymentId' })
  deployment!: Deployment;

  @Field(() => ID, { description: 'The questionnaire version answered.' })
  @Column({ type: 'uuid' })
  questionnaireId!: string;

  @ManyToOne(() => Questionnaire)
  @JoinColumn({ name: 'questionnaireId' })
  questionnaire!: Questionnaire;

  // One response per deployment and questionnaire, whatever its version.
  @Field(() => String, { description: 'Key of the questionnaire answered.' })
  @Column({ type: 'varchar', length: 40 })
  questionnaireKey!: string;

  @Field(() => ResponseStatus, { description: 'Where the response stands.' })
  @Column({ type: 'varchar', length: 12 })
  status!: ResponseStatus;

  @Field(() => GraphQLJSONObject, { description: 'Answers keyed by question key; a GROUP’s answer is a list of answer objects.' })
  @JsonColumn()
  answers!: Answers;

  @Field(() => Boolean, { description: 'Filled in with the court during an on-site visit.' })
  @Column({ type: 'boolean' })
  filledOnSite!: boolean;

  @Field(() => String, { nullable: true, description: 'The reviewer’s comments (required when returned).' })
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Field(() => String, { nullable: true, description: 'Who last submitted it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  submittedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last submitted.' })
  @InstantColumn({ nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who accepted or returned it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was accepted or returned.' })
  @InstantColumn({ nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The task its acceptance completed.' })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @Field(() => String, { description: 'Who started it.' })
  @Column({ type: 'varchar', length: 200 })
  startedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who last changed it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was started.' })
  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  @UpdateDateColumn({ type: instantType() })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back as baseVersion.' })
  @VersionColumn({ type: 'integer' })
  version!: number;
}
