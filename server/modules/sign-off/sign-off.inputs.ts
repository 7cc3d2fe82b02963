import { IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { MutationInput } from '../sync/sync.inputs';

/** The parties that sign off a run (docs/domain.md#sign-offs): the court, each participating LEA, the CCPOR team. */
export const SIGNING_PARTIES = [Party.COURT, Party.LEA, Party.CCPOR_TEAM];

@InputType({ description: 'A party’s sign-off of a CAT run.' })
export class SignOffRunInput extends MutationInput {
  @Field(() => ID, { description: 'The run.' })
  @IsUUID()
  runId!: string;

  @Field(() => Party, { description: 'COURT, LEA or CCPOR_TEAM.' })
  @IsIn(SIGNING_PARTIES, { message: 'party must be COURT, LEA or CCPOR_TEAM' })
  party!: Party;

  @Field(() => ID, { nullable: true, description: 'The LEA signing (required for LEA); for COURT it may be omitted; none for CCPOR_TEAM.' })
  @IsOptional() @IsUUID()
  organizationId?: string | null;

  @Field(() => String, { description: 'Name of the person signing (1 to 200 characters).' })
  @Length(1, 200)
  signerName!: string;

  @Field(() => String, { description: 'Role of the person signing (1 to 200 characters).' })
  @Length(1, 200)
  signerRole!: string;

  @Field(() => String, { description: 'What the party states by signing (3 to 4,000 characters).' })
  @Length(3, 4000)
  statement!: string;
}
