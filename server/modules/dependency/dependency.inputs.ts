import { IsEnum, IsOptional, ValidateIf } from 'class-validator';
import { Text } from '../../graphql/text';

import { Field, InputType } from 'type-graphql';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { UpdateMutationInput } from '../sync/sync.inputs';
import { DependencyStatus } from './dependency.entity';
import { IdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, MIN_SAID, figure } from '../../../rules/limits';

@InputType({ description: 'A change of an onboarding dependency’s status or details.' })
export class UpdateDependencyInput extends UpdateMutationInput {
  @IdInput('The dependency.')
  dependencyId!: string;

  @Field(() => DependencyStatus, { description: 'New status. WAITING needs waitingOn; NOT_APPLICABLE needs a note saying why.' })
  @IsEnum(DependencyStatus)
  status!: DependencyStatus;

  @Field(() => Party, { nullable: true, description: 'The party waited on (required with WAITING).' })
  @ValidateIf((o) => o.status === DependencyStatus.WAITING)
  @IsEnum(Party, { message: 'waitingOn must name the party waited on when the status is WAITING' })
  waitingOn?: Party | null;

  @Field(() => String, { nullable: true, description: `Person responsible (up to ${figure(MAX_LENGTH.title)} characters); omit to keep.` })
  @IsOptional() @Text(1, MAX_LENGTH.title)
  owner?: string | null;

  @Field(() => String, { nullable: true, description: `Reference in an outside system (up to ${figure(MAX_LENGTH.title)} characters); omit to keep.` })
  @IsOptional() @Text(1, MAX_LENGTH.title)
  externalReference?: string | null;

  @Field(() => String, { nullable: true, description: `With NOT_APPLICABLE (required): why it does not apply, kept as the dependency’s note. With another status: a note on the state, added to the dependency’s thread as a shared comment (${MIN_SAID} to ${figure(MAX_LENGTH.reason)} characters).` })
  @ValidateIf((o) => o.status === DependencyStatus.NOT_APPLICABLE || (o.note !== undefined && o.note !== null))
  @Text(MIN_SAID, MAX_LENGTH.reason, { message: `note must say why (${MIN_SAID} to ${figure(MAX_LENGTH.reason)} characters)` })
  note?: string | null;
}
