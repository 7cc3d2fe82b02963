// Computed statuses of CAT runs (docs/domain.md#court-acceptance-testing): a case is its latest attempt, UNTESTED
// before any; a run is FAILED if any case FAILED, else BLOCKED, else IN_PROGRESS while any case is
// UNTESTED or RETEST, else PASSED. Kept in SQL so that reports can aggregate them too.
import type { DataSource, EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { rawQuery } from '../../db/sql';
import { CaseStatus, TestRunStatus } from './test-run.entity';

type Db = DataSource | EntityManager;

/**
 * SQL of a derived table with one row per case of each run of :runIds: its latest attempt (by
 * testedAt, then order of arrival, as kept in case_latest_attempt) and its status. `runIds` is SQL
 * for the set of runs (a parameter list by default; reports pass a subquery). PostgreSQL gets the
 * runs' filter on case_latest_attempt too: it does not carry r.id's across the join and would hash
 * the whole table, where SQLite looks each case up by primary key and the repeat would only cost.
 */
export const caseStatusTableSql = (db: Db, runIds = '(:...runIds)') => `
  SELECT r.id AS "runId", c.id AS "caseId", c.key AS "caseKey", c.position, c.criticality,
    COALESCE(l.status, 'UNTESTED') AS status, l."attemptId"
  FROM test_run r
  JOIN test_case c ON c."planId" = r."planId"
  LEFT JOIN case_latest_attempt l ON l."runId" = r.id AND l."caseId" = c.id${isPostgresSource(db) ? ` AND l."runId" IN ${runIds}` : ''}
  WHERE r.id IN ${runIds}`;

const count = (status: CaseStatus) => `CAST(SUM(CASE WHEN cs.status = '${status}' THEN 1 ELSE 0 END) AS INTEGER)`;

/** SQL of a derived table with one row per run of :runIds (or of the `runIds` SQL): counts by case status and the run status. */
export const runStatusTableSql = (db: Db, runIds?: string) => `
  SELECT cs."runId", CAST(COUNT(*) AS INTEGER) AS total,
    ${count(CaseStatus.UNTESTED)} AS untested, ${count(CaseStatus.PASSED)} AS passed, ${count(CaseStatus.FAILED)} AS failed,
    ${count(CaseStatus.BLOCKED)} AS blocked, ${count(CaseStatus.RETEST)} AS retest, ${count(CaseStatus.NOT_APPLICABLE)} AS "notApplicable",
    CASE
      WHEN SUM(CASE WHEN cs.status = 'FAILED' THEN 1 ELSE 0 END) > 0 THEN 'FAILED'
      WHEN SUM(CASE WHEN cs.status = 'BLOCKED' THEN 1 ELSE 0 END) > 0 THEN 'BLOCKED'
      WHEN SUM(CASE WHEN cs.status IN ('UNTESTED', 'RETEST') THEN 1 ELSE 0 END) > 0 THEN 'IN_PROGRESS'
      ELSE 'PASSED' END AS status
  FROM (${caseStatusTableSql(db, runIds)}) cs
  GROUP BY cs."runId"`;

export interface CaseStatusRow {
  runId: string;
  caseId: string;
  caseKey: string;
  position: number;
  criticality: string;
  status: CaseStatus;
  attemptId: string | null;
}

export interface RunStatusRow {
  runId: string;
  total: number;
  untested: number;
  passed: number;
  failed: number;
  blocked: number;
  retest: number;
  notApplicable: number;
  status: TestRunStatus;
}

/** Case statuses of the runs, in plan order. */
export async function caseStatuses(db: Db, runIds: readonly string[]): Promise<CaseStatusRow[]> {
  if (!runIds.length) return [];
  const rows = await rawQuery<CaseStatusRow>(db, `SELECT * FROM (${caseStatusTableSql(db)}) cs ORDER BY cs."runId", cs.position`, { runIds: [...runIds] });
  return rows.map((r) => ({ ...r, position: Number(r.position) }));
}

/** Status and counts of each run, in the order of runIds. */
export async function runStatuses(db: Db, runIds: readonly string[]): Promise<RunStatusRow[]> {
  if (!runIds.length) return [];
  const rows = await rawQuery<RunStatusRow>(db, runStatusTableSql(db), { runIds: [...runIds] });
  const numeric = ['total', 'untested', 'passed', 'failed', 'blocked', 'retest', 'notApplicable'] as const;
  const byRun = new Map(rows.map((r) => [r.runId, { ...r, ...Object.fromEntries(numeric.map((k) => [k, Number(r[k])])) } as RunStatusRow]));
  const empty = (runId: string): RunStatusRow => ({ runId, total: 0, untested: 0, passed: 0, failed: 0, blocked: 0, retest: 0, notApplicable: 0, status: TestRunStatus.PASSED });
  return runIds.map((id) => byRun.get(id) ?? empty(id));
}

/**
 * Brings case_latest_attempt up to date after attempts of runIds were inserted (of caseIds only,
 * when given), in the same transaction: recomputed from every attempt of those cases, so that an
 * attempt arriving late with an older testedAt (an offline device) leaves the newer one in place.
 */
export async function refreshLatestAttempts(tx: EntityManager, runIds: readonly string[], caseIds?: readonly string[]) {
  if (!runIds.length || caseIds?.length === 0) return;
  await rawQuery(tx, `
    INSERT INTO case_latest_attempt ("runId", "caseId", "attemptId", status, "testedAt", sequence)
    SELECT a."runId", a."caseId", a.id, a.status, a."testedAt", a.sequence FROM (
      SELECT t."runId", t."caseId", t.id, t.status, t."testedAt", t.sequence,
        ROW_NUMBER() OVER (PARTITION BY t."runId", t."caseId" ORDER BY t."testedAt" DESC, t.sequence DESC) AS "newestFirst"
      FROM test_result t
      WHERE t."runId" IN (:...runIds)${caseIds ? ' AND t."caseId" IN (:...caseIds)' : ''}
    ) a
    WHERE a."newestFirst" = 1
    ON CONFLICT ("runId", "caseId") DO UPDATE SET "attemptId" = excluded."attemptId", status = excluded.status,
      "testedAt" = excluded."testedAt", sequence = excluded.sequence`, { runIds: [...runIds], caseIds: caseIds && [...caseIds] });
  await refreshRunCounts(tx, runIds);
}

const COUNTED = ['total', 'untested', 'passed', 'failed', 'blocked', 'retest', '"notApplicable"', 'status'];

/**
 * Brings run_case_count up to date for runIds, in the same transaction: their counts recomputed
 * from case_latest_attempt (a run's cases, not the portfolio's), so the kept row is what
 * runStatusTableSql says now. Called by refreshLatestAttempts, and when a run starts with no attempt.
 */
export async function refreshRunCounts(tx: EntityManager, runIds: readonly string[]) {
  if (!runIds.length) return;
  await rawQuery(tx, `
    INSERT INTO run_case_count ("runId", ${COUNTED.join(', ')})
    SELECT rs."runId", ${COUNTED.map((c) => `rs.${c}`).join(', ')} FROM (${runStatusTableSql(tx)}) rs
    WHERE 1 = 1 -- SQLite reads ON CONFLICT after a SELECT without WHERE as a join's
    ON CONFLICT ("runId") DO UPDATE SET ${COUNTED.map((c) => `${c} = excluded.${c}`).join(', ')}`, { runIds: [...runIds] });
}
