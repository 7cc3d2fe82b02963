import { DataSource, EntityManager } from 'typeorm';
import { inTransaction, isPostgresSource } from '../../db/data-source';
import type { Context } from '../../graphql/context';
import { badInput, problem } from '../../graphql/errors';
import { requireSignIn } from '../access/auth-checker';
import { recordSecurityEvent, SecurityEvent } from '../audit/audit.service';
import {
  burnOneHash, decryptSecret, encryptSecret, hashPassword, newRecoveryCodes, newTotpSecret, otpauthUri, passwordProblems, sha256, totpMatches,
  verifyPassword,
} from './credentials';
import { revokeSessions, startSession } from './session.service';
import { PasswordReset, Session, SignInCounter, User } from './user.entity';
import type { CompletePasswordResetInput, ConfirmIdentityInput, SignInInput } from './user.inputs';
import { formatDateTime, formatTime } from '../../../rules/times';

/** Consecutive failures that lock an e-mail address, and for how long. */
const MAX_FAILURES = 5;
const LOCK_MINUTES = 10;

const WRONG_CREDENTIALS = 'Email or password is wrong. Check them and try again.';

/**
 * Signs a person in (docs/security.md#sign-in). Attempts are limited per client address per
 * minute; five consecutive failures lock the e-mail address for 10 minutes, whether or not it
 * belongs to anyone, so the answers never reveal who has an account. Counters live in the
 * database, so every server process agrees. Each attempt claims its place in the count before the
 * password is checked, so a burst of concurrent guesses gets five checks, not one per request.
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
  const claim = await claimCheck(ctx.db, email, now);
  if ('lockedUntil' in claim) {
    await security('ACCOUNT_LOCKED', null, { email });
    throw locked(claim.lockedUntil);
  }

  const user = await ctx.db.manager.findOneBy(User, { email });
  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : (await burnOneHash(input.password), false);
  if (!user || !user.active || !passwordOk) {
    await security(claim.locks ? 'ACCOUNT_LOCKED' : 'SIGN_IN_FAILED', user, { email, reason: !user ? 'unknown e-mail' : !user.active ? 'deactivated' : 'wrong password' });
    throw problem('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }

  const needsMfa = !!user.totpSecret || ctx.config.mfaRequiredRoles.includes(user.role);
  const recoveryCodes = needsMfa ? await checkSecondFactor(ctx, user, input, claim, now) : null;
  await inTransaction(ctx.db, async (tx) => {
    await settleClaim(tx, email, claim, 'passed');
    await tx.update(User, { id: user.id }, { lastSignInAt: now, ...NOT_A_CHANGE });
  });
  // Signing in is itself a fresh confirmation of identity.
  await startSession(ctx.db, ctx.clock, ctx.config, user, ctx.req!, ctx.res!);
  await security('SIGN_IN', user, { mfa: needsMfa });
  return { user: (await ctx.db.manager.findOneByOrFail(User, { id: user.id })), recoveryCodes };
}

/**
 * Signing in is not an edit of the account: an administrator's change based on the version read
 * before it must still apply, so these writes keep the version and the time of the last change.
 */
const NOT_A_CHANGE = { version: () => '"version"', updatedAt: () => '"updatedAt"' };

export const locked = (until: Date) =>
  problem('ACCOUNT_LOCKED', `Too many failed attempts: try again after ${formatTime(until)}, or ask an administrator to unlock the account.`);

/**
 * The second factor. A person who must use one and has none is offered enrolment (a new secret in
 * the MFA_REQUIRED error), confirmed by signing in again with a code from it; recovery codes are
 * returned once, then. Returns the new recovery codes, or null.
 */
async function checkSecondFactor(ctx: Context, user: User, input: SignInInput, claim: Claim, now: Date): Promise<string[] | null> {
  const secret = ctx.config.appSecret;
  // The password was right: asking for the code is not a failure, but neither does it clear earlier ones.
  const askForCode = () => inTransaction(ctx.db, (tx) => settleClaim(tx, user.email, claim, 'not counted'));
  if (!user.totpSecret) {
    if (!input.totpCode || !user.totpPendingSecret) {
      await askForCode();
      const pending = newTotpSecret();
      await inTransaction(ctx.db, (tx) => tx.update(User, { id: user.id }, { totpPendingSecret: encryptSecret(pending, secret) }));
      throw problem('MFA_REQUIRED', 'Your role needs a second factor. Scan the code with an authenticator app, then sign in again with the 6-digit code it shows.', {
        enrolmentRequired: true, secret: pending, otpauthUri: otpauthUri(pending, user.email),
      });
    }
    const pending = decryptSecret(user.totpPendingSecret, secret);
    if (!totpMatches(pending, user.email, input.totpCode, now)) return wrongCode(ctx, user, claim, now);
    const codes = newRecoveryCodes();
    await inTransaction(ctx.db, (tx) => tx.update(User, { id: user.id }, {
      totpSecret: user.totpPendingSecret, totpPendingSecret: null, recoveryCodeHashes: codes.map(sha256) as never,
    }));
    await recordSecurityEvent(ctx.db, { operation: 'MFA_ENROLLED', userId: user.id, actor: user.displayName, role: user.role, clientAddress: ctx.clientAddress, at: now });
    return codes;
  }
  if (input.recoveryCode) {
    const hash = sha256(input.recoveryCode.trim().toLowerCase());
    if (!(user.recoveryCodeHashes ?? []).includes(hash)) return wrongCode(ctx, user, claim, now);
    await inTransaction(ctx.db, (tx) => tx.update(User, { id: user.id }, { recoveryCodeHashes: user.recoveryCodeHashes!.filter((h) => h !== hash) as never, ...NOT_A_CHANGE }));
    return null;
  }
  if (!input.totpCode) {
    await askForCode();
    throw problem('MFA_REQUIRED', 'Enter the 6-digit code from your authenticator app (or a recovery code).', { enrolmentRequired: false });
  }
  if (!totpMatches(decryptSecret(user.totpSecret, secret), user.email, input.totpCode, now)) return wrongCode(ctx, user, claim, now);
  return null;
}

