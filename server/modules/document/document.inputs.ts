import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { MutationInput } from '../sync/sync.inputs';
import { DocumentDirection } from './document.entity';

@InputType({ description: 'A document sent by the CCPOR team or received from the court or LEA.' })
export class RecordDocumentInput extends MutationInput {
  @Field(() => ID, { description: 'The deployment.' })
  @IsUUID()
  deploymentId!: string;

  @Field(() => String, { description: 'Title (3 to 200 characters), e.g. "Participation letter".' })
  @Length(3, 200)
  title!: string;

  @Field(() => DocumentDirection, { description: 'Sent or received.' })
  @IsEnum(DocumentDirection)
  direction!: DocumentDirection;

  @Field(() => LocalDateResolver, { description: 'Date it was sent or received.' })
  exchangedOn!: string;

  @Field(() => String, { nullable: true, description: 'Reference, e.g. a DOJ form number (up to 200 characters).' })
  @IsOptional() @Length(1, 200)
  reference?: string | null;

  @Field(() => ID, { nullable: true, description: 'The task this document fulfils; recording it completes the task.' })
  @IsOptional() @IsUUID()
  taskId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'SHA-256 of files uploaded through POST /files to attach (up to 10), e.g. a signed DOJ form.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  attachmentShas?: string[];
}
