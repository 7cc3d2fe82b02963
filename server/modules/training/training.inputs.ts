import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, Length, ValidateNested } from 'class-validator';
import { DateBound } from '../../graphql/date-bounds';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { TrainingAudience, TrainingMode, TrainingModule } from './training.entity';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, figure } from '../../../rules/limits';

@InputType({ description: 'A person attending a training session.' })
export class AttendeeInput {
  @Field(() => String, { description: `Full name (1 to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(1, MAX_LENGTH.title)
  name!: string;

  @Field(() => String, { description: `Their role (1 to ${figure(MAX_LENGTH.title)} characters), e.g. "Family law clerk".` })
  @Length(1, MAX_LENGTH.title)
  role!: string;
}

@InputType({ description: 'A training session to schedule.' })
export class ScheduleTrainingInput extends MutationInput {
  @OptionalIdInput('Id chosen by the device (UUID).')
  id?: string | null;

  @IdInput('The deployment.')
  deploymentId!: string;

  @Field(() => LocalDateResolver, { description: 'Date it is scheduled for; with held, the date it was held (not in the future).' })
  @DateBound((input) => (input.held ? 'happened' : 'planned'))
  scheduledOn!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Whether it has already taken place (a session held but never scheduled here): it is recorded as held on scheduledOn and completes the CCPOR training task, with no scheduling e-mail.',
  })
  @IsOptional() @IsBoolean()
  held?: boolean | null;

  @Field(() => TrainingMode, { description: 'How it is given.' })
  @IsEnum(TrainingMode)
  mode!: TrainingMode;

  @Field(() => TrainingModule, { description: 'What it covers.' })
  @IsEnum(TrainingModule)
  module!: TrainingModule;

  @Field(() => TrainingAudience, { description: 'Who it is for.' })
  @IsEnum(TrainingAudience)
  audience!: TrainingAudience;

  @Field(() => String, { description: `Who gives it (1 to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(1, MAX_LENGTH.title)
  trainer!: string;

  @Field(() => [AttendeeInput], { defaultValue: [], description: 'Expected attendees with their roles (up to 200).' })
  @IsArray() @ArrayMaxSize(200) @ValidateNested()
  attendees!: AttendeeInput[];

  @Field(() => String, { nullable: true, description: `Notes (up to ${figure(MAX_LENGTH.notes)} characters).` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}

@InputType({ description: 'Changes to a planned training session; omitted fields keep their value.' })
export class UpdateTrainingSessionInput extends UpdateMutationInput {
  @IdInput('The session.')
  sessionId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New date.' })
  @DateBound('planned')
  scheduledOn?: string | null;

  @Field(() => TrainingMode, { nullable: true, description: 'How it is given.' })
  @IsOptional() @IsEnum(TrainingMode)
  mode?: TrainingMode | null;

  @Field(() => TrainingModule, { nullable: true, description: 'What it covers.' })
  @IsOptional() @IsEnum(TrainingModule)
  module?: TrainingModule | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Who it is for.' })
  @IsOptional() @IsEnum(TrainingAudience)
  audience?: TrainingAudience | null;

  @Field(() => String, { nullable: true, description: `Who gives it (1 to ${figure(MAX_LENGTH.title)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.title)
  trainer?: string | null;

  @Field(() => [AttendeeInput], { nullable: true, description: 'The full new list of expected attendees.' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested()
  attendees?: AttendeeInput[] | null;

  @Field(() => String, { nullable: true, description: `Notes (up to ${figure(MAX_LENGTH.notes)} characters); null clears them.` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}

@InputType({ description: 'Records that a planned training session took place.' })
export class RecordTrainingHeldInput extends UpdateMutationInput {
  @IdInput('The session.')
  sessionId!: string;

  @Field(() => LocalDateResolver, { description: 'Date it took place; not in the future.' })
  @DateBound('happened')
  heldOn!: string;

  @Field(() => [AttendeeInput], { nullable: true, description: 'Who actually attended; omit if everyone expected did.' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested()
  attendees?: AttendeeInput[] | null;

  @Field(() => String, { nullable: true, description: `Notes (up to ${figure(MAX_LENGTH.notes)} characters); omit to keep.` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}
