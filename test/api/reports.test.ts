import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, Client, dataOf, errorCode, refusedFields, restAnswer, startApi } from '../support/api';
import { meetingScanner, recordWorkstation, startAssessment } from '../support/capture';
import { completeTasks, liveDeployment, planCases, RAISE, recordResult, startRun } from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { DefectSeverity, DependencyStatus, Party, TestResultStatus } from '../support/generated/graphql';

// A hand-built portfolio on 2027-01-04 (day 0), read on 2027-01-19 (T = day 15):
//  A Fresno  wave 1, go-live 2027-02-13 (T+25), tasks 1–5 done  → tasks 6–15 overdue; LATE
//  B Marin   wave 2, go-live 2027-04-14 (T+85), images-only     → tasks 1–3 overdue (5 days); AT_RISK
//  C Alameda wave 1, go-live 2027-02-13,          tasks 1–9 done → tasks 10–15 overdue; LATE
// Days overdue at T = −offset − 25 for A and C (task 6 at −78 → 53), −offset − 85 for B.
// Dependencies: A DOJ waits on DOJ from day 0 (15 days), C CCTC waits on CCTC from day 0 (15),
// A CCTC waits on CCTC from day 10 (5); B resource planning MET on day 10; C infrastructure
// IN_PROGRESS on day 10; B's DOJ CLETS/CARPOS is NOT_APPLICABLE (images-only court).
// CAT: one ACCEPTANCE run each, on four non-CARPOS cases c0..c3 (the rest stay UNTESTED):
//  A: c0 PASSED, c1 FAILED, c2 FAILED then PASSED, c3 BLOCKED;  C: c0 PASSED, c1 FAILED, c3 RETEST;  B: none.
// Defects: A CRITICAL (day 0) and MAJOR (day 10), C MINOR (day 0), all OPEN: 15, 5 and 15 days old.
// Scanners: A two Fujitsu fi-7160 (MEETS); C one Fujitsu fi-7160 (MEETS) and one Canon DR-C225 at 200 dpi (REPLACE).
// Recording them moves scanner set-up: MET for A, IN_PROGRESS for C.

interface ReportSpec {
  query: string;
  connection: boolean;
  fields: string[];
}

const REPORTS: Record<string, ReportSpec> = {
  'deployment-counts': { query: 'deploymentCountsReport', connection: false, fields: ['phase', 'status', 'health', 'deployments'] },
  'go-lives-by-month': { query: 'goLivesByMonthReport', connection: false, fields: ['month', 'planned', 'actual'] },
  'deployment-timeline': {
    query: 'deploymentTimelineReport', connection: true,
    fields: ['deploymentId', 'courtName', 'county', 'wave', 'phase', 'status', 'health', 'planningStarts', 'scopeStarts', 'implementStarts',
      'targetGoLive', 'actualGoLive', 'daysToGoLive', 'overdueTasks', 'overdueDependencies', 'oldestOverdue'],
  },
  'overdue-tasks': { query: 'overdueTasksReport', connection: false, fields: ['party', 'phase', 'tasks', 'deployments', 'maxDaysOverdue'] },
  'dependency-status': { query: 'dependencyStatusReport', connection: false, fields: ['kind', 'status', 'waitingOn', 'dependencies', 'maxDaysWaiting'] },
  'waiting-dependencies': {
    query: 'waitingDependenciesReport', connection: true,
    fields: ['dependencyId', 'deploymentId', 'courtName', 'county', 'kind', 'waitingOn', 'waitingSince', 'daysWaiting', 'dueDate'],
  },
  'cat-run-rates': {
    query: 'catRunRatesReport', connection: true,
    fields: ['runId', 'deploymentId', 'courtName', 'county', 'purpose', 'status', 'total', 'passed', 'failed', 'blocked', 'retest', 'untested', 'notApplicable', 'passPercent'],
  },
  'cat-case-rates': {
    query: 'catCaseRatesReport', connection: true,
    fields: ['caseKey', 'title', 'criticality', 'runs', 'passed', 'failed', 'blocked', 'open', 'notApplicable', 'passPercent'],
  },
  defects: { query: 'defectsReport', connection: false, fields: ['severity', 'status', 'defects', 'ageUpTo7Days', 'age8To30Days', 'ageOver30Days', 'maxAgeDays'] },
  'scanner-inventory': { query: 'scannerInventoryReport', connection: false, fields: ['make', 'model', 'verdict', 'workstations', 'deployments'] },
  'readiness-blockers': {
    query: 'readinessBlockersReport', connection: true,
    fields: ['deploymentId', 'courtName', 'county', 'targetGoLive', 'code', 'what', 'why', 'recordType', 'recordId', 'party', 'daysOpen'],
  },
};

