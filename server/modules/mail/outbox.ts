import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import type { Config, MailConfig } from '../../config';
import { insertRows, rawQuery } from '../../db/sql';
import { Role, User } from '../user/user.entity';
import { MAIL_DELIVERY_LABELS, MAIL_KIND_LABELS } from '../../../rules/labels';
import { MailAttachment, MailKind, MailStatus, OutboundMail } from './mail.entity';
import { deliveryOf } from './preferences';
import { unsubscribeUrl, type UnsubscribeTarget } from './unsubscribe';

/** What one e-mail says: names, dates and titles only, never answers, photos or others' contact details. */
export interface MailContent {
  kind: MailKind;
  subject: string;
  /** The first line: what the reader is asked to do. */
  action: string;
  /** The app's route of the exact screen, e.g. `/deployments/<id>`. */
  route: string;
  /** What happened, in a few lines. */
  lines?: string[];
  attachments?: MailAttachment[];
}

type Recipient = Pick<User, 'id' | 'email' | 'mailPreferences'>;

/** The address a link to `route` opens. */
export const linkTo = (config: MailConfig, route: string) => `${config.publicUrl}${route}`;

/** A Message-ID of the product's own address, fixed when the message is queued. */
export const messageIdOf = (config: MailConfig, id: string) => `<${id}@${new URL(config.publicUrl || 'http://localhost').hostname}>`;

/** The plain-text body: the action first, then what happened, the link, and why the reader gets it with how to stop it. */
export function composeBody(
  config: Config, userId: string, content: Pick<MailContent, 'action' | 'route' | 'lines'>, why: { reason: string; stop: UnsubscribeTarget },
): string {
  return [
    content.action,
    '',
    ...(content.lines?.length ? [...content.lines, ''] : []),
    `Open it: ${linkTo(config.mail, content.route)}`,
    '',
    '--',
    why.reason,
    `Stop these e-mails: ${unsubscribeUrl(config, userId, why.stop)}`,
    `All your e-mail settings: ${linkTo(config.mail, '/account')}`,
  ].join('\n');
}

/**
 * Queues an e-mail to each recipient, in the transaction of the change that causes it (call it from
 * inside applyMutation's work): at once for those who want this kind immediately, held for the
 * daily digest for those who want it there, and nothing for those who switched it off. The person
 * who made the change is not told of it. Without SMTP_URL the messages are kept, not sent.
 */
export async function queueMail(tx: EntityManager, ctx: Context, recipients: Recipient[], content: MailContent) {
  const rows: Partial<OutboundMail>[] = [];
  const seen = new Set<string>();
  for (const person of recipients) {
    if (person.id === ctx.actor.userId || seen.has(person.id)) continue;
    seen.add(person.id);
    const row = mailRow(ctx.config, ctx.clock.now(), person, content);
    if (row) rows.push(row);
  }
  await insertRows(tx, OutboundMail, rows);
}

/**
 * queueMail for news that must reach each person once however often the change that causes it
 * recurs: each person's message gets the Message-ID of `key` and that person, and whoever already
 * has one of it is skipped (the outbox's unique Message-ID keeps it so against a race).
 */
export async function queueMailOnce(tx: EntityManager, ctx: Context, recipients: Recipient[], content: MailContent, key: string) {
  const keyOf = (person: Recipient) => `${content.kind.toLowerCase().replace(/_/g, '-')}-${createHash('sha256').update(`${key}\0${person.id}`).digest('hex').slice(0, 32)}`;
  const fresh = recipients.filter((person, i) => person.id !== ctx.actor.userId && recipients.findIndex((p) => p.id === person.id) === i);
  if (!fresh.length) return;
  const taken = new Set((await rawQuery<{ messageId: string }>(tx, 'SELECT "messageId" FROM outbound_mail WHERE "messageId" IN (:...ids)',
    { ids: fresh.map((person) => messageIdOf(ctx.config.mail, keyOf(person))) })).map((r) => r.messageId));
  const rows = fresh.filter((person) => !taken.has(messageIdOf(ctx.config.mail, keyOf(person))))
    .map((person) => mailRow(ctx.config, ctx.clock.now(), person, content, keyOf(person)))
    .filter((row): row is Partial<OutboundMail> => !!row);
  await insertRows(tx, OutboundMail, rows);
}

/**
 * One person's message of this kind as they get it (held for the digest, or nothing when switched
 * off). Its Message-ID is made of its id, or of `key` when the same news must never be queued twice.
 */
export function mailRow(config: Config, now: Date, person: Recipient, content: MailContent, key?: string): Partial<OutboundMail> | null {
  const delivery = deliveryOf(person, content.kind);
  if (delivery === 'OFF') return null;
  const id = randomUUID();
  return {
    id, messageId: messageIdOf(config.mail, key ?? id), kind: content.kind, userId: person.id, toAddress: person.email,
    subject: content.subject,
    body: composeBody(config, person.id, content, {
      reason: `You get this e-mail because “${MAIL_KIND_LABELS[content.kind]}” is set to “${MAIL_DELIVERY_LABELS[delivery].toLowerCase()}” for you.`,
      stop: content.kind,
    }),
    link: linkTo(config.mail, content.route), attachments: content.attachments ?? null,
    status: delivery === 'DAILY_DIGEST' ? MailStatus.IN_DIGEST : config.mail.smtpUrl ? MailStatus.QUEUED : MailStatus.KEPT,
    attempts: 0, queuedAt: now, nextAttemptAt: now, claimedBy: null, claimedUntil: null, lastError: null, sentAt: null,
  };
}

/** The active partners of a deployment's court and participating LEAs. */
export async function partnersOf(tx: EntityManager, deploymentId: string): Promise<Recipient[]> {
  const orgs = await rawQuery<{ id: string }>(tx,
    `SELECT "courtId" AS id FROM deployment WHERE id = :id UNION SELECT "organizationId" FROM deployment_lea WHERE "deploymentId" = :id`,
    { id: deploymentId });
  return partnersOfOrganizations(tx, orgs.map((o) => o.id));
}

/** The active partners of these courts and agencies. */
export async function partnersOfOrganizations(tx: EntityManager, organizationIds: string[]): Promise<(Recipient & Pick<User, 'organizationId'>)[]> {
  if (!organizationIds.length) return [];
  return tx.find(User, {
    select: { id: true, email: true, mailPreferences: true, organizationId: true },
    where: { role: Role.PARTNER_USER, active: true, organizationId: In(organizationIds) },
    order: { email: 'ASC' },
  });
}

/** The deployment's CCPOR side: its coordinator and the field staff assigned to it, if active. */
export async function teamOf(tx: EntityManager, deploymentId: string): Promise<Recipient[]> {
  const ids = await rawQuery<{ id: string }>(tx,
    `SELECT "coordinatorId" AS id FROM deployment WHERE id = :id AND "coordinatorId" IS NOT NULL
     UNION SELECT "userId" FROM deployment_field_staff WHERE "deploymentId" = :id`,
    { id: deploymentId });
  return recipientsById(tx, ids.map((r) => r.id));
}

/** The active people of these ids, as recipients. */
export async function recipientsById(tx: EntityManager, ids: string[]): Promise<Recipient[]> {
  if (!ids.length) return [];
  return tx.find(User, { select: { id: true, email: true, mailPreferences: true }, where: { id: In(ids), active: true }, order: { email: 'ASC' } });
}
