import { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, notFound, problem } from '../../graphql/errors';
import { requireSignIn } from '../access/auth-checker';
import { recordSecurityEvent, recordSecurityEventIn, SecurityEvent } from '../audit/audit.service';
import { noteChange } from '../audit/audit.subscriber';
import { Organization } from '../organization/organization.entity';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import type { MutationIdInput } from '../sync/sync.inputs';
import {
  decryptSecret, encryptSecret, hashPassword, keyedHash, newRecoveryCodes, newToken, newTotpSecret, otpauthUri, passwordProblems, sha256,
  totpMatches,
} from './credentials';
import { clearFailures, requireRecentIdentity } from './sign-in.service';
import { endSession, revokeSessions } from './session.service';
import { ApiToken, PasswordReset, Role, User } from './user.entity';
import {
  ChangePasswordInput, ConfirmMfaEnrolmentInput, CreateApiTokenInput,
  CreateUserInput, RevokeApiTokenInput, UpdateUserInput, UserActionInput,
} from './user.inputs';

/** How long a password link stays valid. */
const RESET_LINK_HOURS = 24;

const securityEvent = (ctx: Context, operation: SecurityEvent['operation'], details?: Record<string, unknown>, entityId?: string): SecurityEvent => ({
  operation, userId: ctx.actor.userId, actor: ctx.actor.name, role: ctx.actor.role, clientAddress: ctx.clientAddress,
  details, entityType: entityId ? 'User' : undefined, entityId, at: ctx.clock.now(),
});
const security = (ctx: Context, operation: SecurityEvent['operation'], details?: Record<string, unknown>) =>
  recordSecurityEvent(ctx.db, securityEvent(ctx, operation, details));
/** The security event of a change, in its transaction: a resend of the change writes none. */
const securityIn = (tx: EntityManager, ctx: Context, operation: SecurityEvent['operation'], details?: Record<string, unknown>, entityId?: string) =>
  recordSecurityEventIn(tx, securityEvent(ctx, operation, details, entityId));

async function currentUser(ctx: Context): Promise<User> {
  requireSignIn(ctx);
  return ctx.db.manager.findOneByOrFail(User, { id: ctx.actor.userId! });
}

export async function me(ctx: Context) {
  return ctx.actor.userId ? ctx.db.manager.findOneBy(User, { id: ctx.actor.userId }) : null;
}

export async function signOut(ctx: Context) {
  await endSession(ctx.db, ctx.clock, ctx.actor.sessionId, ctx.res!);
  if (ctx.actor.userId) await security(ctx, 'SIGN_OUT');
  return true;
}

export async function changePassword(ctx: Context, input: ChangePasswordInput) {
  const user = await currentUser(ctx);
  const problems = passwordProblems(input.newPassword, 'newPassword', user.email);
  if (problems.length) throw badInput(problems);
  // Hashed before the write's transaction, which would otherwise wait on it.
  const passwordHash = await hashPassword(input.newPassword);
  // The kept input hash must not be a fast hash of the password: it is keyed with the app's secret.
  const kept = { mutationId: input.mutationId, newPassword: keyedHash(input.newPassword, ctx.config.appSecret) };
  return applyMutation(ctx, { operation: 'changePassword', input: kept }, async (tx) => {
    // The current password is proved with confirmIdentity, under the sign-in lockout, not here.
    await requireRecentIdentity(ctx, tx, user);
    const record = await loadForUpdate(tx, User, user.id);
    Object.assign(record, { passwordHash, updatedBy: user.displayName });
    await tx.save(record);
    // Anyone holding an older session (another device, a stolen cookie) is signed out.
    await revokeSessions(tx, ctx.clock, user.id, ctx.actor.sessionId);
    await securityIn(tx, ctx, 'PASSWORD_CHANGED', undefined, user.id);
    return true;
  });
}

/**
 * A new pending second factor. The secret is shown once: the outcome kept for a resend of the
 * same mutationId has none, so a resend answers nulls and makes no second secret.
 */
export async function startMfaEnrolment(ctx: Context, input: MutationIdInput) {
  const user = await currentUser(ctx);
  let secret: string | null = null;
  await applyMutation(ctx, { operation: 'startMfaEnrolment', input }, async (tx) => {
    await requireRecentIdentity(ctx, tx, user);
    secret = newTotpSecret();
    const record = await loadForUpdate(tx, User, user.id);
    record.totpPendingSecret = encryptSecret(secret, ctx.config.appSecret);
    await tx.save(record);
    return true;
  });
  return { secret, otpauthUri: secret && otpauthUri(secret, user.email) };
}