type Row = Record<string, string | number | null>;
type Headers = Record<string, string>;
type Page = { nodes: Row[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
/** Reports are read by name, with the fields of REPORTS (the CSV's header too): an answer holds rows, or a page of them, by report. */
type ReportAnswers = Record<string, Row[] | Page>;

const UPDATE_DEPENDENCY = graphql(`mutation ReportsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`);
const READINESS_BLOCKERS = graphql(`query ReportsReadinessBlockers($id: ID!) { deploymentReadiness(deploymentId: $id) {
  blockers { code what why recordType recordId party daysOpen } } }`);
const CREATE_TOKEN = graphql(`mutation ReportsCreateToken { createApiToken(input: { name: "Power Query" }) { token } }`);
const OWN_INVENTORY = graphql(`query ReportsOwnScannerInventory { scannerInventory { make workstations } }`);
const OVERDUE_BACKWARDS = graphql(`query ReportsOverdueBackwards { overdueTasksReport(filter: { goLiveFrom: "2027-05-01", goLiveTo: "2027-01-01" }) { tasks } }`);
const CASE_RATES_PAGE = graphql(`query ReportsCaseRatesPage($first: Int, $after: String) { catCaseRatesReport(first: $first, after: $after) { totalCount } }`);
const RUN_PASS_PERCENT = graphql(`query ReportsRunPassPercent($id: ID!) { testRun(id: $id) { summary { passPercent } } }`);
const DEPLOYMENTS = graphql(`query ReportsDeployments($f: DeploymentFilter) { deployments(first: 10, filter: $f) { totalCount nodes { id } } }`);

/** Every row of a report through GraphQL (all pages of a connection). */
async function gqlRows(client: Client, name: string, filter?: Record<string, unknown>, headers?: Headers): Promise<Row[]> {
  const spec = REPORTS[name];
  const fields = spec.fields.join(' ');
  if (!spec.connection) {
    const res = await client.gql(`query($f: ReportFilter) { ${spec.query}(filter: $f) { ${fields} } }`, { f: filter }, headers);
    return (dataOf(res) as ReportAnswers)[spec.query] as Row[];
  }
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await client.gql(`query($f: ReportFilter, $after: String) {
      ${spec.query}(filter: $f, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`, { f: filter, after }, headers);
    const page = (dataOf(res) as ReportAnswers)[spec.query] as Page;
    rows.push(...page.nodes);
    expect(page.totalCount).toBeGreaterThanOrEqual(rows.length);
    if (!page.pageInfo.hasNextPage) {
      expect(page.totalCount).toBe(rows.length);
      return rows;
    }
    after = page.pageInfo.endCursor;
  }
}

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

const query = (filter?: Record<string, unknown>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter ?? {})) for (const item of [v].flat()) params.append(k, String(item));
  return params.size ? `?${params}` : '';
};

async function csv(api: Api, name: string, filter?: Record<string, unknown>, headers: Headers = api.headers) {
  return fetch(`${api.url}/reports/${name}.csv${query(filter)}`, { headers });
}

/** The CSV of a report, parsed, after checking the envelope: BOM, header row, attachment. */
async function csvRows(api: Api, name: string, filter?: Record<string, unknown>, headers?: Headers): Promise<string[][]> {
  const res = await csv(api, name, filter, headers);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${name}-2027-01-19\\.csv"$`));
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
  expect(header).toEqual(REPORTS[name].fields);
  return rows;
}

const asCells = (rows: Row[], fields: string[]) => rows.map((r) => fields.map((f) => (r[f] === null ? '' : String(r[f]))));

/** A report's rows from GraphQL, after checking that its CSV has exactly the same cells. */
async function report(api: Api, name: string, filter?: Record<string, unknown>, client: Client = api, headers?: Headers): Promise<Row[]> {
  const rows = await gqlRows(client, name, filter, headers);
  expect(await csvRows(api, name, filter, headers ?? client.headers)).toEqual(asCells(rows, REPORTS[name].fields));
  return rows;
}

const pick = (rows: Row[], fields: string[]) => rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])));

