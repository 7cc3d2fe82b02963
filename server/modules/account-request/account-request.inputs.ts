import { IsBoolean, IsEmail, IsEnum, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { AccountRequestStatus, CcporRole } from './account-request.entity';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, MIN_SAID, figure } from '../../../rules/limits';

@InputType({ description: 'A request for a CCPOR account for a person of the court or a participating LEA.' })
export class RequestAccountInput extends MutationInput {
  @OptionalIdInput('Id chosen by the device (UUID).')
  id?: string | null;

  @IdInput('The deployment.')
  deploymentId!: string;

  @IdInput('The court or participating LEA the person works for.')
  organizationId!: string;

  @Field(() => String, { description: `Full name (1 to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(1, MAX_LENGTH.title)
  personName!: string;

  @Field(() => String, { description: 'E-mail address the account is sent to.' })
  @IsEmail() @MaxLength(254)
  email!: string;

  @Field(() => CcporRole, { description: 'Role in CCPOR.' })
  @IsEnum(CcporRole)
  ccporRole!: CcporRole;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether the account sees sealed orders.' })
  @IsBoolean()
  sealedOrders!: boolean;
}

@InputType({ description: 'Approves, activates or rejects an account request.' })
export class ChangeAccountRequestStatusInput extends UpdateMutationInput {
  @IdInput('The request.')
  requestId!: string;

  @Field(() => AccountRequestStatus, { description: 'APPROVED (from REQUESTED), ACTIVE (from APPROVED) or REJECTED (from either, with a reason).' })
  @IsEnum(AccountRequestStatus)
  status!: AccountRequestStatus;

  @Field(() => String, { nullable: true, description: `Why it is rejected (${MIN_SAID} to ${figure(MAX_LENGTH.reason)} characters); required with REJECTED.` })
  @IsOptional() @Length(MIN_SAID, MAX_LENGTH.reason)
  reason?: string | null;
}
