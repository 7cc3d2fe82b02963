import { EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, problem } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { addDays, californiaDate } from '../../shared/dates';
import { AuditEvent } from '../audit/audit-event.entity';
import { excerpt, operationLabel } from '../../../rules/labels';
import { HALTED_DEPLOYMENT_STATUSES } from '../../../rules/statuses';
import { formatDate } from '../../../rules/dates';
import { applyMutation } from '../sync/replay';
import { OPEN_TASK_STATUSES } from '../task/task.entity';
import { myDeploymentsSql } from './my-deployments';
import { deploymentScope } from '../access/scope';
import { readableVisibilities } from '../comment/comment.service';
import type { CommentMention } from '../comment/comment.entity';
import { NotificationReadMarker } from './notification.entity';
import { MarkNotificationsReadInput, Notification, NotificationFeed, NotificationKind } from './notification.types';

/** Days of history the list covers. */
const WINDOW_DAYS = 30;
/** Notifications returned at most. */
const MAX_NOTIFICATIONS = 100;

/** Audited records that belong to a deployment, by entity name, with their table. */
const DEPLOYMENT_RECORDS: Record<string, string> = {
  Task: 'task', Dependency: 'dependency', Meeting: 'meeting', Document: 'document', TrainingSession: 'training_session',
  AccountRequest: 'account_request', QuestionnaireResponse: 'questionnaire_response', ScannerAssessment: 'scanner_assessment',
  TestRun: 'test_run', Defect: 'defect', SignOff: 'sign_off', Incident: 'incident', CloseOut: 'close_out',
};

/** Words for the records changed, as a person says them. */
const NOUNS: Record<string, string> = {
  Deployment: 'the deployment', Task: 'tasks', Dependency: 'dependencies', Meeting: 'meetings', Document: 'documents',
  TrainingSession: 'training', AccountRequest: 'account requests', QuestionnaireResponse: 'questionnaires',
  ScannerAssessment: 'scanner assessments', TestRun: 'CAT runs', Defect: 'defects', SignOff: 'sign-offs', Incident: 'incidents', CloseOut: 'close-out',
};

