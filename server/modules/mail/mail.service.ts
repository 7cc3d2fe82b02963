import { isUUID } from 'class-validator';
import { actingAs, type Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { User } from '../user/user.entity';
import { MailDelivery, MailKind, OutboundMail } from './mail.entity';
import { MailboxFilter, MailPreference, UnsubscribeMailInput, Unsubscribed, UpdateMyMailSettingsInput } from './mail.types';
import { DEFAULT_DELIVERY, deliveryOf } from './preferences';
import { readUnsubscribeToken } from './unsubscribe';

/** Every kind with how the person gets it, in the order of the settings page. */
export const preferencesOf = (user: Pick<User, 'mailPreferences'>): MailPreference[] =>
  (Object.keys(DEFAULT_DELIVERY) as MailKind[]).map((kind) => ({ kind, delivery: deliveryOf(user, kind) }));

/** Administrators' view of the e-mail: the development mailbox, and what failed with the SMTP server's answer. */
export async function mailbox(ctx: Context, page: PageArgs, filter: MailboxFilter | null) {
  const query = () => {
    const q = ctx.db.manager.createQueryBuilder(OutboundMail, 'm').where('1 = 1');
    if (filter?.status) q.andWhere('m.status = :status', { status: filter.status });
    return q;
  };
  const paged = query();
  const cursor = decodeCursor(page.after, 1);
  if (cursor && !isUUID(String(cursor[0]))) throw badInput([{ field: 'after', message: 'is not a cursor from this list; pass pageInfo.endCursor of the previous page.' }]);
  // The cursor names the last message; its queuedAt is compared as stored.
  const afterAt = '(SELECT c."queuedAt" FROM outbound_mail c WHERE c.id = :afterId)';
  if (cursor) paged.andWhere(`(m."queuedAt" < ${afterAt} OR (m."queuedAt" = ${afterAt} AND m.id < :afterId))`, { afterId: cursor[0] });
  const rows = await paged.orderBy('m.queuedAt', 'DESC').addOrderBy('m.id', 'DESC').limit(page.first + 1).getMany();
  return toConnection(rows, page, await query().getCount(), (m) => [m.id]);
}

export async function mailMessage(ctx: Context, id: string) {
  const found = isUUID(id) ? await ctx.db.manager.findOneBy(OutboundMail, { id }) : null;
  if (!found) throw notFound('OutboundMail', id);
  return found;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** Changes the signed-in person's e-mail settings and time zone. */
export function updateMyMailSettings(ctx: Context, input: UpdateMyMailSettingsInput) {
  return applyMutation(ctx, { operation: 'updateMyMailSettings', input }, async (tx): Promise<User | Refusal> => {
    if (input.timeZone != null && !isTimeZone(input.timeZone)) {
      throw badInput([{ field: 'timeZone', message: `is not a time zone this server knows (${input.timeZone}); use an IANA name such as America/Los_Angeles.` }]);
    }
    const user = await loadForUpdate(tx, User, ctx.actor.userId!, 'User');
    const preferences: Partial<Record<MailKind, MailDelivery>> = { ...user.mailPreferences };
    for (const p of input.preferences ?? []) preferences[p.kind] = p.delivery;
    const attempted: Record<string, unknown> = { mailPreferences: preferences };
    if (input.timeZone != null) attempted.timeZone = input.timeZone;
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'updateMyMailSettings', mutationId: input.mutationId, baseVersion: input.baseVersion, record: user, deploymentId: null, attempted,
    });
    if (stale) return stale;
    Object.assign(user, attempted, { updatedBy: ctx.actor.name });
    return tx.save(user);
  });
}

/**
 * Switches off what an e-mail's unsubscribe link names, for its person, without signing in: one
 * kind, or (from a digest) every kind that went into the digest. The token is the credential.
 */
export async function unsubscribeMail(ctx: Context, input: UnsubscribeMailInput): Promise<Unsubscribed> {
  const read = readUnsubscribeToken(ctx.config, input.token);
  const user = read && isUUID(read.userId) ? await ctx.db.manager.findOneBy(User, { id: read.userId, active: true }) : null;
  if (!read || !user) {
    throw badInput([{ field: 'token', message: 'is not an unsubscribe link of this product (or its account is closed); change your e-mail settings on your Account page instead.' }]);
  }
  const asOwner = actingAs(ctx, { userId: user.id, name: user.displayName, role: user.role, organizationId: user.organizationId, via: 'token' });
  return applyMutation(asOwner, { operation: 'unsubscribeMail', input }, async (tx) => {
    const owner = await loadForUpdate(tx, User, user.id, 'User');
    const kinds = read.target === 'DIGEST'
      ? preferencesOf(owner).filter((p) => p.delivery === 'DAILY_DIGEST').map((p) => p.kind)
      : [read.target];
    owner.mailPreferences = { ...owner.mailPreferences, ...Object.fromEntries(kinds.map((k) => [k, 'OFF'])) };
    owner.updatedBy = user.displayName;
    await tx.save(owner);
    return { kinds, digest: read.target === 'DIGEST' };
  });
}
