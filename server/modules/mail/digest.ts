import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction } from '../../db/data-source';
import { insertRows, rawQuery } from '../../db/sql';
import type { Clock } from '../../shared/clock';
import { addDays } from '../../shared/dates';
import { Role, User } from '../user/user.entity';
import type { Deployment } from '../deployment/deployment.entity';
import { OPEN_TASK_STATUSES } from '../task/task.entity';
import { myTasksSql } from '../task/my-tasks';
import { loadGoLiveProjections, partyTurnarounds, type GoLiveProjectionResult } from '../deployment/go-live-projection';
import { MAIL_KIND_LABELS } from '../../../rules/labels';
import { HALTED_DEPLOYMENT_STATUSES } from '../../../rules/statuses';
import { formatDate } from '../../../rules/dates';
import { MailDigest, MailKind, MailStatus, OutboundMail } from './mail.entity';
import { composeBody, linkTo, messageIdOf } from './outbox';
import { deliveryOf } from './preferences';

/** The hour the digest goes out, in each person's time zone. */
export const DIGEST_HOUR = 7;
/**
 * A digest not written by noon (the server was down all morning) is not sent late that day: what
 * it would have held goes into the next morning's, which lists the overdue tasks anyway.
 */
const LAST_HOUR = 12;
/** Tasks due within this many days go into the digest, with those overdue. */
export const DUE_WITHIN_DAYS = 3;
/** Tasks listed at most; the rest are counted and are on My work. */
const MAX_TASKS = 50;