async function wrongCode(ctx: Context, user: User, claim: Claim, now: Date): Promise<never> {
  await recordSecurityEvent(ctx.db, {
    operation: claim.locks ? 'ACCOUNT_LOCKED' : 'SIGN_IN_FAILED', userId: user.id, actor: user.displayName, role: user.role,
    clientAddress: ctx.clientAddress, details: { reason: 'wrong second factor' }, at: now,
  });
  throw problem('UNAUTHENTICATED', 'That code is not right. Check the time on your device and try again.');
}

/**
 * Proves again who the signed-in person is (docs/security.md#confirming-identity): the password, and
 * the TOTP code when they use one, checked under the same lockout as sign-in. Stamps the session,
 * which lets it change how the person signs in for the next few minutes. A wrong answer is a
 * security event and counts towards the lock, so a session alone cannot guess the password.
 */
export async function confirmIdentity(ctx: Context, input: ConfirmIdentityInput): Promise<boolean> {
  requireSignIn(ctx);
  const now = ctx.clock.now();
  const user = await ctx.db.manager.findOneByOrFail(User, { id: ctx.actor.userId! });
  const security = (operation: SecurityEvent['operation'], details?: Record<string, unknown>) => recordSecurityEvent(ctx.db, {
    operation, userId: user.id, actor: user.displayName, role: user.role, clientAddress: ctx.clientAddress, details, at: now,
  });
  const claim = await claimCheck(ctx.db, user.email, now);
  if ('lockedUntil' in claim) {
    await security('ACCOUNT_LOCKED', { email: user.email, via: 'confirmIdentity' });
    throw locked(claim.lockedUntil);
  }
  const refuse = async (field: string, reason: string, message: string): Promise<never> => {
    await security(claim.locks ? 'ACCOUNT_LOCKED' : 'IDENTITY_CHECK_FAILED', { email: user.email, reason, via: 'confirmIdentity' });
    throw badInput([{ field, message }]);
  };
  if (!(await verifyPassword(user.passwordHash, input.password))) return refuse('password', 'wrong password', 'is not your password.');
  if (user.totpSecret) {
    if (!input.totpCode) {
      await inTransaction(ctx.db, (tx) => settleClaim(tx, user.email, claim, 'not counted'));
      throw badInput([{ field: 'totpCode', message: 'is needed too: enter the 6-digit code your authenticator app shows.' }]);
    }
    if (!totpMatches(decryptSecret(user.totpSecret, ctx.config.appSecret), user.email, input.totpCode, now)) {
      return refuse('totpCode', 'wrong second factor', 'does not match; check the time on your device and enter the newest code.');
    }
  }
  await inTransaction(ctx.db, async (tx) => {
    await settleClaim(tx, user.email, claim, 'passed');
    await tx.update(Session, { id: ctx.actor.sessionId! }, { confirmedAt: now });
  });
  await security('IDENTITY_CONFIRMED');
  return true;
}

/** How long a confirmation lets the person change how they sign in. */
export const CONFIRMATION_MINUTES = 5;

/**
 * Refuses with REAUTHENTICATION_REQUIRED unless the session proved who the person is (signing in,
 * confirmIdentity) within the last CONFIRMATION_MINUTES: a session found unlocked on a desk, or a
 * stolen cookie, cannot change the password, the second factor or mint an API token.
 */
export async function requireRecentIdentity(ctx: Context, tx: EntityManager, user: User) {
  const session = ctx.actor.sessionId ? await tx.findOneBy(Session, { id: ctx.actor.sessionId }) : null;
  const at = session?.confirmedAt;
  if (at && ctx.clock.now().getTime() - at.getTime() < CONFIRMATION_MINUTES * 60_000) return;
  throw problem('REAUTHENTICATION_REQUIRED',
    `Confirm it is you first: enter your password${user.totpSecret ? ' and the code from your authenticator app' : ''}, then do this again. It is asked once more than ${CONFIRMATION_MINUTES} minutes have passed since you last did.`,
    { secondFactor: !!user.totpSecret });
}