describe('reports', () => {
  let api: Api;
  const ids: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  let alamedaCourt = '';
  let cases: { id: string; key: string }[] = [];
  let planSize = 0;
  let carposCases = 0;

  const update = async (deploymentId: string, dependencyId: string, status: DependencyStatus, waitingOn?: Party) => {
    dataOf(await api.gql(UPDATE_DEPENDENCY, { i: { dependencyId, status, waitingOn, baseVersion: await versionOf(api, deploymentId, dependencyId), mutationId: randomUUID() } }));
  };
  const attempt = async (runId: string, caseId: string, status: TestResultStatus) => {
    const extra = status === 'FAILED' ? { actualResult: 'The order did not appear.' } : status === 'BLOCKED' ? { notes: 'Scanner offline.' } : {};
    return dataOf(await recordResult(api, { runId, caseId, status, ...extra })).recordTestResult.id;
  };
  const raise = async (attemptId: string, severity: DefectSeverity) => {
    const res = await api.gql(RAISE, { i: { attemptIds: [attemptId], title: `${severity} defect`, description: 'Found in CAT.', severity, mutationId: randomUUID() } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };

  beforeAll(async () => {
    api = await startApi();
    const a = await createDeployment(api, 'Fresno', 40, { wave: 1 });
    const b = await createDeployment(api, 'Marin', 100, { wave: 2 });
    const c = await createDeployment(api, 'Alameda', 40, { wave: 1 });
    Object.assign(ids, { A: a.id, B: b.id, C: c.id });
    alamedaCourt = (await organizationsOf(api, 'Alameda')).courtId;
    await completeTasks(api, a, 5);
    await completeTasks(api, c, 9);
    const dep = (d: { dependencies: { id: string; kind: string }[] }, kind: string) => d.dependencies.find((x) => x.kind === kind)!.id;
    await update(a.id, dep(a, 'DOJ_CLETS_CARPOS'), 'WAITING', 'DOJ');
    await update(c.id, dep(c, 'CCTC_CONNECTIVITY'), 'WAITING', 'CCTC');

    const plan = await planCases(api);
    planSize = plan.length;
    carposCases = plan.filter((p) => p.requiresCarpos).length;
    cases = plan.filter((p) => !p.requiresCarpos).slice(0, 4);
    const [c0, c1, c2, c3] = cases.map((x) => x.id);
    const runA = await startRun(api, a.id);
    const runC = await startRun(api, c.id);
    await startRun(api, b.id);
    await attempt(runA.id, c0, 'PASSED');
    const failedA = await attempt(runA.id, c1, 'FAILED');
    await attempt(runA.id, c2, 'FAILED');
    await attempt(runA.id, c2, 'PASSED');
    await attempt(runA.id, c3, 'BLOCKED');
    await attempt(runC.id, c0, 'PASSED');
    const failedC = await attempt(runC.id, c1, 'FAILED');
    await attempt(runC.id, c3, 'RETEST');
    await raise(failedA, 'CRITICAL');
    await raise(failedC, 'MINOR');

    const assessA = await startAssessment(api, a.id);
    const assessC = await startAssessment(api, c.id);
    for (const [assessment, facts] of [
      [assessA.id, meetingScanner({ label: 'Intake 1' })], [assessA.id, meetingScanner({ label: 'Intake 2', serialNumber: 'X2' })],
      [assessC.id, meetingScanner({ label: 'Clerk 1' })],
      [assessC.id, meetingScanner({ label: 'Clerk 2', make: 'Canon', model: 'DR-C225', opticalResolutionDpi: 200 })],
    ] as [string, ReturnType<typeof meetingScanner>][]) {
      const res = await recordWorkstation(api, assessment, facts);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }

    api.clock.setToday('2027-01-14');
    await update(a.id, dep(a, 'CCTC_CONNECTIVITY'), 'WAITING', 'CCTC');
    await update(b.id, dep(b, 'RESOURCE_PLANNING'), 'MET');
    await update(c.id, dep(c, 'INFRASTRUCTURE_ASSESSMENT'), 'IN_PROGRESS');
    await raise(failedA, 'MAJOR');
    api.clock.setToday('2027-01-19');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('counts deployments by phase, status and health', async () => {
    expect(await report(api, 'deployment-counts')).toEqual([
      { phase: 'PLANNING', status: 'INTERESTED', health: 'AT_RISK', deployments: 1 },
      { phase: 'PLANNING', status: 'INTERESTED', health: 'LATE', deployments: 2 },
    ]);
    expect(await report(api, 'deployment-counts', { wave: 2 })).toEqual([
      { phase: 'PLANNING', status: 'INTERESTED', health: 'AT_RISK', deployments: 1 },
    ]);
    expect(await report(api, 'deployment-counts', { health: ['LATE'], county: ['Fresno', 'Marin'] })).toEqual([
      { phase: 'PLANNING', status: 'INTERESTED', health: 'LATE', deployments: 1 },
    ]);
    expect(await report(api, 'deployment-counts', { phase: ['SCOPE'] })).toEqual([]);
  });

  it('counts go-lives per month, planned and actual', async () => {
    expect(await report(api, 'go-lives-by-month')).toEqual([
      { month: '2027-02', planned: 2, actual: 0 },
      { month: '2027-04', planned: 1, actual: 0 },
    ]);
    expect(await report(api, 'go-lives-by-month', { goLiveFrom: '2027-03-01', goLiveTo: '2027-12-31' })).toEqual([
      { month: '2027-04', planned: 1, actual: 0 },
    ]);
  });

  it('puts every deployment on the timeline with its planned phase windows and late work, by target go-live', async () => {
    // Dependencies are due at −45 (infrastructure, resource planning) and −30 (CCTC, DOJ): on 2027-01-19 all four are
    // past due for A and C (go-live 2027-02-13) and open; B's first falls due on 2027-02-28.
    const fields = ['deploymentId', 'health', 'planningStarts', 'scopeStarts', 'implementStarts', 'targetGoLive', 'actualGoLive', 'daysToGoLive',
      'overdueTasks', 'overdueDependencies', 'oldestOverdue'];
    expect(pick(await report(api, 'deployment-timeline'), fields)).toEqual([
      // C: tasks 10–15 overdue, the oldest task 10 (−58) due 2026-12-17.
      { deploymentId: ids.C, health: 'LATE', planningStarts: '2026-11-15', scopeStarts: '2026-12-15', implementStarts: '2027-01-14',
        targetGoLive: '2027-02-13', actualGoLive: null, daysToGoLive: 25, overdueTasks: 6, overdueDependencies: 4, oldestOverdue: '2026-12-17' },
      // A: tasks 6–15 overdue, the oldest task 6 (−78) due 2026-11-27.
      { deploymentId: ids.A, health: 'LATE', planningStarts: '2026-11-15', scopeStarts: '2026-12-15', implementStarts: '2027-01-14',
        targetGoLive: '2027-02-13', actualGoLive: null, daysToGoLive: 25, overdueTasks: 10, overdueDependencies: 4, oldestOverdue: '2026-11-27' },
      // B: tasks 1–3 overdue, the oldest task 1 (−90) due 2027-01-14.
      { deploymentId: ids.B, health: 'AT_RISK', planningStarts: '2027-01-14', scopeStarts: '2027-02-13', implementStarts: '2027-03-15',
        targetGoLive: '2027-04-14', actualGoLive: null, daysToGoLive: 85, overdueTasks: 3, overdueDependencies: 0, oldestOverdue: '2027-01-14' },
    ]);
    expect((await report(api, 'deployment-timeline', { wave: 2 })).map((r) => [r.courtName, r.county, r.wave, r.phase, r.status]))
      .toEqual([['Superior Court of California, County of Marin', 'Marin', 2, 'PLANNING', 'INTERESTED']]);
  });

  it('counts overdue tasks by party and phase, most first', async () => {
    expect(await report(api, 'overdue-tasks')).toEqual([
      { party: 'CCPOR_TEAM', phase: 'PLANNING', tasks: 5, deployments: 2, maxDaysOverdue: 53 },
      { party: 'CCPOR_TEAM', phase: 'SCOPE', tasks: 4, deployments: 2, maxDaysOverdue: 33 },
      { party: 'CCPOR_TEAM', phase: 'IMPLEMENT', tasks: 4, deployments: 2, maxDaysOverdue: 5 },
      { party: 'COURT', phase: 'SCOPE', tasks: 4, deployments: 2, maxDaysOverdue: 27 },
      { party: 'COURT', phase: 'PLANNING', tasks: 2, deployments: 1, maxDaysOverdue: 43 },
    ]);
    expect(await report(api, 'overdue-tasks', { county: 'Marin' })).toEqual([
      { party: 'CCPOR_TEAM', phase: 'PLANNING', tasks: 3, deployments: 1, maxDaysOverdue: 5 },
    ]);
  });

  it('counts dependencies by kind, status and party waited on', async () => {
    expect(await report(api, 'dependency-status')).toEqual([
      { kind: 'CCTC_CONNECTIVITY', status: 'NOT_STARTED', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'CCTC_CONNECTIVITY', status: 'WAITING', waitingOn: 'CCTC', dependencies: 2, maxDaysWaiting: 15 },
      { kind: 'DOJ_CLETS_CARPOS', status: 'NOT_APPLICABLE', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'DOJ_CLETS_CARPOS', status: 'NOT_STARTED', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'DOJ_CLETS_CARPOS', status: 'WAITING', waitingOn: 'DOJ', dependencies: 1, maxDaysWaiting: 15 },
      { kind: 'INFRASTRUCTURE_ASSESSMENT', status: 'IN_PROGRESS', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'INFRASTRUCTURE_ASSESSMENT', status: 'NOT_STARTED', waitingOn: null, dependencies: 2, maxDaysWaiting: null },
      { kind: 'RESOURCE_PLANNING', status: 'MET', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'RESOURCE_PLANNING', status: 'NOT_STARTED', waitingOn: null, dependencies: 2, maxDaysWaiting: null },
      { kind: 'SCANNER_SETUP', status: 'IN_PROGRESS', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'SCANNER_SETUP', status: 'MET', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'SCANNER_SETUP', status: 'NOT_STARTED', waitingOn: null, dependencies: 1, maxDaysWaiting: null },
      { kind: 'TRAINING_TESTING', status: 'NOT_STARTED', waitingOn: null, dependencies: 3, maxDaysWaiting: null },
      { kind: 'USER_PROFILES_ACCESS', status: 'NOT_STARTED', waitingOn: null, dependencies: 3, maxDaysWaiting: null },
    ]);
  });

  it('ranks waiting dependencies by days waiting', async () => {
    const rows = pick(await report(api, 'waiting-dependencies'), ['deploymentId', 'county', 'kind', 'waitingOn', 'waitingSince', 'daysWaiting', 'dueDate']);
    const first = { waitingSince: '2027-01-04', daysWaiting: 15, dueDate: '2027-01-14' };
    expect(rows.slice(0, 2).sort((x, y) => String(x.county).localeCompare(String(y.county)))).toEqual([
      { deploymentId: ids.C, county: 'Alameda', kind: 'CCTC_CONNECTIVITY', waitingOn: 'CCTC', ...first },
      { deploymentId: ids.A, county: 'Fresno', kind: 'DOJ_CLETS_CARPOS', waitingOn: 'DOJ', ...first },
    ]);
    expect(rows[2]).toEqual({ deploymentId: ids.A, county: 'Fresno', kind: 'CCTC_CONNECTIVITY', waitingOn: 'CCTC', waitingSince: '2027-01-14', daysWaiting: 5, dueDate: '2027-01-14' });
    expect(rows).toHaveLength(3);
  });

  it('filters waiting dependencies by the party waited on and by kind, in the query and the CSV', async () => {
    const onDoj = pick(await report(api, 'waiting-dependencies', { waitingOn: ['DOJ'] }), ['deploymentId', 'kind', 'waitingOn']);
    expect(onDoj).toEqual([{ deploymentId: ids.A, kind: 'DOJ_CLETS_CARPOS', waitingOn: 'DOJ' }]);
    const cctc = pick(await report(api, 'waiting-dependencies', { dependencyKind: ['CCTC_CONNECTIVITY'] }), ['deploymentId', 'kind']);
    expect(cctc.map((r) => r.kind)).toEqual(['CCTC_CONNECTIVITY', 'CCTC_CONNECTIVITY']);
    expect(await report(api, 'waiting-dependencies', { waitingOn: ['DOJ'], dependencyKind: ['CCTC_CONNECTIVITY'] })).toEqual([]);
    const counted = pick(await report(api, 'dependency-status', { waitingOn: ['CCTC'] }), ['kind', 'status', 'waitingOn', 'dependencies']);
    expect(counted).toEqual([{ kind: 'CCTC_CONNECTIVITY', status: 'WAITING', waitingOn: 'CCTC', dependencies: 2 }]);
  });

  it('gives each CAT run its counts by latest attempt and its pass rate', async () => {
    const rows = pick(await report(api, 'cat-run-rates'), ['deploymentId', 'purpose', 'status', 'total', 'passed', 'failed', 'blocked', 'retest', 'untested', 'notApplicable', 'passPercent']);
    const rate = (passed: number, applicable: number) => Math.round((1000 * passed) / applicable) / 10;
    expect(rows).toEqual([
      { deploymentId: ids.C, purpose: 'ACCEPTANCE', status: 'FAILED', total: planSize, passed: 1, failed: 1, blocked: 0, retest: 1, untested: planSize - 3, notApplicable: 0, passPercent: rate(1, planSize) },
      { deploymentId: ids.A, purpose: 'ACCEPTANCE', status: 'FAILED', total: planSize, passed: 2, failed: 1, blocked: 1, retest: 0, untested: planSize - 4, notApplicable: 0, passPercent: rate(2, planSize) },
      { deploymentId: ids.B, purpose: 'ACCEPTANCE', status: 'IN_PROGRESS', total: planSize, passed: 0, failed: 0, blocked: 0, retest: 0, untested: planSize - carposCases, notApplicable: carposCases, passPercent: 0 },
    ]);
    // One unit everywhere: a run's own summary gives the same percent as its report row.
    for (const row of await report(api, 'cat-run-rates')) {
      const summary = dataOf(await api.gql(RUN_PASS_PERCENT, { id: String(row.runId) })).testRun.summary;
      expect(summary.passPercent).toBe(row.passPercent);
    }
  });

  it('ranks CAT cases across deployments by failures', async () => {
    const rows = await report(api, 'cat-case-rates');
    expect(rows).toHaveLength(planSize);
    const byKey = new Map(rows.map((r) => [r.caseKey, pick([r], ['runs', 'passed', 'failed', 'blocked', 'open', 'notApplicable', 'passPercent'])[0]]));
    const [c0, c1, c2, c3] = cases.map((x) => x.key);
    expect(rows[0].caseKey).toBe(c1);
    expect(byKey.get(c1)).toEqual({ runs: 3, passed: 0, failed: 2, blocked: 0, open: 1, notApplicable: 0, passPercent: 0 });
    expect(byKey.get(c0)).toEqual({ runs: 3, passed: 2, failed: 0, blocked: 0, open: 1, notApplicable: 0, passPercent: 66.7 });
    expect(byKey.get(c2)).toEqual({ runs: 3, passed: 1, failed: 0, blocked: 0, open: 2, notApplicable: 0, passPercent: 33.3 });
    expect(byKey.get(c3)).toEqual({ runs: 3, passed: 0, failed: 0, blocked: 1, open: 2, notApplicable: 0, passPercent: 0 });
    const carpos = rows.filter((r) => r.notApplicable === 1);
    expect(carpos).toHaveLength(carposCases);
    for (const r of carpos) expect(pick([r], ['runs', 'open', 'passPercent'])[0]).toEqual({ runs: 3, open: 2, passPercent: 0 });
    // Images-only Marin alone: every CARPOS case is NOT_APPLICABLE there, so no rate.
    const marin = await report(api, 'cat-case-rates', { county: 'Marin' });
    expect(marin.filter((r) => r.passPercent === null)).toHaveLength(carposCases);
  });

  it('counts defects by severity, status and age', async () => {
    expect(await report(api, 'defects')).toEqual([
      { severity: 'CRITICAL', status: 'OPEN', defects: 1, ageUpTo7Days: 0, age8To30Days: 1, ageOver30Days: 0, maxAgeDays: 15 },
      { severity: 'MAJOR', status: 'OPEN', defects: 1, ageUpTo7Days: 1, age8To30Days: 0, ageOver30Days: 0, maxAgeDays: 5 },
      { severity: 'MINOR', status: 'OPEN', defects: 1, ageUpTo7Days: 0, age8To30Days: 1, ageOver30Days: 0, maxAgeDays: 15 },
    ]);
  });

  it('counts the scanner inventory with the shared filters', async () => {
    expect(await report(api, 'scanner-inventory')).toEqual([
      { make: 'Canon', model: 'DR-C225', verdict: 'REPLACE', workstations: 1, deployments: 1 },
      { make: 'Fujitsu', model: 'fi-7160', verdict: 'MEETS', workstations: 3, deployments: 2 },
    ]);
    expect(await report(api, 'scanner-inventory', { county: 'Fresno' })).toEqual([
      { make: 'Fujitsu', model: 'fi-7160', verdict: 'MEETS', workstations: 2, deployments: 1 },
    ]);
  });

  it('lists the same go-live blockers as each deployment’s readiness', async () => {
    const rows = await report(api, 'readiness-blockers');
    const expected: Row[] = [];
    for (const [county, id] of [['Fresno', ids.A], ['Alameda', ids.C], ['Marin', ids.B]]) {
      const res = await api.gql(READINESS_BLOCKERS, { id });
      expected.push(...res.data!.deploymentReadiness.blockers.map((b) => ({ deploymentId: id, county, ...b })));
    }
    // A and C share a go-live date; the report orders them by id.
    const key = (r: Row) => `${r.deploymentId}|${r.recordId}|${r.code}`;
    const fields = ['deploymentId', 'county', 'code', 'what', 'why', 'recordType', 'recordId', 'party', 'daysOpen'];
    expect(pick(rows, fields).sort((x, y) => key(x).localeCompare(key(y)))).toEqual(expected.sort((x, y) => key(x).localeCompare(key(y))));
    // Applicable dependencies not MET, counted by hand: A's scanner set-up is MET; B has one MET and one NOT_APPLICABLE.
    const unmet = (id: string) => rows.filter((r) => r.deploymentId === id && r.code === 'DEPENDENCY_NOT_MET').length;
    expect([unmet(ids.A), unmet(ids.B), unmet(ids.C)]).toEqual([6, 5, 7]);
    // A's CRITICAL and MAJOR defects block; C's MINOR one does not.
    expect(rows.filter((r) => r.code === 'DEFECT_OPEN').map((r) => r.deploymentId)).toEqual([ids.A, ids.A]);
    // Filtered by the kept readiness, in the query and the CSV alike: every one of them is NO_GO.
    expect(await report(api, 'readiness-blockers', { readiness: ['NO_GO'] })).toEqual(rows);
    expect(await report(api, 'readiness-blockers', { readiness: ['GO'] })).toEqual([]);
  });

  it('shows a partner only its organization’s deployments, in every report and CSV, by session and by token', async () => {
    const partner = await api.as('PARTNER_USER', { organizationId: alamedaCourt });
    const created = await partner.gql(CREATE_TOKEN);
    const bearer = { authorization: `Bearer ${created.data!.createApiToken.token}` };
    for (const headers of [undefined, bearer]) {
      const see = (name: string) => report(api, name, undefined, partner, headers);
      expect(await see('deployment-counts')).toEqual([{ phase: 'PLANNING', status: 'INTERESTED', health: 'LATE', deployments: 1 }]);
      expect(await see('go-lives-by-month')).toEqual([{ month: '2027-02', planned: 1, actual: 0 }]);
      expect(await see('overdue-tasks')).toEqual([
        { party: 'CCPOR_TEAM', phase: 'SCOPE', tasks: 2, deployments: 1, maxDaysOverdue: 33 },
        { party: 'CCPOR_TEAM', phase: 'IMPLEMENT', tasks: 2, deployments: 1, maxDaysOverdue: 5 },
        { party: 'COURT', phase: 'SCOPE', tasks: 2, deployments: 1, maxDaysOverdue: 27 },
      ]);
      const deps = await see('dependency-status');
      expect(deps.reduce((n, r) => n + Number(r.dependencies), 0)).toBe(7);
      expect(deps.find((r) => r.status === 'WAITING')).toEqual({ kind: 'CCTC_CONNECTIVITY', status: 'WAITING', waitingOn: 'CCTC', dependencies: 1, maxDaysWaiting: 15 });
      expect((await see('waiting-dependencies')).map((r) => r.deploymentId)).toEqual([ids.C]);
      expect((await see('deployment-timeline')).map((r) => r.deploymentId)).toEqual([ids.C]);
      expect((await see('cat-run-rates')).map((r) => r.deploymentId)).toEqual([ids.C]);
      const caseRates = await see('cat-case-rates');
      expect(caseRates.every((r) => r.runs === 1)).toBe(true);
      expect(caseRates[0]).toMatchObject({ caseKey: cases[1].key, failed: 1 });
      expect(await see('defects')).toEqual([{ severity: 'MINOR', status: 'OPEN', defects: 1, ageUpTo7Days: 0, age8To30Days: 1, ageOver30Days: 0, maxAgeDays: 15 }]);
      expect(await see('scanner-inventory')).toEqual([
        { make: 'Canon', model: 'DR-C225', verdict: 'REPLACE', workstations: 1, deployments: 1 },
        { make: 'Fujitsu', model: 'fi-7160', verdict: 'MEETS', workstations: 1, deployments: 1 },
      ]);
      // The capture module's own inventory query is scoped the same way.
      const own = await partner.gql(OWN_INVENTORY, {}, headers);
      expect(own.data!.scannerInventory).toEqual([{ make: 'Canon', workstations: 1 }, { make: 'Fujitsu', workstations: 1 }]);
      const blockers = await see('readiness-blockers');
      expect(blockers.length).toBeGreaterThan(0);
      expect(new Set(blockers.map((r) => r.deploymentId))).toEqual(new Set([ids.C]));
      // Filters cannot reach past the scope: Fresno is not the partner's.
      expect(await report(api, 'deployment-counts', { county: 'Fresno' }, partner, headers)).toEqual([]);
    }
  });

  // A query's answer and its SQL statements. Signing in records the session's activity now and then;
  // the cheaper of two calls leaves that out.
  const cheaper = async (q: string, variables?: Record<string, unknown>) => {
    const answers = [await api.gql(q, variables), await api.gql(q, variables)];
    for (const a of answers) expect(a.errors).toBeUndefined();
    return { data: dataOf(answers[0]) as Record<string, Page>, statements: Math.min(...answers.map((a) => a.extensions!.sqlStatements!)) };
  };

  it('costs the same SQL statements for one deployment as for three, in every report', async () => {
    const everything = Object.values(REPORTS).map((spec) => (spec.connection
      ? `${spec.query}(filter: $f, first: 100) { totalCount nodes { ${spec.fields.join(' ')} } }`
      : `${spec.query}(filter: $f) { ${spec.fields.join(' ')} }`)).join('\n');
    const q = `query($f: ReportFilter) { ${everything} }`;
    const cost = (f: Record<string, unknown>) => cheaper(q, { f });
    const one = await cost({ county: ['Marin'] });
    const three = await cost({});
    expect(three.data.readinessBlockersReport.totalCount).toBeGreaterThan(one.data.readinessBlockersReport.totalCount);
    expect(three.statements).toBe(one.statements);
  });

  it('reads a page of each list report, its total and its rows\' own columns in one statement', async () => {
    const own = (await cheaper('{ __typename }')).statements;
    const lists = Object.entries(REPORTS).filter(([name, spec]) => spec.connection && name !== 'readiness-blockers');
    expect(lists.map(([name]) => name)).toContain('deployment-timeline');
    for (const [name, spec] of lists) {
      const { data, statements } = await cheaper(`{ ${spec.query}(first: 1) { totalCount nodes { ${spec.fields.join(' ')} } } }`);
      // More rows than the page holds, so that the total is counted rather than the page's length.
      expect(data[spec.query].totalCount, name).toBeGreaterThan(1);
      expect(statements, name).toBe(own + 1);
    }
  });

  it('quotes CSV cells as RFC 4180 says', async () => {
    const res = await csv(api, 'waiting-dependencies');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    expect(text).toContain('"Superior Court of California, County of Fresno"');
    expect(text.split('\r\n')).toHaveLength(5); // header, 3 rows, and the empty string after the last CRLF
  });

  it('refuses bad filters with BAD_USER_INPUT, in GraphQL and in CSV', async () => {
    const gql = await api.gql(OVERDUE_BACKWARDS);
    expect(errorCode(gql)).toBe('BAD_USER_INPUT');
    for (const params of ['phase=NOPE', 'readiness=MAYBE', 'goLiveFrom=2027-13-01', 'wave=one', 'colour=blue', 'goLiveFrom=2027-05-01&goLiveTo=2027-01-01',
      'wentLiveFrom=2027-05-01&wentLiveTo=2027-01-01', 'wentLiveTo=soon']) {
      const res = await fetch(`${api.url}/reports/overdue-tasks.csv?${params}`, { headers: api.headers });
      expect(res.status, params).toBe(400);
      const body = await restAnswer(res);
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(refusedFields(body).length).toBeGreaterThan(0);
    }
    const page = await api.gql(CASE_RATES_PAGE, { first: 101 });
    expect(errorCode(page)).toBe('BAD_USER_INPUT');
    const foreignCursor = Buffer.from(JSON.stringify(['2027-01-01'])).toString('base64url');
    const cursor = await api.gql(CASE_RATES_PAGE, { after: foreignCursor });
    expect(errorCode(cursor)).toBe('BAD_USER_INPUT');
  });

  it('refuses CSV to callers not signed in, and answers NOT_FOUND for a report that does not exist', async () => {
    const anonymous = await fetch(`${api.url}/reports/overdue-tasks.csv`);
    expect(anonymous.status).toBe(401);
    expect(errorCode(await restAnswer(anonymous))).toBe('UNAUTHENTICATED');
    const badToken = await fetch(`${api.url}/reports/overdue-tasks.csv`, { headers: { authorization: 'Bearer nope' } });
    expect(badToken.status).toBe(401);
    const missing = await fetch(`${api.url}/reports/nothing.csv`, { headers: api.headers });
    expect(missing.status).toBe(404);
    const reporter = await api.as('REPORTER');
    expect((await csv(api, 'deployment-counts', undefined, reporter.headers)).status).toBe(200);
  });
});

describe('reports after a go-live', () => {
  let api: Api;
  let live: Awaited<ReturnType<typeof liveDeployment>>;

  beforeAll(async () => {
    api = await startApi();
    // Kern: target 2027-02-13, live on day 0 (2027-01-04). Tulare: target 2027-04-14, with a scanner whose make reads as a formula.
    live = await liveDeployment(api, 'Kern');
    const tulare = await createDeployment(api, 'Tulare', 100);
    const assessment = await startAssessment(api, tulare.id);
    const res = await recordWorkstation(api, assessment.id, meetingScanner({ make: '=SUM(1)', model: 'fi-7160' }));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    api.clock.setToday('2027-01-19');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('counts actual go-lives in the month they happened and planned ones in their target month', async () => {
    expect(live.actualGoLive).toBe('2027-01-04');
    expect(await report(api, 'go-lives-by-month')).toEqual([
      { month: '2027-01', planned: 0, actual: 1 },
      { month: '2027-02', planned: 1, actual: 0 },
      { month: '2027-04', planned: 1, actual: 0 },
    ]);
    expect(await report(api, 'go-lives-by-month', { status: 'LIVE' })).toEqual([
      { month: '2027-01', planned: 0, actual: 1 },
      { month: '2027-02', planned: 1, actual: 0 },
    ]);
  });

  it('filters by the date a court went live, in every report and in the deployments list', async () => {
    const january = { wentLiveFrom: '2027-01-01', wentLiveTo: '2027-01-31' };
    // Only Kern went live (in January); its planned month is still its target month.
    expect(await report(api, 'go-lives-by-month', january)).toEqual([
      { month: '2027-01', planned: 0, actual: 1 },
      { month: '2027-02', planned: 1, actual: 0 },
    ]);
    expect(await report(api, 'go-lives-by-month', { wentLiveFrom: '2027-01-05' })).toEqual([]);
    expect(pick(await report(api, 'deployment-timeline', january), ['deploymentId', 'actualGoLive', 'daysToGoLive']))
      .toEqual([{ deploymentId: live.id, actualGoLive: '2027-01-04', daysToGoLive: 25 }]);
    const list = await api.gql(DEPLOYMENTS, { f: january });
    expect(list.data!.deployments).toEqual({ totalCount: 1, nodes: [{ id: live.id }] });
    const backwards = await api.gql(DEPLOYMENTS, {
      f: { wentLiveFrom: '2027-02-01', wentLiveTo: '2027-01-01' },
    });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
  });

  it('keeps a spreadsheet from running a cell as a formula', async () => {
    const rows = await gqlRows(api, 'scanner-inventory');
    expect(rows).toEqual([{ make: '=SUM(1)', model: 'fi-7160', verdict: 'MEETS', workstations: 1, deployments: 1 }]);
    expect((await csvRows(api, 'scanner-inventory'))).toEqual([["'=SUM(1)", 'fi-7160', 'MEETS', '1', '1']]);
  });
});
