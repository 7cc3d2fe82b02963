import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { ADMINS, ANY_ROLE, TOKEN_HOLDERS } from '../access/roles';
import { Organization } from '../organization/organization.entity';
import { MutationIdInput } from '../sync/sync.inputs';
import { completePasswordReset, confirmIdentity, signIn } from './sign-in.service';
import { ApiToken, User } from './user.entity';
import {
  ChangePasswordInput, CompletePasswordResetInput, ConfirmIdentityInput, ConfirmMfaEnrolmentInput, CreateApiTokenInput,
  CreateUserInput, RevokeApiTokenInput, SignInInput, UpdateUserInput, UserActionInput,
} from './user.inputs';
import * as users from './user.service';
import {
  CreatedApiToken, CreateUserPayload, MfaEnrolment, PasswordLink, RecoveryCodes, SignInPayload, UserConnection, UserFilter,
} from './user.types';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null when not signed in.' })
  me(@Ctx() ctx: Context) {
    return users.me(ctx);
  }

  @Authorized(TOKEN_HOLDERS)
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first (revoked ones included).' })
  myApiTokens(@Ctx() ctx: Context) {
    return users.myApiTokens(ctx);
  }

  @Authorized(ADMINS)
  @Query(() => UserConnection, { description: 'User accounts, by e-mail.' })
  async users(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Filters.' }) filter: UserFilter | null,
    @Ctx() ctx: Context,
  ) {
    const query = () => {
      const q = ctx.db.manager.createQueryBuilder(User, 'u').where('1 = 1');
      if (filter?.role) q.andWhere('u.role = :role', { role: filter.role });
      // % and _ in the search are letters, not wildcards.
      if (filter?.search) q.andWhere(`(LOWER(u.email) LIKE :search ESCAPE '\\' OR LOWER(u."displayName") LIKE :search ESCAPE '\\')`, { search: `%${filter.search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` });
      return q;
    };
    const paged = query();
    const cursor = decodeCursor(page.after, 1);
    if (cursor) paged.andWhere('u.email > :after', { after: cursor[0] });
    const rows = await paged.orderBy('u.email', 'ASC').limit(page.first + 1).getMany();
    return toConnection(rows, page, await query().getCount(), (u) => [u.email]);
  }

  @Mutation(() => SignInPayload, { description: 'Signs in; the session is set as an HttpOnly cookie. May answer MFA_REQUIRED, ACCOUNT_LOCKED or RATE_LIMITED.' })
  signIn(@Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput, @Ctx() ctx: Context) {
    return signIn(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  signOut(@Ctx() ctx: Context) {
    return users.signOut(ctx);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => Boolean, { description: 'Proves again who you are, with your password (and TOTP code when you use one), so that for 5 minutes this session may change your password or second factor and create API tokens. A wrong answer counts towards the sign-in lock.' })
  confirmIdentity(@Arg('input', () => ConfirmIdentityInput, { description: 'Password and code.' }) input: ConfirmIdentityInput, @Ctx() ctx: Context) {
    return confirmIdentity(ctx, input);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => Boolean, { description: 'Changes your password and ends your other sessions. Needs confirmIdentity in the last 5 minutes (REAUTHENTICATION_REQUIRED).' })
  changePassword(@Arg('input', () => ChangePasswordInput, { description: 'Current and new password.' }) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return users.changePassword(ctx, input);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => MfaEnrolment, { description: 'Starts two-factor enrolment, or replaces the second factor: add the secret to an authenticator app, then confirm. Needs confirmIdentity in the last 5 minutes.' })
  startMfaEnrolment(@Arg('input', () => MutationIdInput, { description: 'Its mutationId.' }) input: MutationIdInput, @Ctx() ctx: Context) {
    return users.startMfaEnrolment(ctx, input);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => RecoveryCodes, { description: 'Confirms two-factor enrolment with a code; returns new recovery codes once. Needs confirmIdentity in the last 5 minutes.' })
  confirmMfaEnrolment(@Arg('input', () => ConfirmMfaEnrolmentInput, { description: 'The code.' }) input: ConfirmMfaEnrolmentInput, @Ctx() ctx: Context) {
    return users.confirmMfaEnrolment(ctx, input);
  }

  @Authorized(TOKEN_HOLDERS)
  @Mutation(() => CreatedApiToken, { description: 'Creates a personal read-only API token; the token is shown once. Needs confirmIdentity in the last 5 minutes.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'Its name.' }) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return users.createApiToken(ctx, input);
  }

  @Authorized(TOKEN_HOLDERS)
  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens at once; an administrator may revoke anyone’s (see apiTokens).' })
  revokeApiToken(@Arg('input', () => RevokeApiTokenInput, { description: 'The token.' }) input: RevokeApiTokenInput, @Ctx() ctx: Context) {
    return users.revokeApiToken(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with a one-time link; ends every session of the account.' })
  completePasswordReset(@Arg('input', () => CompletePasswordResetInput, { description: 'Link token and new password.' }) input: CompletePasswordResetInput, @Ctx() ctx: Context) {
    return completePasswordReset(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => CreateUserPayload, { description: 'Creates an account and a one-time link with which the person sets a password.' })
  createUser(@Arg('input', () => CreateUserInput, { description: 'The account.' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return users.createUser(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => User, { description: 'Changes a role or organization, or deactivates (ends all sessions) or reactivates an account.' })
  updateUser(@Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput, @Ctx() ctx: Context) {
    return users.updateUser(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => PasswordLink, { description: 'A new one-time link (24 h) with which the person sets a new password.' })
  resetPassword(@Arg('input', () => UserActionInput, { description: 'The user.' }) input: UserActionInput, @Ctx() ctx: Context) {
    return users.resetPassword(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => User, { description: 'Lifts a lock caused by failed sign-ins.' })
  unlockUser(@Arg('input', () => UserActionInput, { description: 'The user.' }) input: UserActionInput, @Ctx() ctx: Context) {
    return users.unlockUser(ctx, input);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The court or LEA of a PARTNER_USER.' })
  organization(@Root() user: User, @Ctx() ctx: Context) {
    return user.organizationId ? ctx.loaders.organization.load(user.organizationId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the person signs in with a second factor.' })
  mfaEnabled(@Root() user: User) {
    return !!user.totpSecret;
  }

  @FieldResolver(() => DateTimeResolver, { nullable: true, description: 'Until when failed sign-ins lock the account; null when not locked.' })
  lockedUntil(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.lockOfEmail.load(user.email);
  }
}
