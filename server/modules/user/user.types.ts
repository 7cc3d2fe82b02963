import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Connection } from '../../graphql/pagination';
import { ApiToken, Role, User } from './user.entity';

export const UserConnection = Connection(User, 'A page of users, by e-mail.');
export const ApiTokenConnection = Connection(ApiToken, 'A page of API tokens, newest first.');

@ObjectType({ description: 'The result of signing in; the session itself travels in an HttpOnly cookie.' })
export class SignInPayload {
  @Field(() => User, { description: 'The person now signed in.' })
  user!: User;

  @Field(() => [String], { nullable: true, description: 'Recovery codes, returned once when this sign-in completed two-factor enrolment.' })
  recoveryCodes!: string[] | null;
}

@ObjectType({ description: 'A new two-factor secret to add to an authenticator app.' })
export class MfaEnrolment {
  @Field(() => String, { nullable: true, description: 'The secret in base32, for typing in by hand; null in the answer to a resend of the same mutationId, as it is shown only once.' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'The otpauth:// URI to show as a QR code; null when `secret` is.' })
  otpauthUri!: string | null;
}

@ObjectType({ description: 'One-time codes that stand in for the authenticator app; shown once.' })
export class RecoveryCodes {
  @Field(() => [String], { nullable: true, description: 'The codes; each works once. Null in the answer to a resend of the same mutationId, as they are shown only once.' })
  codes!: string[] | null;
}

@ObjectType({ description: 'A new API token. The token is shown only now: store it in the reporting tool.' })
export class CreatedApiToken {
  @Field(() => String, { nullable: true, description: 'The secret token, for `Authorization: Bearer <token>`; null in the answer to a resend of the same mutationId, as it is shown only once.' })
  token!: string | null;

  @Field(() => ApiToken, { description: 'The token’s record.' })
  apiToken!: ApiToken;
}

@ObjectType({ description: 'A one-time link with which a person sets their password.' })
export class PasswordLink {
  @Field(() => String, { nullable: true, description: 'The link to give the person (valid once); null in the answer to a resend of the same mutationId, as it is shown only once.' })
  url!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the link stops working (24 hours).' })
  expiresAt!: Date;
}

@ObjectType({ description: 'A new user and the link with which they set their password.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The new user.' })
  user!: User;

  @Field(() => PasswordLink, { description: 'Give this link to the person: they choose their password with it.' })
  passwordLink!: PasswordLink;
}

@InputType({ description: 'Filters for users.' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'Only this role.' })
  @IsOptional() @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'E-mail or name contains this text.' })
  @IsOptional() @Length(1, 100)
  search?: string | null;
}

@InputType({ description: 'Filters for the API tokens overview; all given must match.' })
export class ApiTokenFilter {
  @Field(() => ID, { nullable: true, description: 'Only the tokens of this user.' })
  @IsOptional() @IsUUID()
  userId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only tokens that still work; false: only revoked ones; omit for both.' })
  @IsOptional() @IsBoolean()
  active?: boolean | null;
}