/** Enrols or replaces the second factor; new recovery codes replace the old ones, shown once like startMfaEnrolment's secret. */
export async function confirmMfaEnrolment(ctx: Context, input: ConfirmMfaEnrolmentInput) {
  const user = await currentUser(ctx);
  let codes: string[] | null = null;
  await applyMutation(ctx, { operation: 'confirmMfaEnrolment', input }, async (tx) => {
    await requireRecentIdentity(ctx, tx, user);
    const record = await loadForUpdate(tx, User, user.id);
    if (!record.totpPendingSecret) throw problem('INVALID_TRANSITION', 'Start the enrolment first: there is no secret waiting to be confirmed.');
    if (!totpMatches(decryptSecret(record.totpPendingSecret, ctx.config.appSecret), user.email, input.code, ctx.clock.now())) {
      throw badInput([{ field: 'code', message: 'does not match; check the time on your device and enter the newest code.' }]);
    }
    codes = newRecoveryCodes();
    Object.assign(record, { totpSecret: record.totpPendingSecret, totpPendingSecret: null, recoveryCodeHashes: codes.map(sha256) });
    await tx.save(record);
    await securityIn(tx, ctx, 'MFA_ENROLLED', undefined, user.id);
    return true;
  });
  return { codes };
}

export async function myApiTokens(ctx: Context) {
  requireSignIn(ctx);
  return ctx.db.manager.find(ApiToken, { where: { userId: ctx.actor.userId! }, order: { createdAt: 'DESC' } });
}

/**
 * A new API token. The outcome kept for its mutationId holds the record, never the secret: a resend
 * answers the same token record with `token` null, and creates no second one.
 */
export async function createApiToken(ctx: Context, input: CreateApiTokenInput) {
  const user = await currentUser(ctx);
  let token: string | null = null;
  const { apiToken } = await applyMutation(ctx, { operation: 'createApiToken', input }, async (tx) => {
    await requireRecentIdentity(ctx, tx, user);
    token = `ccpor_${newToken()}`;
    const apiToken = await tx.save(tx.create(ApiToken, {
      userId: user.id, name: input.name.trim(), prefix: token.slice(0, 12), tokenHash: sha256(token), lastUsedAt: null, revokedAt: null,
    }));
    await securityIn(tx, ctx, 'API_TOKEN_CREATED', { apiTokenId: apiToken.id, name: apiToken.name });
    return { apiToken };
  });
  return { token, apiToken };
}

/**
 * Revokes a token. Whose tokens the caller may name (their own; an administrator anyone's, a leaked
 * one or a person's who left) is the scope check's (access/in-scope.middleware.ts, `apiToken`).
 */
export function revokeApiToken(ctx: Context, input: RevokeApiTokenInput) {
  return applyMutation(ctx, { operation: 'revokeApiToken', input }, async (tx) => {
    const apiToken = await loadForUpdate(tx, ApiToken, input.apiTokenId);
    if (apiToken.revokedAt) return apiToken;
    apiToken.revokedAt = ctx.clock.now();
    await securityIn(tx, ctx, 'API_TOKEN_REVOKED', { apiTokenId: apiToken.id, name: apiToken.name, ownerId: apiToken.userId });
    return tx.save(apiToken);
  });
}

// ---------------------------------------------------------------------------------------------
// Administration

async function checkOrganization(ctx: Context, role: Role, organizationId: string | null | undefined) {
  if (role === Role.PARTNER_USER && !organizationId) {
    throw badInput([{ field: 'organizationId', message: 'is required for a partner: the court or LEA they belong to.' }]);
  }
  if (organizationId && !(await ctx.db.manager.findOneBy(Organization, { id: organizationId }))) {
    throw badInput([{ field: 'organizationId', message: 'is not a court or law-enforcement agency.' }]);
  }
}

/**
 * A one-time link to set a password, valid 24 hours, made in the change's transaction. Its url is
 * shown once, to the admin: the outcome kept for a resend has only `expiresAt`, so `url` is null then.
 */
