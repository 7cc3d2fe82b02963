import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** Fields every mutation input shares (inherited; the base types themselves are never used). */
@InputType({ description: 'Fields every change carries.' })
export class MutationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one.',
  })
  @IsOptional()
  @IsUUID()
  mutationId?: string | null;
}

@InputType({ description: 'Fields every change of an existing record carries.' })
export class UpdateMutationInput extends MutationInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  // Required in code (callers in the server, seeds and scripts must pass it), nullable in the schema.
  baseVersion!: number | null;
}

@InputType({ description: 'A change that names nothing but itself: only its mutationId.' })
export class MutationIdInput extends MutationInput {}
