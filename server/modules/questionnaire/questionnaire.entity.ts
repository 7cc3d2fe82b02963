import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, CreatedAtField, IdField, LongTextField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import type { Answers, QuestionSpec } from '../../../rules/questionnaire';
import { ResponseStatus } from './questionnaire.enums';
import { Question } from './questionnaire.types';

@Entity('questionnaire')
@Index(['key', 'version'], { unique: true })
@ObjectType({ description: 'A published version of a questionnaire. Its questions never change; a response keeps the version it was started on until an administrator retires that version.' })
export class Questionnaire {
  @IdField()
  id!: string;

  @ShortTextField('Which questionnaire, e.g. BUSINESS_OPERATION; the same across versions.', { length: 40 })
  key!: string;

  @Field(() => Int, { description: 'Version number, starting at 1.' })
  @Column({ type: 'integer' })
  version!: number;

  @ShortTextField('Title, e.g. "Business Operation questionnaire".')
  title!: string;

  @LongTextField('What it is for.', { nullable: true })
  description!: string | null;

  @ShortTextField('Key of the lifecycle task an accepted response completes, e.g. BUSINESS_OPERATION_QUESTIONNAIRE.', { length: 60, nullable: true })
  taskKey!: string | null;

  @Field(() => [Question], { description: 'The questions, in order.' })
  @JsonColumn()
  questions!: QuestionSpec[];

  @ShortTextField('Who published the version.')
  publishedBy!: string;

  @Field(() => DateTimeResolver, { description: 'When the version was published.' })
  @InstantColumn()
  publishedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When an administrator retired the version (null while it is accepted): responses on it moved to the latest version.' })
  @InstantColumn({ nullable: true })
  retiredAt!: Date | null;

  @ShortTextField('Who retired the version.', { nullable: true })
  retiredBy!: string | null;
}

@Entity('questionnaire_response')
@Index(['deploymentId', 'questionnaireKey'], { unique: true })
@ObjectType({ description: 'A deployment’s answers to a questionnaire version: DRAFT → SUBMITTED → ACCEPTED or RETURNED.' })
export class QuestionnaireResponse {
  @IdField('Unique id (the device may choose it).')
  id!: string;

  @Field(() => ID, { description: 'The deployment.' })
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => ID, { description: 'The questionnaire version answered.' })
  @Column({ type: 'uuid' })
  questionnaireId!: string;

  @BelongsTo(() => Questionnaire, 'questionnaireId')
  questionnaire!: Questionnaire;

  // One response per deployment and questionnaire, whatever its version.
  @ShortTextField('Key of the questionnaire answered.', { length: 40 })
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

  @LongTextField('The reviewer’s comments (required when returned).', { nullable: true })
  reviewComment!: string | null;

  @ShortTextField('Who last submitted it.', { nullable: true })
  submittedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last submitted.' })
  @InstantColumn({ nullable: true })
  submittedAt!: Date | null;

  @ShortTextField('Who accepted or returned it.', { nullable: true })
  reviewedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was accepted or returned.' })
  @InstantColumn({ nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The task its acceptance completed.' })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ShortTextField('Who started it.')
  startedBy!: string;

  @ShortTextField('Who last changed it.', { nullable: true })
  updatedBy!: string | null;

  @CreatedAtField('When it was started.')
  createdAt!: Date;

  @UpdatedAtField()
  updatedAt!: Date;

  @VersionField()
  version!: number;
}