async function passwordLink(ctx: Context, tx: EntityManager, userId: string, shown: { url: string | null }) {
  const token = newToken();
  const expiresAt = new Date(ctx.clock.now().getTime() + RESET_LINK_HOURS * 3_600_000);
  await tx.save(tx.create(PasswordReset, { tokenHash: sha256(token), userId, expiresAt, usedAt: null }));
  const origin = ctx.req ? `${ctx.req.protocol}://${ctx.req.get('host')}` : '';
  shown.url = `${origin}/reset-password?token=${token}`;
  return { expiresAt };
}

export async function createUser(ctx: Context, input: CreateUserInput) {
  await checkOrganization(ctx, input.role, input.organizationId);
  const email = input.email.trim().toLowerCase();
  const shown = { url: null as string | null };
  const { user, expiresAt } = await applyMutation(ctx, { operation: 'createUser', input }, async (tx) => {
    if (await tx.findOneBy(User, { email })) throw badInput([{ field: 'email', message: `${email} already has an account.` }]);
    const user = await tx.save(tx.create(User, {
      email, displayName: input.displayName.trim(), role: input.role, organizationId: input.organizationId ?? null,
      // Unusable until the person sets a password through the link.
      passwordHash: `!${newToken()}`, active: true, updatedBy: ctx.actor.name,
    }));
    return { user, ...(await passwordLink(ctx, tx, user.id, shown)) };
  });
  return { user, passwordLink: { url: shown.url, expiresAt: new Date(expiresAt) } };
}

export function updateUser(ctx: Context, input: UpdateUserInput) {
  return applyMutation(ctx, { operation: 'updateUser', input }, async (tx) => {
    const user = await loadForUpdate(tx, User, input.userId, 'User');
    const attempted = Object.fromEntries(Object.entries({ role: input.role, organizationId: input.organizationId, active: input.active }).filter(([, v]) => v !== undefined && v !== null));
    const stale = await refuseIfStale(tx, ctx, { operation: 'updateUser', mutationId: input.mutationId, baseVersion: input.baseVersion, record: user, deploymentId: null, attempted });
    if (stale) return stale;
    const role = input.role ?? user.role;
    await checkOrganization(ctx, role, input.organizationId ?? user.organizationId);
    if (user.id === ctx.actor.userId && (input.active === false || (input.role && input.role !== Role.ADMIN))) {
      throw problem('INVALID_TRANSITION', 'You cannot deactivate yourself or give up your own ADMIN role; ask another administrator.');
    }
    user.role = role;
    if (input.organizationId !== undefined && input.organizationId !== null) user.organizationId = input.organizationId;
    if (role !== Role.PARTNER_USER) user.organizationId = null;
    if (input.active !== undefined && input.active !== null) user.active = input.active;
    user.updatedBy = ctx.actor.name;
    if (!user.active) await revokeSessions(tx, ctx.clock, user.id);
    return tx.save(user);
  });
}

/** A new password link; a resend of the same mutationId makes no second link (and shows no url). */
export async function resetPassword(ctx: Context, input: UserActionInput) {
  const shown = { url: null as string | null };
  const { expiresAt } = await applyMutation(ctx, { operation: 'resetPassword', input }, async (tx) => {
    const user = await tx.findOneBy(User, { id: input.userId });
    if (!user) throw notFound('User', input.userId);
    await securityIn(tx, ctx, 'PASSWORD_RESET', { userId: user.id }, user.id);
    return passwordLink(ctx, tx, user.id, shown);
  });
  return { url: shown.url, expiresAt: new Date(expiresAt) };
}

/** Clears the account's failed sign-ins; the audit trail shows it as a change of the account's lock. */
export function unlockUser(ctx: Context, input: UserActionInput) {
  return applyMutation(ctx, { operation: 'unlockUser', input }, async (tx) => {
    const user = await tx.findOneBy(User, { id: input.userId });
    if (!user) throw notFound('User', input.userId);
    const failures = await clearFailures(tx, user.email);
    noteChange(tx.queryRunner, tx.connection.getMetadata(User), user.id,
      { failedSignIns: failures?.count ?? 0, lockedUntil: failures?.lockedUntil?.toISOString() ?? null }, { failedSignIns: 0, lockedUntil: null });
    await securityIn(tx, ctx, 'ACCOUNT_UNLOCKED', { userId: user.id }, user.id);
    return user;
  });
}