/** "signOffRun" → "signed off a CAT run". */
const words = (operation: string) => {
  const label = operationLabel(operation);
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/** The instant a California date begins. */
function californiaMidnight(date: string): Date {
  for (const hour of ['07', '08']) {
    const t = new Date(`${date}T${hour}:00:00Z`);
    if (californiaDate(t) === date && californiaDate(new Date(t.getTime() - 1)) !== date) return t;
  }
  return new Date(`${date}T08:00:00Z`);
}

function instantParam(em: EntityManager, value: Date) {
  const column = em.connection.getMetadata(AuditEvent).findColumnWithPropertyName('at')!;
  return em.connection.driver.preparePersistentValue(value, column);
}

function instantValue(em: EntityManager, value: unknown): Date {
  const column = em.connection.getMetadata(AuditEvent).findColumnWithPropertyName('at')!;
  return em.connection.driver.prepareHydratedValue(value, column) as Date;
}

/**
 * Changes other people made to my deployments since `since`, one per operation and deployment.
 * The system's own writes (seeding, migrations) have no user and are not news to anyone.
 */
function changesSql(em: EntityManager) {
  const cast = (expr: string) => `CAST(${expr} AS varchar(36))`;
  const records = [
    `SELECT 'Deployment' AS "entityType", ${cast('id')} AS "entityId", id AS "deploymentId" FROM deployment`,
    ...Object.entries(DEPLOYMENT_RECORDS).map(([name, table]) => `SELECT '${name}', ${cast('id')}, "deploymentId" FROM ${table}`),
  ].join(' UNION ALL ');
  const minId = isPostgresSource(em) ? `MIN(${cast('a.id')})` : 'MIN(a.id)';
  return `SELECT a.at, a.operation, a.actor, r."deploymentId", c.name AS "courtName", ${minId} AS id,
            COUNT(*) AS changes, MIN(a."entityType") AS "entityType", COUNT(DISTINCT a."entityType") AS "entityTypes"
          FROM audit_event a
          JOIN (${records}) r ON r."entityType" = a."entityType" AND r."entityId" = a."entityId"
          JOIN deployment d ON d.id = r."deploymentId"
          JOIN organization c ON c.id = d."courtId"
          WHERE a.kind = 'CHANGE' AND a.at > :since AND a.at <= :now AND a."userId" IS NOT NULL AND a."userId" <> :me AND __SCOPE__
          GROUP BY a.at, a.operation, a.actor, r."deploymentId", c.name`;
}

interface ChangeRow { at: unknown; operation: string; actor: string; deploymentId: string; courtName: string; id: string; changes: number | string; entityType: string; entityTypes: number | string }
interface OverdueRow { id: string; number: number; title: string; dueDate: string; deploymentId: string; courtName: string }

async function readMarker(ctx: Context) {
  return ctx.db.manager.findOneBy(NotificationReadMarker, { userId: ctx.actor.userId! });
}

/** My notifications of the last 30 days: changes others made to my deployments, and tasks become overdue. */
export async function notificationFeed(ctx: Context, first: number): Promise<NotificationFeed> {
  if (first < 1 || first > MAX_NOTIFICATIONS) throw badInput([{ field: 'first', message: `must be 1 to ${MAX_NOTIFICATIONS}.` }]);
  if (!ctx.actor.userId) throw problem('UNAUTHENTICATED', 'Sign in to see your notifications.');
  const em = ctx.db.manager;
  const marker = await readMarker(ctx);
  const now = ctx.clock.now();
  const windowStart = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const since = marker && marker.readUpTo > windowStart ? marker.readUpTo : windowStart;
  const scope = myDeploymentsSql(ctx);
  const changes = changesSql(em).replace('__SCOPE__', scope.sql);
  const params = { ...scope.params, me: ctx.actor.userId, now: instantParam(em, now) };

  const rows = await rawQuery<ChangeRow>(em, `${changes} ORDER BY a.at DESC, id DESC LIMIT ${first}`, { ...params, since: instantParam(em, windowStart) });
  const [{ unread }] = await rawQuery<{ unread: number | string }>(em, `SELECT COUNT(*) AS unread FROM (${changes}) g`, { ...params, since: instantParam(em, since) });

  // A task becomes overdue when the day after its due date begins; tasks of paused or ended deployments wait,
  // and a task already past due when its deployment was created never "became" overdue for anyone.
  const now_ = today(ctx.clock);
  const overdue = await rawQuery<OverdueRow>(em,
    `SELECT t.id, t.number, t.title, t."dueDate", t."deploymentId", c.name AS "courtName"
     FROM task t JOIN deployment d ON d.id = t."deploymentId" JOIN organization c ON c.id = d."courtId"
     WHERE t.status IN (:...open) AND t."dueDate" < :today AND t."dueDate" >= :from AND NOT t."pastDueAtCreation"
       AND d.status NOT IN (:...inactive) AND ${scope.sql}
     ORDER BY t."dueDate" DESC, t.number LIMIT ${MAX_NOTIFICATIONS}`,
    { ...scope.params, open: OPEN_TASK_STATUSES, today: now_, from: addDays(now_, -WINDOW_DAYS - 1),
      inactive: HALTED_DEPLOYMENT_STATUSES });

  const mentions = await mentionsOfMe(ctx, windowStart, now);

  const isUnread = (at: Date) => !marker || at > marker.readUpTo;
  const items: Notification[] = [
    ...rows.map((r) => {
      const at = instantValue(em, r.at);
      const several = Number(r.entityTypes) > 1 ? 'records' : NOUNS[r.entityType] ?? 'records';
      const count = Number(r.changes);
      return {
        id: `change:${r.id}`, kind: NotificationKind.CHANGED, at, deploymentId: r.deploymentId, courtName: r.courtName,
        summary: `${r.actor}: ${words(r.operation)} (${count} change${count === 1 ? '' : 's'} to ${several})`, actor: r.actor, unread: isUnread(at),
      };
    }),
    ...overdue.map((t) => {
      const at = californiaMidnight(addDays(String(t.dueDate).slice(0, 10), 1));
      return {
        id: `overdue:${t.id}`, kind: NotificationKind.OVERDUE, at, deploymentId: t.deploymentId, courtName: t.courtName,
        summary: `Task ${t.number} "${t.title}" is overdue (due ${formatDate(String(t.dueDate))}).`, actor: null, unread: isUnread(at),
      };
    }),
    ...mentions.map((c) => ({
      id: `mention:${c.id}`, kind: NotificationKind.MENTIONED, at: c.at, deploymentId: c.deploymentId, courtName: c.courtName,
      summary: `${c.authorName} mentioned you in a comment: “${excerpt(c.body, 80)}”`, actor: c.authorName, unread: isUnread(c.at),
    })),
  ].filter((n) => n.at <= now).sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id)).slice(0, first);

  const overdueUnread = overdue.filter((t) => {
    const at = californiaMidnight(addDays(String(t.dueDate).slice(0, 10), 1));
    return at <= now && isUnread(at);
  }).length;
  const mentionsUnread = mentions.filter((c) => isUnread(c.at)).length;
  return { items, unreadCount: Number(unread) + overdueUnread + mentionsUnread, readUpTo: marker?.readUpTo ?? null };
}

