import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { DateBound } from '../../graphql/date-bounds';
import { Text } from '../../graphql/text';

import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { MutationInput } from '../sync/sync.inputs';
import { MeetingKind } from './meeting.entity';
import { IdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, MIN_SAID, figure } from '../../../rules/limits';

@InputType({ description: 'A meeting of the process, planned or held.' })
export class RecordMeetingInput extends MutationInput {
  @IdInput('The deployment.')
  deploymentId!: string;

  @Field(() => MeetingKind, { description: 'Which meeting of the process.' })
  @IsEnum(MeetingKind)
  kind!: MeetingKind;

  @Field(() => String, { description: `Title (${MIN_SAID} to ${figure(MAX_LENGTH.title)} characters).` })
  @Text(MIN_SAID, MAX_LENGTH.title)
  title!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the meeting.' })
  @DateBound((input) => (input.held ? 'happened' : 'planned'))
  meetingOn!: string;

  @Field(() => Boolean, { description: 'Whether it has taken place; a held meeting completes the task it fulfils.' })
  @IsBoolean()
  held!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Names of the attendees (up to 100).' })
  @IsArray() @ArrayMaxSize(100) @Text(1, MAX_LENGTH.title, { each: true })
  attendees!: string[];

  @Field(() => String, { nullable: true, description: 'Notes or minutes (up to 20,000 characters).' })
  @IsOptional() @Text(0, 20000)
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The task this meeting fulfils. Omitted: the task of the meeting’s kind (e.g. KICK_OFF → the kick-off meeting task), if any.',
  })
  @IsOptional() @IsUUID()
  taskId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'SHA-256 of files uploaded through POST /files to attach (up to 10), e.g. a signed DOJ form.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  attachmentShas?: string[];
}
