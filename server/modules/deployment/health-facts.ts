// The dates a deployment's health is decided by (deployment_health, docs/domain.md#health), kept by
// the write path in the write's transaction: computed again from the deployment's tasks and
// dependencies whenever a write changes one of them.
import type { EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { rawQuery, unindexed } from '../../db/sql';
import type { AuditEvent } from '../audit/audit-event.entity';
import { OPEN_DEPENDENCIES, OPEN_TASKS } from './health';

/** The columns of deployment_health, in order. */
export const HEALTH_FACTS = ['openTaskDue', 'requiredTaskDue', 'openDependencyDue', 'waitingSince'] as const;

/**
 * The dates deployment_health keeps, computed from the tasks and dependencies of the deployments
 * in :...ids (or of every deployment): what a kept row must equal.
 */
export function healthFactsSql(onlyIds = true): string {
  // A deployment's own tasks and dependencies, found by its id (not by an index on status, which holds the portfolio's).
  const earliest = (column: string, table: string, where: string) => `(SELECT MIN(x."${column}") FROM ${table} x WHERE x."deploymentId" = d.id AND ${where})`;
  const status = unindexed('x.status');
  return `SELECT d.id AS "deploymentId",
      ${earliest('dueDate', 'task', `${status} IN ${OPEN_TASKS}`)} AS "openTaskDue",
      ${earliest('dueDate', 'task', `${status} IN ${OPEN_TASKS} AND x.required = TRUE`)} AS "requiredTaskDue",
      ${earliest('dueDate', 'dependency', `${status} IN ${OPEN_DEPENDENCIES}`)} AS "openDependencyDue",
      ${earliest('waitingSince', 'dependency', `${status} = 'WAITING'`)} AS "waitingSince"
    FROM deployment d${onlyIds ? ' WHERE d.id IN (:...ids)' : ''}`;
}

/**
 * Brings the kept health dates of the deployments up to date in the write's transaction (one
 * statement). The write path locks the deployments' rows first on PostgreSQL (lockDeployments), so
 * two writes touching one deployment refresh one after the other, the second seeing the first's change.
 */
export async function refreshHealthFacts(tx: EntityManager, deploymentIds: readonly string[] | 'every') {
  if (deploymentIds !== 'every' && !deploymentIds.length) return;
  const columns = HEALTH_FACTS.map((c) => `"${c}"`);
  await rawQuery(tx, `INSERT INTO deployment_health ("deploymentId", ${columns.join(', ')})
    SELECT k."deploymentId", ${columns.map((c) => `k.${c}`).join(', ')} FROM (${healthFactsSql(deploymentIds !== 'every')}) k
    WHERE 1 = 1 -- SQLite reads ON CONFLICT after a SELECT without WHERE as a join's
    ON CONFLICT ("deploymentId") DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  deploymentIds === 'every' ? {} : { ids: [...deploymentIds] });
}

/** The records health is decided by: a deployment's own dates and status, its tasks and its dependencies. */
const DECIDE_HEALTH = new Set(['Deployment', 'Task', 'Dependency']);

/** The deployments whose kept health dates the noted changes of a write may have changed. */
export async function healthChangedBy(tx: EntityManager, changes: readonly AuditEvent[]): Promise<string[]> {
  const found = new Set<string>();
  const lookUp = new Map<string, Set<string>>();
  for (const change of changes) {
    const id = change.entityId;
    if (!id || !DECIDE_HEALTH.has(change.entityType ?? '')) continue;
    const after = change.after ?? {};
    // A new deployment gets its row; a task or dependency names its deployment when created, else by a lookup.
    if (change.entityType === 'Deployment') found.add(id);
    else if (typeof after.deploymentId === 'string') found.add(after.deploymentId);
    else lookUp.set(change.entityType!, (lookUp.get(change.entityType!) ?? new Set()).add(id));
  }
  for (const [kind, ids] of lookUp) {
    const table = kind === 'Task' ? 'task' : 'dependency';
    for (const row of await rawQuery<{ deploymentId: string }>(tx, `SELECT "deploymentId" FROM ${table} WHERE id IN (:...ids)`, { ids: [...ids] })) found.add(row.deploymentId);
  }
  return [...found];
}

/**
 * Locks the deployments' rows on PostgreSQL, in id order, before a write refreshes what is kept
 * about them (readiness, health dates): the refreshes of two writes touching one deployment then
 * run one after the other, the second reading the first's committed change.
 */
export async function lockDeployments(tx: EntityManager, deploymentIds: readonly string[]) {
  if (!deploymentIds.length || !isPostgresSource(tx)) return;
  // NO KEY UPDATE, not UPDATE: it leaves the key-share locks of inserts that reference a deployment free.
  await rawQuery(tx, 'SELECT id FROM deployment WHERE id IN (:...ids) ORDER BY id FOR NO KEY UPDATE', { ids: [...deploymentIds] });
}
