import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { DateBound } from '../../graphql/date-bounds';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { MutationInput } from '../sync/sync.inputs';
import { DocumentDirection } from './document.entity';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, MIN_SAID, figure } from '../../../rules/limits';

@InputType({ description: 'A document sent by the CCPOR team or received from the court or LEA.' })
export class RecordDocumentInput extends MutationInput {
  @IdInput('The deployment.')
  deploymentId!: string;

  @Field(() => String, { description: `Title (${MIN_SAID} to ${figure(MAX_LENGTH.title)} characters), e.g. "Participation letter".` })
  @Length(MIN_SAID, MAX_LENGTH.title)
  title!: string;

  @Field(() => DocumentDirection, { description: 'Sent or received.' })
  @IsEnum(DocumentDirection)
  direction!: DocumentDirection;

  @Field(() => LocalDateResolver, { description: 'Date it was sent or received.' })
  @DateBound('happened')
  exchangedOn!: string;

  @Field(() => String, { nullable: true, description: `Reference, e.g. a DOJ form number (up to ${figure(MAX_LENGTH.title)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.title)
  reference?: string | null;

  @OptionalIdInput('The task this document fulfils; recording it completes the task.')
  taskId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'SHA-256 of files uploaded through POST /files to attach (up to 10), e.g. a signed DOJ form.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  attachmentShas?: string[];
}
