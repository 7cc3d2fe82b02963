import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../db/data-source';
import type { Context } from '../../graphql/context';
import { problem } from '../../graphql/errors';
import { recordSecurityEvent, SecurityEvent } from '../audit/audit.service';
import {
  burnOneHash, decryptSecret, encryptSecret, newRecoveryCodes, newTotpSecret, otpauthUri, sha256, totpMatches, verifyPassword,
} from './credentials';
import { startSession } from './session.service';
import { SignInCounter, User } from './user.entity';
import type { SignInInput } from './user.inputs';

/** Consecutive failures that lock an e-mail address, and for how long. */
const MAX_FAILURES = 5;
const LOCK_MINUTES = 10;

const WRONG_CREDENTIALS = 'Email or password is wrong. Check them and try again.';

/**
 * Signs a person in (docs/security.md#sign-in). Attempts are limited per client address per
 * minute; five consecutive failures lock the e-mail address for 10 minutes, whether or not it
 * belongs to anyone, so the answers never reveal who has an account. Counters live in the
 * database, so every server process agrees. Each attempt counts, even several in one request.
 */
export async function signIn(ctx: Context, input: SignInInput): Promise<{ user: User; recoveryCodes: string[] | null }> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();
  const security = (operation: SecurityEvent['operation'], user?: User | null, details?: Record<string, unknown>) =>
    recordSecurityEvent(ctx.db, {
      operation, userId: user?.id ?? null, actor: user?.displayName ?? email, role: user?.role ?? null,
      clientAddress: ctx.clientAddress, details, at: now,
    });

  if (!(await withinRate(ctx.db, `rate:${ctx.clientAddress ?? 'unknown'}`, ctx.config.signInRatePerMinute, now))) {
    await security('RATE_LIMITED', null, { email });
    throw problem('RATE_LIMITED', 'Too many sign-in attempts from this address. Wait a minute and try again.');
  }
  const lockedUntil = await lockOf(ctx.db, email, now);
  if (lockedUntil) {
    await security('ACCOUNT_LOCKED', null, { email });
    throw problem('ACCOUNT_LOCKED', `Too many failed sign-ins: try again after ${lockedUntil.toISOString().slice(11, 16)} UTC, or ask an administrator to unlock the account.`);
  }

  const user = await ctx.db.manager.findOneBy(User, { email });
  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : (await burnOneHash(input.password), false);
  if (!user || !user.active || !passwordOk) {
    const locked = await countFailure(ctx.db, email, now);
    await security(locked ? 'ACCOUNT_LOCKED' : 'SIGN_IN_FAILED', user, { email, reason: !user ? 'unknown e-mail' : !user.active ? 'deactivated' : 'wrong password' });
    throw problem('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }

  const needsMfa = !!user.totpSecret || ctx.config.mfaRequiredRoles.includes(user.role);
  const recoveryCodes = needsMfa ? await checkSecondFactor(ctx, user, input, now) : null;
  await inTransaction(ctx.db, async (tx) => {
    await clearFailures(tx, email);
    await tx.update(User, { id: user.id }, { lastSignInAt: now });
  });
  await startSession(ctx.db, ctx.clock, ctx.config, user, ctx.req!, ctx.res!);
  await security('SIGN_IN', user, { mfa: needsMfa });
  return { user: (await ctx.db.manager.findOneByOrFail(User, { id: user.id })), recoveryCodes };
}

/**
 * The second factor. A person who must use one and has none is offered enrolment (a new secret in
 * the MFA_REQUIRED error), confirmed by signing in again with a code from it; recovery codes are
 * returned once, then. Returns the new recovery codes, or null.
 */
async function checkSecondFactor(ctx: Context, user: User, input: SignInInput, now: Date): Promise<string[] | null> {
  const secret = ctx.config.appSecret;
  if (!user.totpSecret) {
    if (!input.totpCode || !user.totpPendingSecret) {
      const pending = newTotpSecret();
      await inTransaction(ctx.db, (tx) => tx.update(User, { id: user.id }, { totpPendingSecret: encryptSecret(pending, secret) }));
      throw problem('MFA_REQUIRED', 'Your role needs a second factor. Scan the code with an authenticator app, then sign in again with the 6-digit code it shows.', {
        enrolmentRequired: true, secret: pending, otpauthUri: otpauthUri(pending, user.email),
      });
    }
    const pending = decryptSecret(user.totpPendingSecret, secret);
    if (!totpMatches(pending, user.email, input.totpCode, now)) return wrongCode(ctx, user, now);
    const codes = newRecoveryCodes();
    await inTransaction(ctx.db, (tx) => tx.update(User, { id: user.id }, {
      totpSecret: user.totpPendingSecret, totpPendingSecret: null, recoveryCodeHashes: codes.map(sha256) as never,
    }));
    await recordSecurityEvent(ctx.db, { operation: 'MFA_ENROLLED', userId: user.id, actor: user.displayName, role: user.role, clientAddress: ctx.clientAddress, at: now });
    return codes;
  }
  if (input.recoveryCode) {
    const hash = sha256(input.recoveryCode.trim().toLowerCase());
    if (!(user.recoveryCodeHashes ?? []).includes(hash)) return wrongCode(ctx, user, now);
    await inTransaction(ctx.db, (tx) => tx.update(User, { id: user.id }, { recoveryCodeHashes: user.recoveryCodeHashes!.filter((h) => h !== hash) as never }));
    return null;
  }
  if (!input.totpCode) {
    throw problem('MFA_REQUIRED', 'Enter the 6-digit code from your authenticator app (or a recovery code).', { enrolmentRequired: false });
  }
  if (!totpMatches(decryptSecret(user.totpSecret, secret), user.email, input.totpCode, now)) return wrongCode(ctx, user, now);
  return null;
}

async function wrongCode(ctx: Context, user: User, now: Date): Promise<never> {
  const locked = await countFailure(ctx.db, user.email, now);
  await recordSecurityEvent(ctx.db, {
    operation: locked ? 'ACCOUNT_LOCKED' : 'SIGN_IN_FAILED', userId: user.id, actor: user.displayName, role: user.role,
    clientAddress: ctx.clientAddress, details: { reason: 'wrong second factor' }, at: now,
  });
  throw problem('UNAUTHENTICATED', 'That code is not right. Check the time on your device and try again.');
}

/** Counts an attempt in this minute's window for `key`; false once over `limit`. */
async function withinRate(db: DataSource, key: string, limit: number, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const counter = await tx.findOneBy(SignInCounter, { key });
    if (!counter || counter.windowStart.getTime() !== windowStart.getTime()) {
      await tx.upsert(SignInCounter, { key, count: 1, windowStart, lockedUntil: null }, ['key']);
      return limit >= 1;
    }
    await tx.update(SignInCounter, { id: counter.id }, { count: counter.count + 1 });
    return counter.count + 1 <= limit;
  });
}

async function lockOf(db: DataSource, email: string, now: Date): Promise<Date | null> {
  const counter = await db.manager.findOneBy(SignInCounter, { key: `fail:${email}` });
  return counter?.lockedUntil && counter.lockedUntil > now ? counter.lockedUntil : null;
}

/** Counts a failure; the fifth in a row locks the address. Returns whether it is now locked. */
function countFailure(db: DataSource, email: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const key = `fail:${email}`;
    const counter = await tx.findOneBy(SignInCounter, { key });
    const count = (counter?.lockedUntil && counter.lockedUntil <= now ? 0 : counter?.count ?? 0) + 1;
    const lockedUntil = count >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await tx.upsert(SignInCounter, { key, count: lockedUntil ? 0 : count, windowStart: now, lockedUntil }, ['key']);
    return !!lockedUntil;
  });
}

export const clearFailures = (tx: EntityManager, email: string) => tx.delete(SignInCounter, { key: `fail:${email.toLowerCase()}` });
