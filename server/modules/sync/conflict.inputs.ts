import { IsEnum, IsInt, IsObject, IsOptional, Length, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { ConflictResolution, ConflictStatus } from './sync.entity';
import { MutationInput } from './sync.inputs';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { DISPLAY_NAME_LENGTH } from '../../../rules/limits';

@InputType({ description: 'Filters for conflicts; all given must match.' })
export class ConflictFilter {
  @OptionalIdInput('Only conflicts of records of this deployment.')
  deploymentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only conflicts of updates this person sent.' })
  @IsOptional() @Length(1, DISPLAY_NAME_LENGTH.max)
  createdBy?: string | null;

  @Field(() => ConflictStatus, { nullable: true, description: 'Only open or only resolved conflicts.' })
  @IsOptional() @IsEnum(ConflictStatus)
  status?: ConflictStatus | null;

  @OptionalIdInput('Only conflicts of this record: its history of conflicts.')
  entityId?: string | null;
}

@InputType({ description: 'A person’s resolution of a conflict, based on the record’s current version.' })
export class ResolveConflictInput extends MutationInput {
  @IdInput('The open conflict.')
  conflictId!: string;

  @Field(() => ConflictResolution, { description: 'Keep mine (apply the refused values), take theirs (keep the server’s), or merge.' })
  @IsEnum(ConflictResolution)
  resolution!: ConflictResolution;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'With MERGE only: the merged values, by field, of fields the refused update carried.' })
  @IsOptional() @IsObject()
  values?: Record<string, unknown> | null;

  @Field(() => Int, { description: 'The record’s current version (conflict.serverVersion, or later if it moved on since).' })
  @IsInt() @Min(1)
  baseVersion!: number;
}