interface MentionRow { id: string; deploymentId: string; courtName: string; authorName: string; body: string; mentions: string; visibility: string }

/**
 * Comments of the last 30 days that mention me, on deployments I may see and of a visibility I
 * read (a person mentioned and later moved out of the deployment hears nothing more of it). The
 * mention lists are JSON: a LIKE narrows the rows, the parsed list decides.
 */
async function mentionsOfMe(ctx: Context, since: Date, now: Date) {
  const visibilities = readableVisibilities(ctx.actor.role);
  if (!visibilities.length) return [];
  const em = ctx.db.manager;
  const scope = deploymentScope(ctx);
  const rows = await rawQuery<MentionRow>(em,
    `SELECT c.id, c."deploymentId", o.name AS "courtName", c."authorName", c.body, c.mentions, c.visibility
     FROM comment c JOIN deployment d ON d.id = c."deploymentId" JOIN organization o ON o.id = d."courtId"
     WHERE c.mentions LIKE :pattern AND c."authorId" <> :me AND c.visibility IN (:...visibilities) AND ${scope.sql}`,
    { ...scope.params, pattern: `%${ctx.actor.userId}%`, me: ctx.actor.userId, visibilities });
  return rows.flatMap((row) => {
    const mine = (JSON.parse(row.mentions) as CommentMention[]).find((m) => m.userId === ctx.actor.userId);
    const at = mine && new Date(mine.at);
    return at && at > since && at <= now ? [{ ...row, at }] : [];
  });
}

/** Moves my read marker forward to `upTo` (never back, never past now). */
export function markNotificationsRead(ctx: Context, input: MarkNotificationsReadInput) {
  return applyMutation(ctx, { operation: 'markNotificationsRead', input }, async (tx) => {
    const userId = ctx.actor.userId!;
    const now = ctx.clock.now();
    const upTo = input.upTo > now ? now : input.upTo;
    const marker = await tx.findOneBy(NotificationReadMarker, { userId });
    if (!marker) await tx.insert(NotificationReadMarker, { userId, readUpTo: upTo });
    else if (upTo > marker.readUpTo) await tx.update(NotificationReadMarker, { userId }, { readUpTo: upTo });
    return { readUpTo: marker && marker.readUpTo > upTo ? marker.readUpTo : upTo };
  });
}
