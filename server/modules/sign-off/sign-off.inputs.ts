import { IsIn, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { MutationInput } from '../sync/sync.inputs';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, MIN_SAID, figure } from '../../../rules/limits';

/** The parties that sign off a run (docs/domain.md#sign-offs): the court, each participating LEA, the CCPOR team. */
const SIGNING_PARTIES = [Party.COURT, Party.LEA, Party.CCPOR_TEAM];

@InputType({ description: 'A party’s sign-off of a CAT run.' })
export class SignOffRunInput extends MutationInput {
  @IdInput('The run.')
  runId!: string;

  @Field(() => Party, { description: 'COURT, LEA or CCPOR_TEAM.' })
  @IsIn(SIGNING_PARTIES, { message: 'party must be COURT, LEA or CCPOR_TEAM' })
  party!: Party;

  @OptionalIdInput('The LEA signing (required for LEA); for COURT it may be omitted; none for CCPOR_TEAM.')
  organizationId?: string | null;

  @Field(() => String, { description: `Name of the person signing (1 to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(1, MAX_LENGTH.title)
  signerName!: string;

  @Field(() => String, { description: `Role of the person signing (1 to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(1, MAX_LENGTH.title)
  signerRole!: string;

  @Field(() => String, { description: `What the party states by signing (${MIN_SAID} to ${figure(MAX_LENGTH.finding)} characters).` })
  @Length(MIN_SAID, MAX_LENGTH.finding)
  statement!: string;
}
