// Every report once: its columns and how its rows are computed. The GraphQL queries and the CSV
// downloads both read rows from here, so a report has the same numbers wherever it is read.
import { EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { daysBetweenSql, instantDateSql, monthSql, rawQuery, selectWhereIn, shiftDateSql, unindexed } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { today } from '../../shared/clock';
import { daysBetween } from '../../shared/dates';
import { ReadinessBlocker } from '../readiness/readiness.entity';
import { Phase, PHASE_ORDER, PHASE_STARTS_AT } from '../lifecycle-template/lifecycle.enums';
import { caseStatusTableSql } from '../test-run/run-status';
import { dependencyConditions, ReportFilter, reportDeployments, reportScope } from './report.filter';
import { isProjected, loadGoLiveProjections } from '../deployment/go-live-projection';
import { keptHealthSql, OPEN_DEPENDENCIES, OPEN_TASKS } from '../deployment/health';
import type { DeploymentStatus } from '../deployment/deployment.entity';

/** How a column's values are read back from either database (PostgreSQL returns counts as strings). */
type ColumnKind = 'text' | 'int' | 'float';

export interface ReportColumn {
  name: string;
  kind: ColumnKind;
}

export type ReportRow = Record<string, string | number | null>;

type Filter = ReportFilter | null | undefined;

interface ReportDefinition {
  /** Names of the GraphQL row type's fields, in CSV order. */
  columns: ReportColumn[];
  /** Rows `offset` to `offset + limit - 1` in report order, and how many rows there are in all. */
  page(ctx: Context, filter: Filter, offset: number, limit: number): Promise<{ rows: ReportRow[]; total: number }>;
  /** Every row in report order, a chunk at a time, so that a download never holds the whole report. */
  stream(ctx: Context, filter: Filter): AsyncIterable<ReportRow[]>;
}

/** Rows fetched per statement while streaming a download. */
const CHUNK_ROWS = 500;

const text = (name: string): ReportColumn => ({ name, kind: 'text' });
const int = (name: string): ReportColumn => ({ name, kind: 'int' });
const float = (name: string): ReportColumn => ({ name, kind: 'float' });

function readRow(columns: ReportColumn[], raw: Record<string, unknown>): ReportRow {
  const row: ReportRow = {};
  for (const c of columns) {
    const v = raw[c.name];
    row[c.name] = v === null || v === undefined ? null : c.kind === 'text' ? String(v) : Number(v);
  }
  return row;
}

interface ReportSql {
  sql: string;
  params: Record<string, unknown>;
}

type Scope = ReturnType<typeof reportScope>;

/**
 * A report computed by one SQL statement over the filtered deployments `fd` (see reportDeployments);
 * `orderBy` names its output columns, ending in a unique key. `pageColumns`, when given, is SQL of
 * columns computed for the rows of a page or a chunk only, over its row `r` (what would cost a pass
 * over the whole portfolio in the report's statement), with the report's parameters.
 */
function sqlReport(
  columns: ReportColumn[], orderBy: string, build: (ctx: Context, fd: string, dependencies: string, scope: Scope) => string,
  { pageColumns, countApart = false, count }: {
    pageColumns?: string;
    /**
     * Rows of a list walked in an index's order: the page reads its rows only, and its total is a
     * count of its own (a count over the page's window would make it read every row).
     */
    countApart?: boolean;
    /** With countApart: a statement counting the rows cheaper than counting the report's own (same parameters). */
    count?: (ctx: Context, scope: Scope, filter: Filter) => string;
  } = {},
): ReportDefinition {
  const showsHealth = columns.some((c) => c.name === 'health');
  const query = (ctx: Context, filter: Filter): ReportSql & { scope: Scope } => {
    const fd = reportDeployments(ctx, filter, showsHealth);
    const scope = reportScope(ctx, filter);
    const dependencies = dependencyConditions(filter);
    return { sql: build(ctx, fd.sql, dependencies.sql, scope), params: { ...fd.params, ...dependencies.params }, scope };
  };
  /** Rows `offset` to `offset + limit - 1` with the page's own columns, and `extra` SQL columns. */
  const pageSql = (sql: string, offset: number, limit: number, extra = '') => {
    const page = `SELECT r.*${extra} FROM (${sql}) r ORDER BY ${orderBy} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
    return pageColumns ? `SELECT r.*, ${pageColumns} FROM (${page}) r ORDER BY ${orderBy}` : page;
  };
  const rows = async (db: EntityManager, { sql, params }: ReportSql, offset: number, limit: number) =>
    (await rawQuery(db, pageSql(sql, offset, limit), params)).map((r) => readRow(columns, r));
  const countSql = (ctx: Context, filter: Filter, q: ReturnType<typeof query>) =>
    count ? count(ctx, q.scope, filter) : `SELECT COUNT(*) AS total FROM (${q.sql}) r`;
  return {
    columns,
    async page(ctx, filter, offset, limit) {
      const q = query(ctx, filter);
      // The total rides along the page's rows in the same statement: a count over the page's window
      // (one evaluation of the report instead of two), or the list's own count, evaluated once. An
      // empty first page means none, and only a page past the end needs a count of its own.
      const raw = await rawQuery<Record<string, unknown> & { reportTotal: number }>(ctx.db,
        pageSql(q.sql, offset, limit, countApart ? `, (${countSql(ctx, filter, q)}) AS "reportTotal"` : ', COUNT(*) OVER () AS "reportTotal"'), q.params);
      const total = raw.length ? Number(raw[0].reportTotal) : offset === 0 ? 0
        : Number((await rawQuery<{ total: number }>(ctx.db, countSql(ctx, filter, q), q.params))[0].total);
      return { rows: raw.map((r) => readRow(columns, r)), total };
    },
    async *stream(ctx, filter) {
      const q = query(ctx, filter);
      // A report of one chunk (every aggregate a dashboard reads) is one statement, with no transaction around it.
      const first = await rows(ctx.db.manager, q, 0, CHUNK_ROWS);
      const postgres = isPostgresSource(ctx.db);
      if (first.length < CHUNK_ROWS || !postgres) {
        if (first.length) yield first;
        if (first.length < CHUNK_ROWS) return;
      }
      // PostgreSQL: a report of several chunks is read again from the first in one snapshot, so rows
      // changing meanwhile are neither skipped nor repeated. SQLite has one connection for the whole
      // process: a transaction held open while a client downloads slowly would stall every write, so
      // its chunks read the latest data each.
      const runner = postgres ? ctx.db.createQueryRunner() : null;
      try {
        if (runner) await runner.startTransaction('REPEATABLE READ');
        const db = runner?.manager ?? ctx.db.manager;
        for (let offset = runner ? 0 : CHUNK_ROWS; ; offset += CHUNK_ROWS) {
          const chunk = await rows(db, q, offset, CHUNK_ROWS);
          if (chunk.length) yield chunk;
          if (chunk.length < CHUNK_ROWS) break;
        }
        if (runner) await runner.commitTransaction();
      } finally {
        if (runner?.isTransactionActive) await runner.rollbackTransaction();
        await runner?.release();
      }
    },
  };
}

const sum = (condition: string, of = '1') => `CAST(SUM(CASE WHEN ${condition} THEN ${of} ELSE 0 END) AS INTEGER)`;
/** Percent of `part` in `whole`, one decimal, null when `whole` is 0 (NUMERIC: PostgreSQL rounds only exact numbers). */
const percent = (part: string, whole: string) =>
  `CASE WHEN ${whole} > 0 THEN ROUND(CAST(100.0 * ${part} / ${whole} AS NUMERIC), 1) END`;

/**
 * A join that keeps its tables in the order written, so that the first one's index gives the
 * report's order and LIMIT stops the walk early: SQLite, without statistics, would otherwise sort
 * every row (CROSS JOIN is how it is told); PostgreSQL plans the walk from its statistics.
 */
const inOrder = (ctx: Context) => (isPostgresSource(ctx.db) ? 'JOIN' : 'CROSS JOIN');

/** FROM the table `table` walked in its order, each row's deployment `d` (by `deploymentId`) and court `c` joined after it. */
const walk = (ctx: Context, table: string, deploymentId: string, scope: Scope) =>
  `FROM ${table} ${inOrder(ctx)} deployment d ON d.id = ${deploymentId} ${inOrder(ctx)} organization c ON c.id = d."courtId"${scope.joins}`;

/** Runs of the filtered deployments, as SQL for `IN …`. */
const runsOf = (fd: string) => `(SELECT r0.id FROM test_run r0 WHERE r0."deploymentId" IN (SELECT fd0.id FROM (${fd}) fd0))`;

/**
 * The open rows of `table` (task or dependency) of the page row `r`'s deployment due before today,
 * counted when its column `oldest` (the earliest such due date, kept) says there is one.
 */
const overdueOf = (table: string, open: string, oldest: string) => `CASE WHEN r."${oldest}" IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM ${table} x
  WHERE x."deploymentId" = r."deploymentId" AND ${unindexed('x.status')} IN ${open} AND x."dueDate" < :today) END`;

/** Sorts phases in lifecycle order rather than alphabetically. */
const phaseRank = (expr: string) => `CASE ${expr} ${PHASE_ORDER.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} ELSE ${PHASE_ORDER.length} END`;

export const REPORTS = {
  // The whole portfolio (a role that sees it, no filter) from portfolio_tally, kept by the write path:
  // by phase and status, every deployment, those AT_RISK or LATE by today, those LATE by today;
  // otherwise from the filtered deployments' kept health, one row each.
  'deployment-counts': sqlReport(
    [text('phase'), text('status'), text('health'), int('deployments')],
    `${phaseRank('r.phase')}, r.status, r.health`,
    (ctx, fd, dependencies, scope) => scope.everything
      ? `SELECT t.phase, t.status, h.health, CAST(CASE h.health WHEN 'LATE' THEN t.late WHEN 'AT_RISK' THEN t."atRisk" - t.late ELSE t.every - t."atRisk" END AS INTEGER) AS deployments
        FROM (
          SELECT x.phase, x.status, ${sum(`x.kind = 'ALL'`, 'x.deployments')} AS every,
            ${sum(`x.kind = 'AT_RISK' AND x.day <= :today`, 'x.deployments')} AS "atRisk", ${sum(`x.kind = 'LATE' AND x.day <= :today`, 'x.deployments')} AS late
          FROM portfolio_tally x WHERE x.kind IN ('ALL','AT_RISK','LATE') GROUP BY x.phase, x.status
        ) t CROSS JOIN (SELECT 'ON_TRACK' AS health UNION ALL SELECT 'AT_RISK' UNION ALL SELECT 'LATE') h
        WHERE CASE h.health WHEN 'LATE' THEN t.late WHEN 'AT_RISK' THEN t."atRisk" - t.late ELSE t.every - t."atRisk" END > 0`
      : `SELECT d.phase, d.status, fd.health, CAST(COUNT(*) AS INTEGER) AS deployments
        FROM deployment d JOIN (${fd}) fd ON fd.id = d.id
        GROUP BY d.phase, d.status, fd.health`,
  ),

  // The whole portfolio from portfolio_tally (deployments by target and by actual go-live day);
  // otherwise from the filtered deployments.
  'go-lives-by-month': sqlReport(
    [text('month'), int('planned'), int('actual')],
    'r.month',
    (ctx, fd, dependencies, scope) => scope.everything
      ? `SELECT ${monthSql(ctx.db, 'x.day')} AS month, ${sum(`x.kind = 'PLANNED'`, 'x.deployments')} AS planned, ${sum(`x.kind = 'ACTUAL'`, 'x.deployments')} AS actual
        FROM portfolio_tally x WHERE x.kind IN ('PLANNED','ACTUAL') GROUP BY ${monthSql(ctx.db, 'x.day')}`
      : `SELECT m.month, ${sum(`m.kind = 'planned'`)} AS planned, ${sum(`m.kind = 'actual'`)} AS actual
        FROM (
          SELECT ${monthSql(ctx.db, 'd."targetGoLive"')} AS month, 'planned' AS kind FROM deployment d JOIN (${fd}) fd ON fd.id = d.id
          UNION ALL
          SELECT ${monthSql(ctx.db, 'd."actualGoLive"')} AS month, 'actual' AS kind FROM deployment d JOIN (${fd}) fd ON fd.id = d.id
          WHERE d."actualGoLive" IS NOT NULL
        ) m
        GROUP BY m.month`,
  ),

  // Phase windows as the schedule plans them (the same offsets as the health rule on short windows).
  // Health and the oldest overdue date come from the health dates kept per deployment; the overdue
  // counts only for the rows of the page or chunk that have something overdue.
  'deployment-timeline': sqlReport(
    [text('deploymentId'), text('courtName'), text('county'), int('wave'), text('phase'), text('status'), text('health'), text('planningStarts'),
      text('scopeStarts'), text('implementStarts'), text('targetGoLive'), text('actualGoLive'), int('daysToGoLive'), int('overdueTasks'),
      int('overdueDependencies'), text('oldestOverdue')],
    'r."targetGoLive", r."courtName", r."deploymentId"',
    // Walks the deployments by go-live (the index on targetGoLive; the condition on it, true of every
    // date, has SQLite walk it rather than sort every deployment), each joined to its court and health dates.
    (ctx, fd, dependencies, scope) => {
      const starts = (phase: Phase) => shiftDateSql(ctx.db, 'd."targetGoLive"', PHASE_STARTS_AT[phase]!);
      const overdue = (column: string) => `CASE WHEN f."${column}" < :today THEN f."${column}" END`;
      return `SELECT d.id AS "deploymentId", c.name AS "courtName", c.county, d.wave, d.phase, d.status, ${keptHealthSql(ctx.db)} AS health,
          ${starts(Phase.PLANNING)} AS "planningStarts", ${starts(Phase.SCOPE)} AS "scopeStarts", ${starts(Phase.IMPLEMENT)} AS "implementStarts",
          d."targetGoLive", d."actualGoLive", ${daysBetweenSql(ctx.db, ':today', 'd."targetGoLive"')} AS "daysToGoLive",
          ${overdue('openTaskDue')} AS "oldestTask", ${overdue('openDependencyDue')} AS "oldestDependency"
        FROM deployment d ${inOrder(ctx)} organization c ON c.id = d."courtId"
        LEFT JOIN deployment_health f ON f."deploymentId" = d.id
        WHERE d."targetGoLive" >= '0001-01-01' AND ${scope.where}`;
    },
    {
      // For the page's rows alone, each counting its own tasks and dependencies by its id, and only
      // when its kept dates say it has one overdue (on PostgreSQL, a condition on due dates over the
      // page's tasks had it also scan the index of every overdue task).
      pageColumns: `${overdueOf('task', OPEN_TASKS, 'oldestTask')} AS "overdueTasks", ${overdueOf('dependency', OPEN_DEPENDENCIES, 'oldestDependency')} AS "overdueDependencies",
        CASE WHEN r."oldestTask" IS NULL THEN r."oldestDependency" WHEN r."oldestDependency" IS NULL OR r."oldestTask" <= r."oldestDependency"
          THEN r."oldestTask" ELSE r."oldestDependency" END AS "oldestOverdue"`,
      countApart: true,
      count: (ctx, scope) => (scope.everything ? 'SELECT COUNT(*) AS total FROM deployment' : `SELECT COUNT(*) AS total FROM deployment d JOIN organization c ON c.id = d."courtId"${scope.joins} WHERE ${scope.where}`),
    },
  ),

  // The whole portfolio from task_due_tally, kept by the write path (the days before today: a row
  // per day, party and phase, not per task); otherwise every overdue open task of the filtered deployments.
  'overdue-tasks': sqlReport(
    [text('party'), text('phase'), int('tasks'), int('deployments'), int('maxDaysOverdue')],
    `r.tasks DESC, r.party, ${phaseRank('r.phase')}`,
    (ctx, fd, dependencies, scope) => scope.everything
      ? `SELECT x.party, x.phase, CAST(SUM(x.tasks) AS INTEGER) AS tasks, CAST(SUM(x.deployments) AS INTEGER) AS deployments,
          MAX(${daysBetweenSql(ctx.db, 'x.day', ':today')}) AS "maxDaysOverdue"
        FROM task_due_tally x WHERE x.day < :today
        GROUP BY x.party, x.phase`
      : `SELECT t.party, t.phase, CAST(COUNT(*) AS INTEGER) AS tasks, CAST(COUNT(DISTINCT t."deploymentId") AS INTEGER) AS deployments,
          MAX(${daysBetweenSql(ctx.db, 't."dueDate"', ':today')}) AS "maxDaysOverdue"
        FROM task t JOIN (${fd}) fd ON fd.id = t."deploymentId"
        WHERE t.status IN ${OPEN_TASKS} AND t."dueDate" < :today
        GROUP BY t.party, t.phase`,
  ),

  'dependency-status': sqlReport(
    [text('kind'), text('status'), text('waitingOn'), int('dependencies'), int('maxDaysWaiting')],
    `r.kind, r.status, COALESCE(r."waitingOn", '')`,
    (ctx, fd, dependencies) => `SELECT x.kind, x.status, x."waitingOn", CAST(COUNT(*) AS INTEGER) AS dependencies,
          MAX(CASE WHEN x.status = 'WAITING' THEN ${daysBetweenSql(ctx.db, 'x."waitingSince"', ':today')} END) AS "maxDaysWaiting"
        FROM (
          SELECT dep.kind, dep.status, CASE WHEN dep.status = 'WAITING' THEN dep."waitingOn" END AS "waitingOn", dep."waitingSince"
          FROM dependency dep JOIN (${fd}) fd ON fd.id = dep."deploymentId"
          WHERE 1 = 1${dependencies}
        ) x
        GROUP BY x.kind, x.status, x."waitingOn"`,
  ),

  // Walks the waiting dependencies by the day they began waiting (most days first), the index on
  // (status, waitingSince, id), joining each one's deployment: a page reads its rows, not every wait.
  'waiting-dependencies': sqlReport(
    [text('dependencyId'), text('deploymentId'), text('courtName'), text('county'), text('kind'), text('waitingOn'), text('waitingSince'), int('daysWaiting'), text('dueDate')],
    // The same order as most days waiting first: daysWaiting is today less waitingSince.
    'r."waitingSince", r."dependencyId"',
    (ctx, fd, dependencies, scope) => `SELECT dep.id AS "dependencyId", dep."deploymentId", c.name AS "courtName", c.county, dep.kind, dep."waitingOn", dep."waitingSince",
          ${daysBetweenSql(ctx.db, 'dep."waitingSince"', ':today')} AS "daysWaiting", dep."dueDate"
        ${walk(ctx, 'dependency dep', 'dep."deploymentId"', scope)}
        WHERE dep.status = 'WAITING' AND ${scope.where}${dependencies}`,
    {
      countApart: true,
      count: (ctx, scope, filter) => scope.everything && !dependencyConditions(filter).sql
        ? `SELECT COUNT(*) AS total FROM dependency WHERE status = 'WAITING'`
        : `SELECT COUNT(*) AS total ${walk(ctx, 'dependency dep', 'dep."deploymentId"', scope)} WHERE dep.status = 'WAITING' AND ${scope.where}${dependencyConditions(filter).sql}`,
    },
  ),

  // Walks the courts by name (the index on organization.name), their deployments and each one's runs
  // by start (the index on test_run (deploymentId, startedAt)), with the counts kept per run
  // (run_case_count): a page reads its rows, not every run of the portfolio.
  'cat-run-rates': sqlReport(
    [text('runId'), text('deploymentId'), text('courtName'), text('county'), text('purpose'), text('status'), int('total'), int('passed'),
      int('failed'), int('blocked'), int('retest'), int('untested'), int('notApplicable'), float('passPercent')],
    'r."courtName", r."startedAt", r."runId"',
    (ctx, fd, dependencies, scope) => `SELECT rs."runId", run."deploymentId", c.name AS "courtName", c.county, run.purpose, run."startedAt", rs.status, rs.total, rs.passed,
          rs.failed, rs.blocked, rs.retest, rs.untested, rs."notApplicable",
          ${percent('rs.passed', '(rs.total - rs."notApplicable")')} AS "passPercent"
        FROM organization c ${inOrder(ctx)} deployment d ON d."courtId" = c.id${scope.joins}
        ${inOrder(ctx)} test_run run ON run."deploymentId" = d.id
        JOIN run_case_count rs ON rs."runId" = run.id
        WHERE c.name >= '' AND ${scope.where}`, // true of every name: it has SQLite walk the index on names, where it would sort every run
    {
      countApart: true,
      // Every run has its counts row from the moment it starts (refreshRunCounts), so runs count the rows.
      count: (ctx, scope) => scope.everything ? 'SELECT COUNT(*) AS total FROM test_run'
        : `SELECT COUNT(*) AS total FROM deployment d JOIN organization c ON c.id = d."courtId"${scope.joins} JOIN test_run run ON run."deploymentId" = d.id WHERE ${scope.where}`,
    },
  ),

  'cat-case-rates': sqlReport(
    [text('caseKey'), text('title'), text('criticality'), int('runs'), int('passed'), int('failed'), int('blocked'), int('open'),
      int('notApplicable'), float('passPercent')],
    'r.failed DESC, r."caseKey"',
    (ctx, fd) => `SELECT cs."caseKey", MAX(tc.title) AS title, MAX(cs.criticality) AS criticality, CAST(COUNT(*) AS INTEGER) AS runs,
          ${sum(`cs.status = 'PASSED'`)} AS passed, ${sum(`cs.status = 'FAILED'`)} AS failed, ${sum(`cs.status = 'BLOCKED'`)} AS blocked,
          ${sum(`cs.status IN ('UNTESTED','RETEST')`)} AS open, ${sum(`cs.status = 'NOT_APPLICABLE'`)} AS "notApplicable",
          ${percent(`SUM(CASE WHEN cs.status = 'PASSED' THEN 1 ELSE 0 END)`, `SUM(CASE WHEN cs.status <> 'NOT_APPLICABLE' THEN 1 ELSE 0 END)`)} AS "passPercent"
        FROM (${caseStatusTableSql(ctx.db, runsOf(fd))}) cs
        JOIN test_case tc ON tc.id = cs."caseId"
        GROUP BY cs."caseKey"`,
  ),

  defects: sqlReport(
    [text('severity'), text('status'), int('defects'), int('ageUpTo7Days'), int('age8To30Days'), int('ageOver30Days'), int('maxAgeDays')],
    `CASE r.severity WHEN 'CRITICAL' THEN 1 WHEN 'MAJOR' THEN 2 ELSE 3 END, r.status`,
    (ctx, fd) => {
      const age = daysBetweenSql(ctx.db, instantDateSql(ctx.db, 'x."raisedAt"'), ':today');
      return `SELECT x.severity, x.status, CAST(COUNT(*) AS INTEGER) AS defects,
            ${sum(`${age} <= 7`)} AS "ageUpTo7Days", ${sum(`${age} BETWEEN 8 AND 30`)} AS "age8To30Days",
            ${sum(`${age} > 30`)} AS "ageOver30Days", MAX(${age}) AS "maxAgeDays"
          FROM defect x JOIN (${fd}) fd ON fd.id = x."deploymentId"
          GROUP BY x.severity, x.status`;
    },
  ),

  'scanner-inventory': sqlReport(
    [text('make'), text('model'), text('verdict'), int('workstations'), int('deployments')],
    'r.make, r.model, r.verdict',
    (ctx, fd) => `SELECT w.make, w.model, w.verdict, CAST(COUNT(*) AS INTEGER) AS workstations, CAST(COUNT(DISTINCT w."deploymentId") AS INTEGER) AS deployments
        FROM scanner_workstation w JOIN (${fd}) fd ON fd.id = w."deploymentId"
        GROUP BY w.make, w.model, w.verdict`,
  ),

  'readiness-blockers': readinessBlockers(),

  'go-lives-at-risk': goLivesAtRisk(),
} satisfies Record<string, ReportDefinition>;

/** Deployments a page of the blockers report walks, and whose blockers a download reads, per statement. */
const BLOCKERS_BATCH = 100;

/**
 * Go-live blockers of the filtered deployments, by target go-live: the readiness kept per deployment
 * (readiness.service.ts), so that this report, a deployment's readiness and goLive name the same
 * blockers. Each kept readiness holds its count of blockers: a page walks the deployments that have
 * any in go-live order, BLOCKERS_BATCH at a time, until it has its rows, and reads the words only of
 * the deployments it covers; the total adds up the counts. Nothing counts or sorts every blocker.
 */
function readinessBlockers(): ReportDefinition {
  const columns = [text('deploymentId'), text('courtName'), text('county'), text('targetGoLive'), text('code'), text('what'), text('why'),
    text('recordType'), text('recordId'), text('party'), int('daysOpen')];
  type Covered = { id: string; courtName: string; county: string; targetGoLive: string; blockers: number };
  /** The filtered deployments with blockers, from the `skip`th in go-live order, `take` of them. */
  const covered = async (db: EntityManager, ctx: Context, filter: Filter, skip: number, take: number) => {
    const fd = reportDeployments(ctx, filter);
    return (await rawQuery<Covered>(db, `SELECT fd.id, fd."courtName", fd.county, d."targetGoLive", k.blockers
      FROM (${fd.sql}) fd JOIN deployment d ON d.id = fd.id JOIN deployment_readiness k ON k."deploymentId" = fd.id
      WHERE k.blockers > 0 ORDER BY d."targetGoLive", d.id LIMIT ${Math.trunc(take)} OFFSET ${Math.trunc(skip)}`, fd.params)).map((c) => ({ ...c, blockers: Number(c.blockers) }));
  };
  const rowsOf = async (db: EntityManager, ctx: Context, deployments: Covered[]) => {
    const asOf = today(ctx.clock);
    const byId = new Map(deployments.map((d) => [d.id, d]));
    const blockers = await selectWhereIn(db, ReadinessBlocker, 'deploymentId', [...byId.keys()], { deploymentId: 'ASC', position: 'ASC' });
    const own = new Map(deployments.map((d) => [d.id, [] as ReportRow[]]));
    for (const { deploymentId, openSince, ...b } of blockers) {
      const d = byId.get(deploymentId)!;
      own.get(deploymentId)!.push(readRow(columns, {
        ...b, deploymentId, courtName: d.courtName, county: d.county, targetGoLive: d.targetGoLive, daysOpen: Math.max(0, daysBetween(openSince, asOf)),
      }));
    }
    return deployments.flatMap((d) => own.get(d.id)!);
  };
  return {
    columns,
    async page(ctx, filter, offset, limit) {
      const fd = reportDeployments(ctx, filter);
      // The whole portfolio's count adds up the kept counts alone, without joining each deployment and court.
      const total = Number((await rawQuery<{ total: number | null }>(ctx.db, reportScope(ctx, filter).everything
        ? 'SELECT SUM(k.blockers) AS total FROM deployment_readiness k'
        : `SELECT SUM(k.blockers) AS total FROM (${fd.sql}) fd JOIN deployment_readiness k ON k."deploymentId" = fd.id`, fd.params))[0]?.total ?? 0);
      // The deployments whose blockers fall in [offset, offset + limit), and where the first begins.
      const inPage: Covered[] = [];
      let before = 0;
      let skipped = 0;
      for (let walked = 0; before < offset + limit && before < total; walked += BLOCKERS_BATCH) {
        const batch = await covered(ctx.db.manager, ctx, filter, walked, BLOCKERS_BATCH);
        for (const d of batch) {
          if (before + d.blockers > offset && before < offset + limit) {
            if (!inPage.length) skipped = offset - before;
            inPage.push(d);
          }
          before += d.blockers;
        }
        if (batch.length < BLOCKERS_BATCH) break;
      }
      return { rows: (await rowsOf(ctx.db.manager, ctx, inPage)).slice(skipped, skipped + limit), total };
    },
    async *stream(ctx, filter) {
      for (let walked = 0; ; walked += BLOCKERS_BATCH) {
        const batch = await covered(ctx.db.manager, ctx, filter, walked, BLOCKERS_BATCH);
        const rows = await rowsOf(ctx.db.manager, ctx, batch);
        if (rows.length) yield rows;
        if (batch.length < BLOCKERS_BATCH) break;
      }
    },
  };
}

/** Deployments projected per batch of statements. */
const PROJECTION_BATCH = 200;

/**
 * The filtered open deployments whose go-live is at risk (docs/domain.md#go-live-projection), most
 * days late first: the projection each deployment's page shows, computed a batch of deployments at a
 * time with the parties' turnarounds read once.
 */
function goLivesAtRisk(): ReportDefinition {
  const columns = [text('deploymentId'), text('courtName'), text('county'), text('targetGoLive'), text('projectedReadyOn'), int('daysLate'),
    text('party'), int('medianDays'), int('sampleSize'), text('reasons')];
  type Covered = { id: string; courtName: string; county: string; targetGoLive: string; status: DeploymentStatus; actualGoLive: string | null };
  const all = async (ctx: Context, filter: Filter) => {
    const fd = reportDeployments(ctx, filter);
    const covered = (await rawQuery<Covered>(ctx.db, `SELECT fd.id, fd."courtName", fd.county, d."targetGoLive", d.status, d."actualGoLive"
      FROM (${fd.sql}) fd JOIN deployment d ON d.id = fd.id ORDER BY d."targetGoLive", d.id`, fd.params)).filter(isProjected);
    const turnaround = await ctx.loaders.partyTurnaround();
    const rows: ReportRow[] = [];
    for (let start = 0; start < covered.length; start += PROJECTION_BATCH) {
      const batch = covered.slice(start, start + PROJECTION_BATCH);
      const projections = await loadGoLiveProjections(ctx.db, batch, today(ctx.clock), turnaround);
      batch.forEach((d, i) => {
        const p = projections[i];
        if (!p?.atRisk) return;
        const first = p.reasons.find((r) => r.party) ?? null;
        rows.push(readRow(columns, {
          deploymentId: d.id, courtName: d.courtName, county: d.county, targetGoLive: String(d.targetGoLive).slice(0, 10), projectedReadyOn: p.projectedReadyOn,
          daysLate: p.daysLate, party: first?.party, medianDays: first?.medianDays, sampleSize: first?.sampleSize, reasons: p.reasons.map((r) => r.message).join('. '),
        }));
      });
    }
    // Stable: most days late first, then by go-live as read.
    return rows.map((row, i) => ({ row, i })).sort((a, b) => Number(b.row.daysLate) - Number(a.row.daysLate) || a.i - b.i).map((x) => x.row);
  };
  return {
    columns,
    async page(ctx, filter, offset, limit) {
      const rows = await all(ctx, filter);
      return { rows: rows.slice(offset, offset + limit), total: rows.length };
    },
    async *stream(ctx, filter) {
      const rows = await all(ctx, filter);
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) yield rows.slice(start, start + CHUNK_ROWS);
    },
  };
}

export type ReportName = keyof typeof REPORTS;
export const REPORT_NAMES = Object.keys(REPORTS) as ReportName[];
