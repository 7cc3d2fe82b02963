import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { IsNull } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { today } from '../../shared/clock';
import { addDays } from '../../shared/dates';
import { DeploymentStatus } from '../deployment/deployment.entity';
import { OPEN_TASK_STATUSES } from '../task/task.entity';
import { applyMutation } from '../sync/replay';
import type { MutationIdInput } from '../sync/sync.inputs';
import { deploymentScope } from '../access/scope';
import { myTasksSql } from '../task/my-tasks';
import { myDeploymentsSql } from './my-deployments';
import { CalendarFeed } from './notification.entity';
import { TRAINING_MODE_LABELS, TRAINING_MODULE_LABELS } from '../../../rules/labels';
import type { TrainingMode, TrainingModule } from '../../../rules/enums';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** A feed's secret: 32 random bytes, URL-safe. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const myCalendarFeed = (ctx: Context) =>
  ctx.db.manager.findOne(CalendarFeed, { where: { userId: ctx.actor.userId!, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });

/**
 * A new secret feed address for me; any earlier one stops working. Only the secret's hash is kept,
 * and the outcome kept for a resend of the same mutationId has no secret: its `path` is null.
 */
export async function createCalendarFeed(ctx: Context, input: MutationIdInput) {
  let path: string | null = null;
  const feed = await applyMutation(ctx, { operation: 'createCalendarFeed', input }, async (tx) => {
    for (const earlier of await tx.findBy(CalendarFeed, { userId: ctx.actor.userId!, revokedAt: IsNull() })) {
      await tx.save(Object.assign(earlier, { revokedAt: ctx.clock.now() }));
    }
    const secret = randomBytes(32).toString('base64url');
    path = `/calendar/${secret}.ics`;
    return tx.save(tx.create(CalendarFeed, { userId: ctx.actor.userId!, tokenHash: sha256(secret), revokedAt: null }));
  });
  return { path, feed };
}

/** Stops my feed address from working (404 from then on). */
export function revokeCalendarFeed(ctx: Context, input: MutationIdInput) {
  return applyMutation(ctx, { operation: 'revokeCalendarFeed', input }, async (tx) => {
    const feeds = await tx.findBy(CalendarFeed, { userId: ctx.actor.userId!, revokedAt: IsNull() });
    for (const feed of feeds) await tx.save(Object.assign(feed, { revokedAt: ctx.clock.now() }));
    return feeds.length > 0;
  });
}

/** The feed whose secret this is, if it exists and is not revoked. */
export async function feedOfSecret(ctx: Context, secret: string) {
  if (!SECRET_PATTERN.test(secret)) return null;
  return ctx.db.manager.findOneBy(CalendarFeed, { tokenHash: sha256(secret), revokedAt: IsNull() });
}

interface Row { id: string; day: string; title: string; courtName: string; deploymentId: string }

/**
 * The iCalendar text of a person's feed: due dates of their open tasks, meetings, training sessions
 * and go-lives of their deployments (see myDeploymentsSql), as all-day events from 90 days back to
 * a year ahead. `ctx` acts as the feed's owner.
 */
export async function calendarText(ctx: Context, appUrl: string | null) {
  const em = ctx.db.manager;
  const scope = myDeploymentsSql(ctx);
  const now = today(ctx.clock);
  const params = { ...scope.params, from: addDays(now, -90), to: addDays(now, 365), inactive: [DeploymentStatus.WITHDRAWN] };
  const base = `JOIN deployment d ON d.id = x."deploymentId" JOIN organization c ON c.id = d."courtId"
                WHERE d.status NOT IN (:...inactive) AND ${scope.sql}`;
  // My tasks (assigned to me, or unassigned of my party) of every deployment I may see: one assigned
  // to me is mine even on a deployment I do not coordinate.
  const mine = myTasksSql({ id: ctx.actor.userId ?? null, role: ctx.actor.role ?? null, organizationId: ctx.actor.organizationId ?? null }, 'x');
  const visible = deploymentScope(ctx);
  const tasks = await rawQuery<Row>(em,
    `SELECT x.id, x."dueDate" AS day, x.title, c.name AS "courtName", x."deploymentId" FROM task x
     JOIN deployment d ON d.id = x."deploymentId" JOIN organization c ON c.id = d."courtId"
     WHERE d.status NOT IN (:...inactive) AND ${visible.sql} AND ${mine.sql}
     AND x.status IN (:...open) AND x."dueDate" BETWEEN :from AND :to`,
    { ...params, ...visible.params, ...mine.params, open: OPEN_TASK_STATUSES });
  const meetings = await rawQuery<Row>(em,
    `SELECT x.id, x."meetingOn" AS day, x.title, c.name AS "courtName", x."deploymentId" FROM meeting x ${base}
     AND x."meetingOn" BETWEEN :from AND :to`, params);
  const training = await rawQuery<Row & { module: TrainingModule; mode: TrainingMode }>(em,
    `SELECT x.id, x."scheduledOn" AS day, x.module, x.mode, c.name AS "courtName", x."deploymentId" FROM training_session x ${base}
     AND x."scheduledOn" BETWEEN :from AND :to`, params);
  const goLives = await rawQuery<Row>(em,
    `SELECT d.id, COALESCE(d."actualGoLive", d."targetGoLive") AS day, c.name AS "courtName", d.id AS "deploymentId"
     FROM deployment d JOIN organization c ON c.id = d."courtId"
     WHERE d.status NOT IN (:...inactive) AND ${scope.sql} AND COALESCE(d."actualGoLive", d."targetGoLive") BETWEEN :from AND :to`, params);

  const calendar = ical({ name: 'CCPOR Deploy', prodId: { company: 'CCPOR', product: 'CCPOR Deploy', language: 'EN' }, ttl: 3600 });
  const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
  const link = (deploymentId: string) => (appUrl ? `${appUrl}/deployments/${deploymentId}` : undefined);
  const add = (uid: string, start: unknown, summary: string, deploymentId: string) =>
    calendar.createEvent({ id: `${uid}@ccpor-deploy`, start: day(start), allDay: true, summary, stamp: ctx.clock.now(), url: link(deploymentId) });
  for (const t of tasks) add(`task-${t.id}`, t.day, `Due: ${t.title} (${t.courtName})`, t.deploymentId);
  for (const m of meetings) add(`meeting-${m.id}`, m.day, `Meeting: ${m.title} (${m.courtName})`, m.deploymentId);
  for (const s of training) add(`training-${s.id}`, s.day, `Training: ${TRAINING_MODULE_LABELS[s.module].toLowerCase()}, ${TRAINING_MODE_LABELS[s.mode].toLowerCase()} (${s.courtName})`, s.deploymentId);
  for (const g of goLives) add(`go-live-${g.id}`, g.day, `Go-live: ${g.courtName}`, g.deploymentId);
  return calendar.toString();
}
