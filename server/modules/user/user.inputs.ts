import { IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { Role } from './user.entity';
import { Text } from '../../graphql/text';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { DISPLAY_NAME_LENGTH, MAX_EMAIL_LENGTH, PASSWORD_LENGTH, RECOVERY_CODE_LENGTH, TOKEN_NAME_LENGTH, TOTP_CODE, TOTP_DIGITS } from '../../../rules/limits';

const totpMessage = (field: string) => `${field} must be the ${TOTP_DIGITS} digits your authenticator app shows`;

@InputType({ description: 'Credentials for signing in.' })
export class SignInInput {
  @Field(() => String, { description: 'E-mail address.' })
  @MaxLength(MAX_EMAIL_LENGTH)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(PASSWORD_LENGTH.max)
  password!: string;

  @Field(() => String, { nullable: true, description: `The ${TOTP_DIGITS}-digit code of the authenticator app, when asked for (MFA_REQUIRED).` })
  @IsOptional() @Matches(TOTP_CODE, { message: totpMessage('totpCode') })
  totpCode?: string | null;

  @Field(() => String, { nullable: true, description: `A recovery code, instead of the ${TOTP_DIGITS}-digit code.` })
  @IsOptional() @Length(RECOVERY_CODE_LENGTH.min, RECOVERY_CODE_LENGTH.max)
  recoveryCode?: string | null;
}

@InputType({ description: 'Proves again who the signed-in person is, before a change to how they sign in.' })
export class ConfirmIdentityInput {
  @Field(() => String, { description: 'Your password.' })
  @MaxLength(PASSWORD_LENGTH.max)
  password!: string;

  @Field(() => String, { nullable: true, description: `The ${TOTP_DIGITS}-digit code of your authenticator app: required when you use one.` })
  @IsOptional() @Matches(TOTP_CODE, { message: totpMessage('totpCode') })
  totpCode?: string | null;
}

@InputType({ description: 'A new password for the signed-in person, who confirmed who they are (confirmIdentity) in the last 5 minutes.' })
export class ChangePasswordInput extends MutationInput {
  @Field(() => String, { description: `The new password: at least ${PASSWORD_LENGTH.min} characters, not a common one.` })
  @MaxLength(PASSWORD_LENGTH.max)
  newPassword!: string;
}

@InputType({ description: 'Confirms two-factor enrolment with a code from the new secret.' })
export class ConfirmMfaEnrolmentInput extends MutationInput {
  @Field(() => String, { description: `The ${TOTP_DIGITS}-digit code the authenticator app shows.` })
  @Matches(TOTP_CODE, { message: totpMessage('code') })
  code!: string;
}

@InputType({ description: 'A new personal API token for a reporting tool.' })
export class CreateApiTokenInput extends MutationInput {
  @Field(() => String, { description: `What it is for (${TOKEN_NAME_LENGTH.min} to ${TOKEN_NAME_LENGTH.max} characters), e.g. "Power BI portfolio".` })
  @Length(TOKEN_NAME_LENGTH.min, TOKEN_NAME_LENGTH.max)
  name!: string;
}

@InputType({ description: 'Revokes an API token: one of yours, or anyone’s for an administrator.' })
export class RevokeApiTokenInput extends MutationInput {
  @IdInput('The token.')
  apiTokenId!: string;
}

@InputType({ description: 'Sets a new password with a one-time link from an administrator.' })
export class CompletePasswordResetInput {
  @Field(() => String, { description: 'The token of the link.' })
  @Length(20, 100)
  token!: string;

  @Field(() => String, { description: `The new password: at least ${PASSWORD_LENGTH.min} characters, not a common one.` })
  @MaxLength(PASSWORD_LENGTH.max)
  newPassword!: string;
}

@InputType({ description: 'A new user account.' })
export class CreateUserInput extends MutationInput {
  @Field(() => String, { description: 'E-mail address (the sign-in name).' })
  @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(MAX_EMAIL_LENGTH)
  email!: string;

  @Field(() => String, { description: `Name shown to others (${DISPLAY_NAME_LENGTH.min} to ${DISPLAY_NAME_LENGTH.max} characters).` })
  @Text(DISPLAY_NAME_LENGTH.min, DISPLAY_NAME_LENGTH.max)
  displayName!: string;

  @Field(() => Role, { description: 'What the person may do.' })
  @IsEnum(Role)
  role!: Role;

  @OptionalIdInput('The court or LEA of a PARTNER_USER (required for that role only).')
  organizationId?: string | null;
}

@InputType({ description: 'Changes an account’s role, organization or whether it may sign in.' })
export class UpdateUserInput extends UpdateMutationInput {
  @IdInput('The user.')
  userId!: string;

  @Field(() => Role, { nullable: true, description: 'New role; omit to keep.' })
  @IsOptional() @IsEnum(Role)
  role?: Role | null;

  @OptionalIdInput('New organization (PARTNER_USER); omit to keep.')
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the account and ends its sessions; omit to keep.' })
  @IsOptional()
  active?: boolean | null;
}

@InputType({ description: 'One user, by id.' })
export class UserActionInput extends MutationInput {
  @IdInput('The user.')
  userId!: string;
}
