import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsEnum, IsInt, IsNumber, IsObject, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import type { Answers } from '../../../rules/questionnaire';
import { QuestionType } from './questionnaire.enums';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { figure, MAX_LENGTH, MIN_SAID } from '../../../rules/limits';

const QUESTIONNAIRE_KEY = /^[A-Z][A-Z0-9_]{1,39}$/;

@InputType({ description: 'One choice of a choice question.' })
class ChoiceInput {
  @Field(() => String, { description: 'The value stored as the answer (1 to 60 characters).' })
  @Length(1, 60)
  value!: string;

  @Field(() => String, { description: 'What people read (1 to 200 characters).' })
  @Length(1, 200)
  label!: string;
}

@InputType({ description: 'Shows a question only when an earlier answer has a value.' })
class QuestionConditionInput {
  @Field(() => String, { description: 'Key of an earlier question.' })
  @Length(1, 40)
  questionKey!: string;

  @Field(() => GraphQLJSON, { description: 'The value its answer must have (or, for a multiple choice, contain).' })
  @IsDefined()
  equals!: unknown;
}

@InputType({ description: 'A typed question of a questionnaire version about to be published.' })
export class QuestionInput {
  @Field(() => String, { description: 'Stable key in camelCase (up to 40 characters).' })
  @Length(1, 40)
  key!: string;

  @Field(() => String, { description: 'The question (1 to 500 characters).' })
  @Length(1, 500)
  label!: string;

  @Field(() => String, { nullable: true, description: 'Guidance for answering (up to 2,000 characters).' })
  @IsOptional() @Length(1, 2000)
  help?: string | null;

  @Field(() => QuestionType, { description: 'What kind of answer it takes.' })
  @IsEnum(QuestionType)
  type!: QuestionType;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether a submission must answer it (when shown).' })
  @IsBoolean()
  required!: boolean;

  @Field(() => String, { nullable: true, description: 'Unit of a NUMBER answer.' })
  @IsOptional() @Length(1, 60)
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'Least NUMBER answer allowed.' })
  @IsOptional() @IsNumber()
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Greatest NUMBER answer allowed.' })
  @IsOptional() @IsNumber()
  max?: number | null;

  @Field(() => [ChoiceInput], { nullable: true, description: 'Choices of a choice question (up to 50).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested()
  choices?: ChoiceInput[] | null;

  @Field(() => QuestionConditionInput, { nullable: true, description: 'Shown only when this condition holds.' })
  @IsOptional() @ValidateNested()
  visibleWhen?: QuestionConditionInput | null;

  @Field(() => [QuestionInput], { nullable: true, description: 'The questions of a GROUP (up to 50).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested()
  questions?: QuestionInput[] | null;
}

@InputType({ description: 'A new version of a questionnaire; earlier versions and their responses stay as they are.' })
export class PublishQuestionnaireInput extends MutationInput {
  @Field(() => String, { description: 'Which questionnaire, in upper case, e.g. TRAINING; a new key starts at version 1.' })
  @Matches(QUESTIONNAIRE_KEY, { message: 'key must be 2 to 40 upper-case letters, digits or underscores' })
  key!: string;

  @Field(() => String, { description: 'Title (3 to 200 characters).' })
  @Length(3, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (up to 2,000 characters).' })
  @IsOptional() @Length(1, 2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the lifecycle task an accepted response completes.' })
  @IsOptional() @Length(1, 60)
  taskKey?: string | null;

  @Field(() => [QuestionInput], { description: 'The questions, in order (up to 200).' })
  @IsArray() @ArrayMaxSize(200) @ValidateNested()
  questions!: QuestionInput[];
}

@InputType({ description: 'Starts a deployment’s response to a questionnaire: the version it was filled in, or the latest.' })
export class StartResponseInput extends MutationInput {
  @OptionalIdInput('Id chosen by the device (UUID).')
  id?: string | null;

  @IdInput('The deployment.')
  deploymentId!: string;

  @Field(() => String, { description: 'Which questionnaire, e.g. BUSINESS_OPERATION.' })
  @Matches(QUESTIONNAIRE_KEY, { message: 'questionnaireKey must be the key of a questionnaire, e.g. BUSINESS_OPERATION' })
  questionnaireKey!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the device showed when the response was started (a form filled in offline keeps it); omitted, the latest. A retired version starts on the latest instead, keeping the answers it accepts.',
  })
  @IsOptional() @IsInt() @Min(1)
  questionnaireVersion?: number | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'First answers, keyed by question key (checked as a draft).' })
  @IsOptional() @IsObject()
  answers?: Answers | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Filled in with the court during an on-site visit.' })
  @IsBoolean()
  filledOnSite!: boolean;
}

@InputType({ description: 'Retires a superseded questionnaire version.' })
export class RetireQuestionnaireInput extends MutationInput {
  @IdInput('The questionnaire version to retire (not the latest of its questionnaire).')
  questionnaireId!: string;
}

@InputType({ description: 'Saves answers to a DRAFT or RETURNED response (it becomes DRAFT).' })
export class SaveResponseInput extends UpdateMutationInput {
  @IdInput('The response.')
  responseId!: string;

  @Field(() => GraphQLJSONObject, { description: 'Answers to change, keyed by question key; a key set to null clears its answer; keys left out keep theirs.' })
  @IsObject()
  answers!: Answers;
}

@InputType({ description: 'Submits a response for review; every answer is validated against its question.' })
export class SubmitResponseInput extends UpdateMutationInput {
  @IdInput('The response.')
  responseId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Last changes to the answers, as in saveResponse.' })
  @IsOptional() @IsObject()
  answers?: Answers | null;
}

@InputType({ description: 'A review of a submitted response.' })
export class ReviewResponseInput extends UpdateMutationInput {
  @IdInput('The response.')
  responseId!: string;

  @Field(() => String, { nullable: true, description: `Comments for the court (${MIN_SAID} to ${figure(MAX_LENGTH.notes)} characters); required to return a response.` })
  @IsOptional() @Length(MIN_SAID, MAX_LENGTH.notes)
  comment?: string | null;
}
