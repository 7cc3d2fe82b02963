import type { Request, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction } from '../../db/data-source';
import type { Actor } from '../../graphql/context';
import type { Clock } from '../../shared/clock';
import { newToken, sha256 } from './credentials';
import { californiaDate, formatDate } from '../../../rules/dates';
import { rawQuery } from '../../db/sql';
import { ApiToken, Role, Session, User } from './user.entity';

const SESSION_COOKIE = 'ccpor_session';
const ANONYMOUS: Actor = { userId: null, name: 'anonymous', role: null, organizationId: null, via: null };
const refused = (why: string): Actor => ({ ...ANONYMOUS, refused: why });

/** How often "last seen" / "last used" is written back: not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** What an actor needs of its user, read in the same statement as the session or token that names it. */
interface UserColumns { userId: string | null; displayName: string; role: Role; organizationId: string | null }

const actorOf = (user: UserColumns, via: Actor['via'], sessionId: string | null = null): Actor => ({
  userId: user.userId, name: user.displayName, role: user.role, organizationId: user.organizationId, via, sessionId,
});

const USER_COLUMNS = 'u.id AS "userId", u."displayName", u.role, u."organizationId"';

/** An instant column's value as TypeORM would hydrate it on the entity (SQLite keeps text). */
const instant = (db: DataSource, entity: typeof Session | typeof ApiToken, property: string, value: unknown): Date | null =>
  db.driver.prepareHydratedValue(value, db.getMetadata(entity).findColumnWithPropertyName(property)!) as Date | null;

/**
 * Who is calling: the app's session cookie, or a reporting tool's bearer token. A session ends after
 * SESSION_IDLE_MINUTES without use or SESSION_MAX_HOURS after sign-in, whichever comes first. The
 * credential and its user are read in one statement, the user only while active: every request
 * pays for it.
 */
export async function authenticate(db: DataSource, clock: Clock, config: Config, req: Request): Promise<Actor> {
  const now = clock.now();
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) {
    // A token of a deactivated user is still found, to say so.
    const [token] = await rawQuery<UserColumns & { id: string; name: string; lastUsedAt: unknown; revokedAt: unknown }>(db,
      `SELECT t.id, t.name, t."lastUsedAt", t."revokedAt", ${USER_COLUMNS}
       FROM api_token t LEFT JOIN app_user u ON u.id = t."userId" AND u.active = :active WHERE t."tokenHash" = :hash`,
      { hash: sha256(bearer), active: true });
    if (!token) return refused('This API token is not known: check that it was copied whole, or create a new one on your account page.');
    const revokedAt = instant(db, ApiToken, 'revokedAt', token.revokedAt);
    if (revokedAt) {
      return refused(`This API token (“${token.name}”) was revoked on ${formatDate(californiaDate(revokedAt))}; create a new one on your account page.`);
    }
    if (!token.userId) return refused('This API token belongs to an account that is deactivated; ask an administrator.');
    const lastUsedAt = instant(db, ApiToken, 'lastUsedAt', token.lastUsedAt);
    if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await inTransaction(db, (tx) => tx.update(ApiToken, { id: token.id }, { lastUsedAt: now }));
    }
    return actorOf(token, 'token');
  }
  const raw = req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined;
  if (!raw) return ANONYMOUS;
  const [session] = await rawQuery<UserColumns & { id: string; lastSeenAt: unknown; expiresAt: unknown }>(db,
    `SELECT s.id, s."lastSeenAt", s."expiresAt", ${USER_COLUMNS}
     FROM session s JOIN app_user u ON u.id = s."userId" AND u.active = :active WHERE s."tokenHash" = :hash AND s."revokedAt" IS NULL`,
    { hash: sha256(raw), active: true });
  const ended = refused('Your session has ended. Sign in again.');
  if (!session) return ended;
  const lastSeenAt = instant(db, Session, 'lastSeenAt', session.lastSeenAt)!;
  const idleSince = now.getTime() - lastSeenAt.getTime();
  if (now >= instant(db, Session, 'expiresAt', session.expiresAt)! || idleSince >= config.sessionIdleMinutes * 60_000) return ended;
  if (idleSince > TOUCH_EVERY_MS) await inTransaction(db, (tx) => tx.update(Session, { id: session.id }, { lastSeenAt: now }));
  return actorOf(session, 'session', session.id);
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

