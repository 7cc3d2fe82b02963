// The dates a deployment's health is decided by (deployment_health, docs/domain.md#health), kept by
// the write path in the write's transaction: computed again from the deployment's tasks and
// dependencies whenever a write changes one of them.
import type { DataSource, EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { rawQuery, shiftDateSql, unindexed } from '../../db/sql';
import type { AuditEvent } from '../audit/audit-event.entity';
import { LATE_AFTER_DAYS, LONG_WAIT_DAYS, OPEN_DEPENDENCIES, OPEN_TASKS, windowTooShortSql } from './health';

/** The columns of deployment_health, in order. */
export const HEALTH_FACTS = ['openTaskDue', 'requiredTaskDue', 'openDependencyDue', 'waitingSince', 'phase', 'status', 'targetGoLive', 'actualGoLive', 'atRiskOn', 'lateOn'] as const;

type Db = DataSource | EntityManager;
/** A day later than any real one: "never" inside a LEAST, null outside it. */
const NEVER = '9999-12-31';
const day = (db: Db, value: string) => (isPostgresSource(db) ? `DATE '${value}'` : `'${value}'`);
const least = (db: Db, values: string[]) => `NULLIF(${isPostgresSource(db) ? 'LEAST' : 'MIN'}(${values.map((v) => `COALESCE(${v}, ${day(db, NEVER)})`).join(', ')}), ${day(db, NEVER)})`;

/**
 * The first day a deployment with the dates of `k` is LATE, and the first it is AT_RISK or LATE, if
 * nothing changes (healthTableSql's rules turned around: a date is past a day exactly when that day
 * is at least the next): null when never, as for a closed or withdrawn deployment.
 */
function healthDaysSql(db: Db, k = 'k') {
  const after = (expr: string, days: number) => shiftDateSql(db, expr, days);
  const closed = `${k}.status IN ('CLOSED','WITHDRAWN')`;
  const lateOn = least(db, [
    `CASE WHEN ${k}.status <> 'LIVE' THEN ${after(`${k}."targetGoLive"`, 1)} END`,
    after(`${k}."requiredTaskDue"`, LATE_AFTER_DAYS + 1), after(`${k}."openDependencyDue"`, LATE_AFTER_DAYS + 1),
  ]);
  const atRiskOn = least(db, [
    lateOn, after(`${k}."openTaskDue"`, 1), after(`${k}."openDependencyDue"`, 1), after(`${k}."waitingSince"`, LONG_WAIT_DAYS + 1),
    `CASE WHEN ${windowTooShortSql(db, k)} = 1 THEN ${day(db, '0001-01-01')} END`,
  ]);
  return { lateOn: `CASE WHEN ${closed} THEN NULL ELSE ${lateOn} END`, atRiskOn: `CASE WHEN ${closed} THEN NULL ELSE ${atRiskOn} END` };
}

/**
 * The row deployment_health keeps, computed from the deployments in :...ids (or every deployment)
 * and their tasks and dependencies: what a kept row must equal.
 */
export function healthFactsSql(db: Db, onlyIds = true): string {
  // A deployment's own tasks and dependencies, found by its id (not by an index on status, which holds the portfolio's).
  const earliest = (column: string, table: string, where: string) => `(SELECT MIN(x."${column}") FROM ${table} x WHERE x."deploymentId" = d.id AND ${where})`;
  const status = unindexed('x.status');
  const { lateOn, atRiskOn } = healthDaysSql(db);
  return `SELECT k.*, ${lateOn} AS "lateOn", ${atRiskOn} AS "atRiskOn" FROM (SELECT d.id AS "deploymentId",
      ${earliest('dueDate', 'task', `${status} IN ${OPEN_TASKS}`)} AS "openTaskDue",
      ${earliest('dueDate', 'task', `${status} IN ${OPEN_TASKS} AND x.required = TRUE`)} AS "requiredTaskDue",
      ${earliest('dueDate', 'dependency', `${status} IN ${OPEN_DEPENDENCIES}`)} AS "openDependencyDue",
      ${earliest('waitingSince', 'dependency', `${status} = 'WAITING'`)} AS "waitingSince",
      d.phase, d.status, d."targetGoLive", d."actualGoLive", d."phaseEnteredOn"
    FROM deployment d${onlyIds ? ' WHERE d.id IN (:...ids)' : ''}) k`;
}

/** What portfolio_tally counts a kept row under (see PortfolioTally). */
const TALLIED = (h: string) => [
  `SELECT 'ALL' AS kind, ${h}.phase, ${h}.status, '0001-01-01' AS day FROM deployment_health ${h}`,
  `SELECT 'AT_RISK', ${h}.phase, ${h}.status, ${h}."atRiskOn" FROM deployment_health ${h} WHERE ${h}."atRiskOn" IS NOT NULL`,
  `SELECT 'LATE', ${h}.phase, ${h}.status, ${h}."lateOn" FROM deployment_health ${h} WHERE ${h}."lateOn" IS NOT NULL`,
  `SELECT 'PLANNED', ${h}.phase, ${h}.status, ${h}."targetGoLive" FROM deployment_health ${h}`,
  `SELECT 'ACTUAL', ${h}.phase, ${h}.status, ${h}."actualGoLive" FROM deployment_health ${h} WHERE ${h}."actualGoLive" IS NOT NULL`,
];

/** portfolio_tally computed again from the kept rows of every deployment: what the table must hold (rows of 0 left out). */
export const tallySql = (db: Db) => `SELECT t.kind, t.phase, t.status, ${isPostgresSource(db) ? 'CAST(t.day AS date)' : 't.day'} AS day, CAST(COUNT(*) AS INTEGER) AS deployments
  FROM (${TALLIED('h').join(' UNION ALL ')}) t GROUP BY t.kind, t.phase, t.status, t.day`;

/** portfolio_tally computed again from every kept row (after a bulk load that bypassed the write path). */
export async function tallyAgain(tx: EntityManager) {
  await rawQuery(tx, 'DELETE FROM portfolio_tally');
  await rawQuery(tx, `INSERT INTO portfolio_tally (kind, phase, status, day, deployments) SELECT * FROM (${tallySql(tx)}) t WHERE 1 = 1`);
}

type Kept = { deploymentId: string; phase: string; status: string; targetGoLive: string; actualGoLive: string | null; atRiskOn: string | null; lateOn: string | null };

/** The tally rows a kept row counts under, as keys. */
function tallyKeys(row: Kept): string[] {
  const key = (kind: string, on: string | null) => (on === null ? [] : [JSON.stringify([kind, row.phase, row.status, String(on).slice(0, 10)])]);
  return [...key('ALL', '0001-01-01'), ...key('AT_RISK', row.atRiskOn), ...key('LATE', row.lateOn), ...key('PLANNED', row.targetGoLive), ...key('ACTUAL', row.actualGoLive)];
}

/**
 * Brings the kept health rows of the deployments up to date in the write's transaction (one
 * statement), and portfolio_tally by the difference between their rows before and after. The write
 * path locks the deployments' rows first on PostgreSQL (lockDeployments), so two writes touching one
 * deployment refresh one after the other, the second seeing the first's change; the tally rows are
 * changed in key order, so two writes wait for each other rather than deadlock. `every` computes
 * every row and the whole tally again (a migration's backfill).
 */
export async function refreshHealthFacts(tx: EntityManager, deploymentIds: readonly string[] | 'every') {
  if (deploymentIds !== 'every' && !deploymentIds.length) return;
  const columns = HEALTH_FACTS.map((c) => `"${c}"`);
  const ids = deploymentIds === 'every' ? {} : { ids: [...deploymentIds] };
  const kept = async () => deploymentIds === 'every' ? [] : rawQuery<Kept>(tx,
    `SELECT "deploymentId", phase, status, "targetGoLive", "actualGoLive", "atRiskOn", "lateOn" FROM deployment_health WHERE "deploymentId" IN (:...ids)`, ids);
  const before = await kept();
  await rawQuery(tx, `INSERT INTO deployment_health ("deploymentId", ${columns.join(', ')})
    SELECT k."deploymentId", ${columns.map((c) => `k.${c}`).join(', ')} FROM (${healthFactsSql(tx, deploymentIds !== 'every')}) k
    WHERE 1 = 1 -- SQLite reads ON CONFLICT after a SELECT without WHERE as a join's
    ON CONFLICT ("deploymentId") DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`, ids);
  if (deploymentIds === 'every') return tallyAgain(tx);
  const change = new Map<string, number>();
  for (const row of before) for (const key of tallyKeys(row)) change.set(key, (change.get(key) ?? 0) - 1);
  for (const row of await kept()) for (const key of tallyKeys(row)) change.set(key, (change.get(key) ?? 0) + 1);
  const changed = [...change].filter(([, by]) => by !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!changed.length) return;
  const params: Record<string, unknown> = {};
  const values = changed.map(([key, by], i) => {
    const [kind, phase, status, on] = JSON.parse(key) as string[];
    Object.assign(params, { [`kind${i}`]: kind, [`phase${i}`]: phase, [`status${i}`]: status, [`on${i}`]: on, [`by${i}`]: by });
    return `(:kind${i}, :phase${i}, :status${i}, :on${i}, :by${i})`;
  });
  await rawQuery(tx, `INSERT INTO portfolio_tally (kind, phase, status, day, deployments) VALUES ${values.join(', ')}
    ON CONFLICT (kind, phase, status, day) DO UPDATE SET deployments = portfolio_tally.deployments + excluded.deployments`, params);
  // A row counting no deployment any more goes (by its key, not a scan of the table).
  for (const [i] of changed.map(([, by], i) => [i, by]).filter(([, by]) => by < 0)) {
    await rawQuery(tx, `DELETE FROM portfolio_tally WHERE kind = :kind${i} AND phase = :phase${i} AND status = :status${i} AND day = :on${i} AND deployments = 0`, params);
  }
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

/** The rows open_task_due keeps, computed from the tasks of the deployments in :...ids (or of every deployment). */
export const openTaskDueSql = (onlyIds = true) => `SELECT x."deploymentId", x.party, x.phase, x."dueDate" AS day, CAST(COUNT(*) AS INTEGER) AS tasks
  FROM task x WHERE ${unindexed('x.status')} IN ${OPEN_TASKS}${onlyIds ? ' AND x."deploymentId" IN (:...ids)' : ''}
  GROUP BY x."deploymentId", x.party, x.phase, x."dueDate"`;

/** task_due_tally computed again from the rows of open_task_due (`from`: SQL giving them): what the table must hold. */
export const taskDueTallySql = (from = 'SELECT * FROM open_task_due') => `SELECT o.day, o.party, o.phase, CAST(SUM(o.tasks) AS INTEGER) AS tasks,
    CAST(SUM(CASE WHEN o.day = o.earliest THEN 1 ELSE 0 END) AS INTEGER) AS deployments
  FROM (SELECT y.day, y.party, y.phase, y.tasks, MIN(y.day) OVER (PARTITION BY y."deploymentId", y.party, y.phase) AS earliest FROM (${from}) y) o
  GROUP BY o.day, o.party, o.phase`;

type DueRow = { deploymentId: string; party: string; phase: string; day: string; tasks: number };

/** What a deployment's open_task_due rows count in task_due_tally, by key (day, party, phase). */
function dueTallyOf(rows: readonly DueRow[]): Map<string, { tasks: number; deployments: number }> {
  const earliest = new Map<string, string>();
  for (const r of rows) {
    const group = JSON.stringify([r.deploymentId, r.party, r.phase]);
    if (!earliest.has(group) || r.day < earliest.get(group)!) earliest.set(group, r.day);
  }
  const counts = new Map<string, { tasks: number; deployments: number }>();
  for (const r of rows) {
    const key = JSON.stringify([r.day, r.party, r.phase]);
    const c = counts.get(key) ?? { tasks: 0, deployments: 0 };
    c.tasks += r.tasks;
    if (earliest.get(JSON.stringify([r.deploymentId, r.party, r.phase])) === r.day) c.deployments += 1;
    counts.set(key, c);
  }
  return counts;
}

/** Keys of the tally changed per statement, so that a write touching many deployments stays within the databases' limits on parameters. */
const TALLY_CHUNK = 500;

/**
 * Brings open_task_due of the deployments up to date in the write's transaction, and task_due_tally
 * by the difference between their rows before and after (changed in key order, as portfolio_tally:
 * two writes wait for each other rather than deadlock). The write path has locked the deployments'
 * rows on PostgreSQL (lockDeployments). `every` computes both tables again from every task (a
 * migration's backfill, or after a bulk load that bypassed the write path).
 */
export async function refreshOpenTasks(tx: EntityManager, deploymentIds: readonly string[] | 'every') {
  if (deploymentIds === 'every') {
    await rawQuery(tx, 'DELETE FROM open_task_due');
    await rawQuery(tx, `INSERT INTO open_task_due ("deploymentId", party, phase, day, tasks) SELECT * FROM (${openTaskDueSql(false)}) o WHERE 1 = 1`);
    return taskDueTallyAgain(tx);
  }
  if (!deploymentIds.length) return;
  const ids = { ids: [...deploymentIds] };
  const read = async (sql: string) => (await rawQuery<DueRow>(tx, sql, ids)).map((r) => ({ ...r, day: String(r.day).slice(0, 10), tasks: Number(r.tasks) }));
  const before = await read('SELECT "deploymentId", party, phase, day, tasks FROM open_task_due WHERE "deploymentId" IN (:...ids)');
  const after = await read(openTaskDueSql());
  const rowsOf = (rows: DueRow[]) => {
    const by = new Map<string, string[]>();
    for (const r of rows) by.set(r.deploymentId, [...(by.get(r.deploymentId) ?? []), JSON.stringify([r.party, r.phase, r.day, r.tasks])]);
    return by;
  };
  const [was, is] = [rowsOf(before), rowsOf(after)];
  const changed = deploymentIds.filter((id) => (was.get(id) ?? []).sort().join() !== (is.get(id) ?? []).sort().join());
  if (!changed.length) return;
  await rawQuery(tx, 'DELETE FROM open_task_due WHERE "deploymentId" IN (:...ids)', { ids: changed });
  await rawQuery(tx, `INSERT INTO open_task_due ("deploymentId", party, phase, day, tasks) SELECT * FROM (${openTaskDueSql()}) o WHERE 1 = 1`, { ids: changed });

  const change = new Map<string, { tasks: number; deployments: number }>();
  const add = (rows: DueRow[], sign: number) => {
    for (const [key, c] of dueTallyOf(rows.filter((r) => changed.includes(r.deploymentId)))) {
      const sum = change.get(key) ?? { tasks: 0, deployments: 0 };
      change.set(key, { tasks: sum.tasks + sign * c.tasks, deployments: sum.deployments + sign * c.deployments });
    }
  };
  add(before, -1);
  add(after, 1);
  const keys = [...change].filter(([, c]) => c.tasks !== 0 || c.deployments !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let start = 0; start < keys.length; start += TALLY_CHUNK) {
    const chunk = keys.slice(start, start + TALLY_CHUNK);
    const params: Record<string, unknown> = {};
    const values = chunk.map(([key, c], i) => {
      const [on, party, phase] = JSON.parse(key) as string[];
      Object.assign(params, { [`on${i}`]: on, [`party${i}`]: party, [`phase${i}`]: phase, [`tasks${i}`]: c.tasks, [`deployments${i}`]: c.deployments });
      return `(:on${i}, :party${i}, :phase${i}, :tasks${i}, :deployments${i})`;
    });
    await rawQuery(tx, `INSERT INTO task_due_tally (day, party, phase, tasks, deployments) VALUES ${values.join(', ')}
      ON CONFLICT (day, party, phase) DO UPDATE SET tasks = task_due_tally.tasks + excluded.tasks, deployments = task_due_tally.deployments + excluded.deployments`, params);
    // A row counting no task any more goes (by its key, not a scan of the table).
    const emptied = chunk.map(([, c], i) => (c.tasks < 0 ? `(day = :on${i} AND party = :party${i} AND phase = :phase${i})` : '')).filter(Boolean);
    if (emptied.length) await rawQuery(tx, `DELETE FROM task_due_tally WHERE tasks = 0 AND (${emptied.join(' OR ')})`, params);
  }
}

/** task_due_tally computed again from every row of open_task_due (after a bulk copy of them). */
export async function taskDueTallyAgain(tx: EntityManager) {
  await rawQuery(tx, 'DELETE FROM task_due_tally');
  await rawQuery(tx, `INSERT INTO task_due_tally (day, party, phase, tasks, deployments) SELECT * FROM (${taskDueTallySql()}) t WHERE 1 = 1`);
}
