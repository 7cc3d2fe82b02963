import { IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { Role } from './user.entity';
import { Text } from '../../graphql/text';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';


@InputType({ description: 'Credentials for signing in.' })
export class SignInInput {
  @Field(() => String, { description: 'E-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(256)
  password!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code of the authenticator app, when asked for (MFA_REQUIRED).' })
  @IsOptional() @Matches(/^\d{6}$/, { message: 'totpCode must be the 6 digits your authenticator app shows' })
  totpCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A recovery code, instead of the 6-digit code.' })
  @IsOptional() @Length(8, 20)
  recoveryCode?: string | null;
}

@InputType({ description: 'Proves again who the signed-in person is, before a change to how they sign in.' })
export class ConfirmIdentityInput {
  @Field(() => String, { description: 'Your password.' })
  @MaxLength(256)
  password!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code of your authenticator app: required when you use one.' })
  @IsOptional() @Matches(/^\d{6}$/, { message: 'totpCode must be the 6 digits your authenticator app shows' })
  totpCode?: string | null;
}

@InputType({ description: 'A new password for the signed-in person, who confirmed who they are (confirmIdentity) in the last 5 minutes.' })
export class ChangePasswordInput extends MutationInput {
  @Field(() => String, { description: 'The new password: at least 12 characters, not a common one.' })
  @MaxLength(256)
  newPassword!: string;
}

@InputType({ description: 'Confirms two-factor enrolment with a code from the new secret.' })
export class ConfirmMfaEnrolmentInput extends MutationInput {
  @Field(() => String, { description: 'The 6-digit code the authenticator app shows.' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits your authenticator app shows' })
  code!: string;
}

@InputType({ description: 'A new personal API token for a reporting tool.' })
export class CreateApiTokenInput extends MutationInput {
  @Field(() => String, { description: 'What it is for (3 to 100 characters), e.g. "Power BI portfolio".' })
  @Length(3, 100)
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

  @Field(() => String, { description: 'The new password: at least 12 characters, not a common one.' })
  @MaxLength(256)
  newPassword!: string;
}

@InputType({ description: 'A new user account.' })
export class CreateUserInput extends MutationInput {
  @Field(() => String, { description: 'E-mail address (the sign-in name).' })
  @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Name shown to others (2 to 200 characters).' })
  @Text(2, 200)
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
