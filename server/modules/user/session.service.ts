import type { Request, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction } from '../../db/data-source';
import type { Actor } from '../../graphql/context';
import type { Clock } from '../../shared/clock';
import { newToken, sha256 } from './credentials';
import { californiaDate, formatDate } from '../../../rules/dates';
import { ApiToken, Session, User } from './user.entity';

const SESSION_COOKIE = 'ccpor_session';
const ANONYMOUS: Actor = { userId: null, name: 'anonymous', role: null, organizationId: null, via: null };
const refused = (why: string): Actor => ({ ...ANONYMOUS, refused: why });

/** How often "last seen" / "last used" is written back: not on every request. */
const TOUCH_EVERY_MS = 60_000;

const actorOf = (user: User, via: Actor['via'], sessionId: string | null = null): Actor => ({
  userId: user.id, name: user.displayName, role: user.role, organizationId: user.organizationId, via, sessionId,
});

/**
 * Who is calling: the app's session cookie, or a reporting tool's bearer token. A session ends after
 * SESSION_IDLE_MINUTES without use or SESSION_MAX_HOURS after sign-in, whichever comes first.
 */
export async function authenticate(db: DataSource, clock: Clock, config: Config, req: Request): Promise<Actor> {
  const now = clock.now();
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) {
    const token = await db.manager.findOneBy(ApiToken, { tokenHash: sha256(bearer) });
    if (!token) return refused('This API token is not known: check that it was copied whole, or create a new one on your account page.');
    if (token.revokedAt) {
      return refused(`This API token (“${token.name}”) was revoked on ${formatDate(californiaDate(token.revokedAt))}; create a new one on your account page.`);
    }
    const user = await db.manager.findOneBy(User, { id: token.userId, active: true });
    if (!user) return refused('This API token belongs to an account that is deactivated; ask an administrator.');
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await inTransaction(db, (tx) => tx.update(ApiToken, { id: token.id }, { lastUsedAt: now }));
    }
    return actorOf(user, 'token');
  }
  const raw = req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined;
  if (!raw) return ANONYMOUS;
  const session = await db.manager.findOneBy(Session, { tokenHash: sha256(raw), revokedAt: IsNull() });
  const ended = refused('Your session has ended. Sign in again.');
  if (!session) return ended;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (now >= session.expiresAt || idleSince >= config.sessionIdleMinutes * 60_000) return ended;
  const user = await db.manager.findOneBy(User, { id: session.userId, active: true });
  if (!user) return ended;
  if (idleSince > TOUCH_EVERY_MS) await inTransaction(db, (tx) => tx.update(Session, { id: session.id }, { lastSeenAt: now }));
  return actorOf(user, 'session', session.id);
}

/** Starts a session and hands its token to the browser in an HttpOnly, SameSite=Strict cookie. */
export async function startSession(db: DataSource, clock: Clock, config: Config, user: User, req: Request, res: Response) {
  const token = newToken();
  const now = clock.now();
  await inTransaction(db, (tx) => tx.insert(Session, {
    tokenHash: sha256(token), userId: user.id, lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionMaxHours * 3_600_000), revokedAt: null, clientAddress: req.ip ?? null,
    // Signing in is itself a fresh proof of who the person is.
    confirmedAt: now,
  }));
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    // Browsers only keep Secure cookies over HTTPS; localhost is the one place plain HTTP is normal.
    secure: !['localhost', '127.0.0.1', '::1'].includes(req.hostname),
    path: '/',
    maxAge: config.sessionMaxHours * 3_600_000,
  });
}

export async function endSession(db: DataSource, clock: Clock, sessionId: string | null | undefined, res: Response) {
  if (sessionId) await inTransaction(db, (tx) => tx.update(Session, { id: sessionId }, { revokedAt: clock.now() }));
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Ends every session of a user (password changed or reset, account deactivated), but `keep`, in the change's transaction. */
export async function revokeSessions(tx: EntityManager, clock: Clock, userId: string, keep?: string | null) {
  const sessions = await tx.findBy(Session, { userId, revokedAt: IsNull() });
  const ids = sessions.map((s) => s.id).filter((id) => id !== keep);
  if (ids.length) await tx.update(Session, ids, { revokedAt: clock.now() });
}