/** The calendar date and hour an instant falls on in a time zone. */
export function localTime(instant: Date, timeZone: string): { date: string; hour: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

type Person = Pick<User, 'id' | 'email' | 'role' | 'organizationId' | 'timeZone' | 'mailPreferences'>;
interface TaskRow { id: string; number: number; title: string; dueDate: string; deploymentId: string; assigneeId: string | null; courtName: string }

/**
 * The open tasks a person answers for, due by `dueBy` (overdue ones included): those assigned to
 * them and the unassigned ones of their party (myTasksSql).
 */
async function tasksOf(em: EntityManager, person: Person, dueBy: string): Promise<TaskRow[]> {
  const mine = myTasksSql(person);
  return rawQuery<TaskRow>(em,
    `SELECT t.id, t.number, t.title, t."dueDate", t."deploymentId", t."assigneeId", c.name AS "courtName"
     FROM task t JOIN deployment d ON d.id = t."deploymentId" JOIN organization c ON c.id = d."courtId"
     WHERE t.status IN (:...open) AND t."dueDate" <= :dueBy AND d.status NOT IN (:...halted) AND ${mine.sql}
     ORDER BY t."dueDate", c.name, t.number`,
    { open: OPEN_TASK_STATUSES, halted: HALTED_DEPLOYMENT_STATUSES, dueBy, ...mine.params });
}

interface AtRisk {
  deploymentId: string;
  courtName: string;
  projection: GoLiveProjectionResult;
}

/**
 * A coordinator's open deployments whose projected readiness lands after their go-live
 * (docs/domain.md#go-live-projection), most days late first: the warning before a go-live slips.
 */
async function goLivesAtRiskOf(em: EntityManager, person: Person, today: string): Promise<AtRisk[]> {
  if (person.role !== Role.COORDINATOR) return [];
  const led = await rawQuery<{ id: string; status: string; actualGoLive: string | null; targetGoLive: string; courtName: string }>(em,
    `SELECT d.id, d.status, d."actualGoLive", d."targetGoLive", c.name AS "courtName"
     FROM deployment d JOIN organization c ON c.id = d."courtId" WHERE d."coordinatorId" = :id`, { id: person.id });
  if (!led.length) return [];
  const deployments = led.map((d) => ({ ...d, status: d.status as Deployment['status'], targetGoLive: String(d.targetGoLive).slice(0, 10) }));
  const projections = await loadGoLiveProjections(em, deployments, today, await partyTurnarounds(em));
  return deployments
    .map((d, i) => ({ deploymentId: d.id, courtName: d.courtName, projection: projections[i] }))
    .filter((r): r is AtRisk => !!r.projection?.atRisk)
    .sort((a, b) => (b.projection.daysLate ?? 0) - (a.projection.daysLate ?? 0) || a.courtName.localeCompare(b.courtName));
}

/** Whether a database error is a unique key another process wrote first (a digest's day, a reminder's Message-ID). */
export const isTaken = (error: unknown) => /unique|duplicate|constraint/i.test(String((error as Error)?.message ?? error));

/**
 * Writes the daily digests due at `now`: one e-mail per person, at 7:00 in their time zone (or as
 * soon after as a server runs, until noon), holding their tasks due within 3 days and overdue and
 * every message of the kinds they get in the digest. A person's day is claimed by its mail_digest
 * row in the same transaction, so two processes never write one twice; a day with nothing to say
 * is claimed and sends nothing.
 */
export async function writeDueDigests(db: DataSource, config: Config, clock: Clock): Promise<number> {
  const now = clock.now();
  const people = await db.manager.find(User, {
    select: { id: true, email: true, role: true, organizationId: true, timeZone: true, mailPreferences: true },
    where: { active: true },
  });
  const due = people.map((person) => ({ person, local: localTime(now, person.timeZone) }))
    .filter(({ local }) => local.hour >= DIGEST_HOUR && local.hour < LAST_HOUR);
  if (!due.length) return 0;
  const dates = [...new Set(due.map((d) => d.local.date))];
  const written = new Set((await rawQuery<{ userId: string; localDate: string }>(db.manager,
    `SELECT "userId", "localDate" FROM mail_digest WHERE "localDate" IN (:...dates)`, { dates }))
    .map((r) => `${r.userId}:${String(r.localDate).slice(0, 10)}`));
  let sent = 0;
  for (const { person, local } of due) {
    if (written.has(`${person.id}:${local.date}`)) continue;
    try {
      if (await inTransaction(db, (tx) => writeDigest(tx, config, now, person, local.date))) sent += 1;
    } catch (error) {
      if (!isTaken(error)) throw error;
    }
  }
  return sent;
}

async function writeDigest(tx: EntityManager, config: Config, now: Date, person: Person, date: string): Promise<boolean> {
  await insertRows(tx, MailDigest, [{ userId: person.id, localDate: date }]);
  const tasks = deliveryOf(person, MailKind.TASKS_DUE) === 'OFF' || person.role === Role.REPORTER
    ? [] : await tasksOf(tx, person, addDays(date, DUE_WITHIN_DAYS));
  const held = await tx.createQueryBuilder(OutboundMail, 'm')
    .where('m."userId" = :id AND m.status = :held', { id: person.id, held: MailStatus.IN_DIGEST })
    .orderBy('m.queuedAt', 'ASC').addOrderBy('m.id', 'ASC').getMany();
  const atRisk = await goLivesAtRiskOf(tx, person, date);
  if (!tasks.length && !held.length && !atRisk.length) return false;

  const lines: string[] = [];
  const overdue = tasks.filter((t) => String(t.dueDate).slice(0, 10) < date);
  const soon = tasks.filter((t) => String(t.dueDate).slice(0, 10) >= date);
  const listTasks = (heading: string, list: TaskRow[]) => {
    if (!list.length) return;
    lines.push(heading);
    for (const t of list.slice(0, MAX_TASKS)) {
      lines.push(`- ${t.courtName}: task ${t.number} “${t.title}”, due ${formatDate(String(t.dueDate).slice(0, 10))}${t.assigneeId ? '' : ' (unassigned)'}`);
      lines.push(`  ${linkTo(config.mail, `/deployments/${t.deploymentId}`)}`);
    }
    if (list.length > MAX_TASKS) lines.push(`- and ${list.length - MAX_TASKS} more on My work`);
    lines.push('');
  };
  if (atRisk.length) {
    lines.push(`Go-lives at risk (${atRisk.length}):`);
    for (const { deploymentId, courtName, projection: p } of atRisk) {
      const when = p.projectedReadyOn ? `, ready about ${formatDate(p.projectedReadyOn)}` : '';
      const late = p.daysLate ? ` (${p.daysLate} ${p.daysLate === 1 ? 'day' : 'days'} late)` : '';
      lines.push(`- ${courtName}: go-live ${formatDate(p.targetGoLive)}${when}${late}`);
      for (const reason of p.reasons) lines.push(`  ${reason.message}`);
      lines.push(`  ${linkTo(config.mail, `/deployments/${deploymentId}`)}`);
    }
    lines.push('');
  }
  listTasks(`Overdue (${overdue.length}):`, overdue);
  listTasks(`Due within ${DUE_WITHIN_DAYS} days (${soon.length}):`, soon);
  for (const kind of Object.keys(MAIL_KIND_LABELS) as MailKind[]) {
    const ofKind = held.filter((m) => m.kind === kind);
    if (!ofKind.length) continue;
    lines.push(`${MAIL_KIND_LABELS[kind]} (${ofKind.length}):`);
    for (const m of ofKind) lines.push(`- ${m.subject}`, `  ${m.link}`);
    lines.push('');
  }
  if (lines.at(-1) === '') lines.pop();

  const counts = [
    tasks.length ? `${tasks.length} task${tasks.length === 1 ? '' : 's'} due or overdue` : null,
    held.length ? `${held.length} update${held.length === 1 ? '' : 's'}` : null,
    atRisk.length ? `${atRisk.length} go-live${atRisk.length === 1 ? '' : 's'} at risk` : null,
  ].filter(Boolean).join(', ');
  const risks = atRisk.length ? `${atRisk.length === 1 ? 'the go-live' : `the ${atRisk.length} go-lives`} at risk` : '';
  const action = tasks.length
    ? `Check your ${tasks.length} task${tasks.length === 1 ? '' : 's'} due within ${DUE_WITHIN_DAYS} days or overdue${risks ? `, ${risks}` : ''}${held.length ? ', and what changed since yesterday' : ''}.`
    : risks ? `Check ${risks}${held.length ? ', and what changed since yesterday' : ''}.` : 'Read what changed since yesterday.';
  const id = randomUUID();
  const route = '/my-work';
  await insertRows(tx, OutboundMail, [{
    id, messageId: messageIdOf(config.mail, id), kind: null, userId: person.id, toAddress: person.email,
    subject: `Your daily digest for ${formatDate(date)}: ${counts}`,
    body: composeBody(config, person.id, { action, route, lines }, {
      reason: 'You get this digest because you chose it for the kinds above (tasks due and overdue come in it unless switched off).',
      stop: 'DIGEST',
    }),
    link: linkTo(config.mail, route), attachments: null,
    status: config.mail.smtpUrl ? MailStatus.QUEUED : MailStatus.KEPT,
    attempts: 0, queuedAt: now, nextAttemptAt: now, claimedBy: null, claimedUntil: null, lastError: null, sentAt: null,
  }]);
  if (held.length) {
    await tx.createQueryBuilder().update(OutboundMail).set({ status: MailStatus.DIGESTED })
      .where('id IN (:...ids)', { ids: held.map((m) => m.id) }).execute();
  }
  return true;
}