/** Counts an attempt in this minute's window for `key`; false once over `limit`. */
async function withinRate(db: DataSource, key: string, limit: number, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const counter = await lockedCounter(tx, key, windowStart);
    const count = counter.windowStart.getTime() === windowStart.getTime() ? counter.count + 1 : 1;
    await tx.update(SignInCounter, { id: counter.id }, { count, windowStart });
    return count <= limit;
  });
}

/**
 * The counter row of `key`, created if missing and locked for this transaction on PostgreSQL, so
 * that concurrent attempts in several server processes count one after another. (SQLite has one
 * writer, and this process queues its transactions.)
 */
async function lockedCounter(tx: EntityManager, key: string, now: Date): Promise<SignInCounter> {
  await tx.createQueryBuilder().insert().into(SignInCounter).values({ key, count: 0, windowStart: now, lockedUntil: null }).orIgnore().execute();
  return tx.findOneOrFail(SignInCounter, { where: { key }, ...(isPostgresSource(tx) ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/** An attempt's place among the consecutive failures of an address, taken before its check. */
export interface Claim {
  /** Its number among the attempts since the last success. */
  number: number;
  /** Whether it is the fifth: it locked the address while it is checked, and the lock stays if it fails. */
  locks: boolean;
}

/**
 * Claims the right to check one password for `email`, or answers until when the address is
 * locked. The fifth claim in a row locks the address at once, so attempts sent meanwhile are
 * refused unchecked; a claim that turns out right lifts the lock again (settleClaim).
 */
export function claimCheck(db: DataSource, email: string, now: Date): Promise<Claim | { lockedUntil: Date }> {
  return inTransaction(db, async (tx) => {
    const counter = await lockedCounter(tx, `fail:${email}`, now);
    if (counter.lockedUntil && counter.lockedUntil > now) return { lockedUntil: counter.lockedUntil };
    // A lock that has run out starts the count again.
    const number = (counter.lockedUntil ? 0 : counter.count) + 1;
    const lockedUntil = number >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await tx.update(SignInCounter, { id: counter.id }, { count: number, windowStart: now, lockedUntil });
    return { number, locks: !!lockedUntil };
  });
}

/**
 * Settles a claim whose password was right. 'passed' clears the failures before it, unless other
 * attempts claimed their places since (they still count); 'not counted' (a second factor still to
 * give) only gives the place back, so asking for the code never wipes the failures of wrong codes.
 */
export async function settleClaim(tx: EntityManager, email: string, claim: Claim, outcome: 'passed' | 'not counted') {
  const counter = await lockedCounter(tx, `fail:${email}`, new Date(0));
  if (counter.count !== claim.number) return;
  if (outcome === 'passed') await tx.delete(SignInCounter, { id: counter.id });
  else await tx.update(SignInCounter, { id: counter.id }, { count: claim.number - 1, lockedUntil: null });
}

/** Clears an address's failed sign-ins (and its lock); answers what they were, null when there were none. */
export async function clearFailures(tx: EntityManager, email: string): Promise<SignInCounter | null> {
  const counter = await tx.findOneBy(SignInCounter, { key: `fail:${email.toLowerCase()}` });
  if (counter) await tx.delete(SignInCounter, { id: counter.id });
  return counter;
}

/**
 * Sets a new password with a one-time link. Outside the write path, like signing in: the person
 * has no session, and the link is the proof.
 */
export async function completePasswordReset(ctx: Context, input: CompletePasswordResetInput) {
  const now = ctx.clock.now();
  const reset = await ctx.db.manager.findOneBy(PasswordReset, { tokenHash: sha256(input.token) });
  // The token is the proof: one who holds it may learn what became of its link.
  if (!reset) throw problem('UNAUTHENTICATED', 'This password link is not known: open the whole link as it was sent, or ask an administrator for a new one.');
  const invalid = reset.usedAt ? `This password link was already used, on ${formatDateTime(reset.usedAt)}: sign in with the password chosen then, or ask an administrator for a new link.`
    : reset.expiresAt <= now ? `This password link expired on ${formatDateTime(reset.expiresAt)}: ask an administrator for a new one.` : null;
  if (invalid) throw problem('UNAUTHENTICATED', invalid);
  const user = await ctx.db.manager.findOneByOrFail(User, { id: reset.userId });
  const problems = passwordProblems(input.newPassword, 'newPassword', user.email);
  if (problems.length) throw badInput(problems);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx.db, async (tx) => {
    await tx.update(User, { id: user.id }, { passwordHash });
    await tx.update(PasswordReset, { id: reset.id }, { usedAt: now });
    await clearFailures(tx, user.email);
    await revokeSessions(tx, ctx.clock, user.id);
  });
  await recordSecurityEvent(ctx.db, { operation: 'PASSWORD_CHANGED', userId: user.id, actor: user.displayName, role: user.role, clientAddress: ctx.clientAddress, details: { via: 'reset link' }, at: now });
  return true;
}
