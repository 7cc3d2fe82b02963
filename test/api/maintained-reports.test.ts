// Reports read what is kept as writes happen (run_case_count, each deployment's readiness and health dates): each
// write must show in the very next read, with nothing cached between them, and the kept readiness
// must equal what the rules say of the records now.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../server/db/sql';
import { Deployment } from '../../server/modules/deployment/deployment.entity';
import { isPostgresSource } from '../../server/db/data-source';
import { postgresMigrations } from '../../server/db/migrations/postgres';
import { sqliteMigrations } from '../../server/db/migrations/sqlite';
import { HEALTH_FACTS, healthFactsSql, openTaskDueSql, tallySql, taskDueTallySql } from '../../server/modules/deployment/health-facts';
import { evaluateReadiness, readinessAsOf } from '../../server/modules/readiness/readiness.service';
import { today } from '../../server/shared/clock';
import { addDays } from '../../server/shared/dates';
import { Api, dataOf, startApi } from '../support/api';
import {
  acceptReadinessChecklist, holdTraining, meetDependencies, passAll, planCases, RAISE, readiness, readRun, recordResult, signAll, startRun, UPDATE_DEFECT,
} from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';

const RUN_RATES = graphql(`query MaintainedRunRates { catRunRatesReport(first: 100) { totalCount nodes { runId status total passed failed blocked untested } } }`);

describe('reports read what each write keeps', () => {
  let api: Api;
  let deploymentId = '';
  let cases: { id: string }[] = [];

  beforeAll(async () => {
    api = await startApi();
    deploymentId = (await createDeployment(api, 'Fresno', 60)).id;
    cases = (await planCases(api)).filter((c) => !c.requiresCarpos);
  });

  afterAll(async () => {
    await api?.close();
  });

  const runRow = async (runId: string) => {
    const report = dataOf(await api.gql(RUN_RATES)).catRunRatesReport;
    return { total: report.totalCount, row: report.nodes.find((n) => n.runId === runId) };
  };

  it('lists a run from its start and counts each attempt in the next read of catRunRatesReport', async () => {
    const before = dataOf(await api.gql(RUN_RATES)).catRunRatesReport.totalCount;
    const run = await startRun(api, deploymentId);
    const started = await runRow(run.id);
    expect(started.total).toBe(before + 1);
    expect(started.row).toMatchObject({ status: 'IN_PROGRESS', passed: 0, failed: 0, untested: started.row!.total });

    dataOf(await recordResult(api, { runId: run.id, caseId: cases[0].id, status: 'FAILED', actualResult: 'The order did not appear.' }));
    expect((await runRow(run.id)).row).toMatchObject({ status: 'FAILED', passed: 0, failed: 1, untested: started.row!.total - 1 });

    // A re-test replaces the case's latest attempt: the failure no longer counts.
    dataOf(await recordResult(api, { runId: run.id, caseId: cases[0].id, status: 'PASSED' }));
    expect((await runRow(run.id)).row).toMatchObject({ status: 'IN_PROGRESS', passed: 1, failed: 0, untested: started.row!.total - 1 });

    dataOf(await recordResult(api, { runId: run.id, caseId: cases[1].id, status: 'BLOCKED', notes: 'Scanner offline.' }));
    expect((await runRow(run.id)).row).toMatchObject({ status: 'BLOCKED', passed: 1, blocked: 1, untested: started.row!.total - 2 });
  });
});

const BLOCKERS = graphql(`query MaintainedBlockers($county: [String!]) { readinessBlockersReport(filter: { county: $county }, first: 100) {
  totalCount nodes { deploymentId code what why recordType recordId party daysOpen } } }`);
const WAIT = graphql(`mutation MaintainedWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`);
const REQUEST_ACCOUNT = graphql(`mutation MaintainedRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }`);
const CHANGE_ACCOUNT = graphql(`mutation MaintainedChangeAccount($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { version } }`);
const UPDATE_LEAS = graphql(`mutation MaintainedUpdateLeas($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { version } }`);
const DEPENDENCIES = graphql(`query MaintainedDependencies($id: ID!) { deployment(id: $id) { id dependencies { id status } } }`);
const COURT = graphql(`query MaintainedCourt($id: ID!) { organization(id: $id) { version } }`);
const SET_PROFILE = graphql(`mutation MaintainedSetProfile($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { version } }`);

describe('readiness kept per deployment', () => {
  let api: Api;
  beforeAll(async () => { api = await startApi(); });
  afterAll(async () => { await api?.close(); });

  /** The readiness the rules give now, as the API answers it. */
  const byTheRules = async (deploymentId: string) => {
    const deployment = await api.app.db.manager.findOneByOrFail(Deployment, { id: deploymentId });
    const r = readinessAsOf((await evaluateReadiness(api.app.db.manager, [deployment])).get(deploymentId)!, today(api.clock));
    return { ...r, acceptanceRun: r.acceptanceRun && { id: r.acceptanceRun.id } };
  };

  /** The kept readiness, through the query and the blockers report, equals the rules' answer. */
  const expectKeptAsRules = async (deploymentId: string, county: string) => {
    const rules = await byTheRules(deploymentId);
    expect(await readiness(api, deploymentId)).toEqual(rules);
    const report = dataOf(await api.gql(BLOCKERS, { county: [county] })).readinessBlockersReport;
    expect(report.nodes.map(({ deploymentId: _id, ...b }) => b)).toEqual(rules.blockers);
    expect(report.totalCount).toBe(rules.blockers.length);
    return rules;
  };

  it('equals the rules after each kind of change, and counts days open from today', async () => {
    const county = 'Mariposa';
    const { courtId, sheriffId } = await organizationsOf(api, county);
    const d = await createDeployment(api, county, 40);
    expect((await expectKeptAsRules(d.id, county)).status).toBe('NO_GO');

    const dependency = d.dependencies.find((x) => x.status !== 'NOT_APPLICABLE')!;
    dataOf(await api.gql(WAIT, { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'COURT', baseVersion: dependency.version, mutationId: randomUUID() } }));
    expect((await expectKeptAsRules(d.id, county)).blockers.find((b) => b.recordId === dependency.id)?.party).toBe('COURT');
    await meetDependencies(api, dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment);
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).not.toContain('DEPENDENCY_NOT_MET');

    const account = dataOf(await api.gql(REQUEST_ACCOUNT, { i: { deploymentId: d.id, organizationId: sheriffId, personName: 'Lee Park', email: 'lee@sheriff.example', ccporRole: 'QUERY_ONLY', mutationId: randomUUID() } })).requestAccount;
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).toContain('ACCOUNT_NOT_ACTIVE');
    const approved = dataOf(await api.gql(CHANGE_ACCOUNT, { i: { requestId: account.id, status: 'APPROVED', baseVersion: account.version, mutationId: randomUUID() } })).changeAccountRequestStatus;
    dataOf(await api.gql(CHANGE_ACCOUNT, { i: { requestId: account.id, status: 'ACTIVE', baseVersion: approved.version, mutationId: randomUUID() } }));
    await holdTraining(api, d.id);
    await acceptReadinessChecklist(api, d.id);
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).toEqual(['NO_ACCEPTANCE_RUN']);

    // A rehearsal never counts; an acceptance run, its attempts and defects do.
    const rehearsal = await startRun(api, d.id, 'REHEARSAL');
    await passAll(api, rehearsal);
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).toEqual(['NO_ACCEPTANCE_RUN']);
    const run = await startRun(api, d.id);
    const [first] = run.cases.filter((c) => c.status !== 'NOT_APPLICABLE');
    const failed = dataOf(await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'FAILED', actualResult: 'The order was not saved.' })).recordTestResult;
    const defect = dataOf(await api.gql(RAISE, { i: { attemptIds: [failed.id], title: 'Order not saved', description: 'Saving fails.', severity: 'MAJOR', mutationId: randomUUID() } })).raiseDefect;
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).toEqual(expect.arrayContaining(['ACCEPTANCE_RUN_NOT_PASSED', 'DEFECT_OPEN', 'SIGN_OFF_MISSING']));
    await passAll(api, await readRun(api, run.id));
    const fixed = dataOf(await api.gql(UPDATE_DEFECT, { i: { defectId: defect.id, status: 'FIXED', fixedInBuild: 'CCPOR 4.2.2', baseVersion: defect.version, mutationId: randomUUID() } })).updateDefect;
    expect((await expectKeptAsRules(d.id, county)).blockers.find((b) => b.code === 'DEFECT_OPEN')?.party).toBe('COURT');
    const retest = (await readRun(api, run.id)).cases.find((c) => c.testCase.id === first.testCase.id)!.latestAttempt!;
    dataOf(await api.gql(UPDATE_DEFECT, { i: { defectId: defect.id, status: 'VERIFIED', attemptIds: [retest.id], baseVersion: fixed.version, mutationId: randomUUID() } }));
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).not.toContain('DEFECT_OPEN');

    // Sign-offs, made stale by a later attempt; another LEA joins and owes one.
    await signAll(api, run.id, courtId, [sheriffId]);
    dataOf(await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'PASSED' }));
    expect((await expectKeptAsRules(d.id, county)).blockers.map((b) => b.code)).toContain('SIGN_OFF_STALE');
    const other = (await organizationsOf(api, 'Madera')).sheriffId;
    dataOf(await api.gql(UPDATE_LEAS, { i: { deploymentId: d.id, leaIds: [sheriffId, other], baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } }));
    expect((await expectKeptAsRules(d.id, county)).blockers.filter((b) => b.code === 'SIGN_OFF_MISSING')).toHaveLength(1);

    // A court profile change rewrites dependencies and CARPOS cases; then days go by.
    const { version } = dataOf(await api.gql(COURT, { id: courtId })).organization;
    dataOf(await api.gql(SET_PROFILE, { i: { courtId, profile: 'IMAGES_ONLY', baseVersion: version, mutationId: randomUUID() } }));
    await expectKeptAsRules(d.id, county);
    const before = await readiness(api, d.id);
    api.clock.advanceDays(6);
    const later = await expectKeptAsRules(d.id, county);
    expect(later.blockers.map((b) => b.daysOpen)).toEqual(before.blockers.map((b) => b.daysOpen + 6));
  });
});

const HEALTH_OF = graphql(`query MaintainedHealthOf($id: ID!) { deployment(id: $id) { id health { status }
  tasks { id version status dueDate } dependencies { id version status dueDate } } }`);
const HEALTH_REPORTS = graphql(`query MaintainedHealthReports($county: [String!]) {
  deploymentCountsReport(filter: { county: $county }) { health deployments }
  deploymentTimelineReport(filter: { county: $county }, first: 100) { totalCount nodes { deploymentId health overdueTasks overdueDependencies oldestOverdue } } }`);
const PORTFOLIO_COUNTS = graphql(`query MaintainedPortfolioCounts($f: ReportFilter) {
  deploymentCountsReport(filter: $f) { phase status health deployments } goLivesByMonthReport(filter: $f) { month planned actual }
  overdueTasksReport(filter: $f) { party phase tasks deployments maxDaysOverdue } }`);
const MOVE_TASK = graphql(`mutation MaintainedMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate } }`);
const TASK_ACTION = graphql(`mutation MaintainedCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`);

describe('health dates kept per deployment', () => {
  let api: Api;
  beforeAll(async () => { api = await startApi(); });
  afterAll(async () => { await api?.close(); });

  /**
   * The kept dates equal a recomputation from the tasks and dependencies, and the reports that read
   * them (health, overdue counts and the oldest overdue date, as of today) agree with the
   * deployment's own health, derived from its tasks and dependencies.
   */
  /**
   * portfolio_tally equals a count of the kept rows, open_task_due and task_due_tally a count of
   * every open task, and the whole portfolio's counts read from the tallies equal those of every
   * deployment counted one by one (a filter every deployment matches).
   */
  const expectTallyAsRecords = async () => {
    const db = api.app.db;
    const order = 'ORDER BY kind, phase, status, day';
    const rows = (found: Record<string, unknown>[]) => found.map((r) => ({ ...r, day: String(r.day).slice(0, 10), deployments: Number(r.deployments) }));
    expect(rows(await rawQuery(db, `SELECT kind, phase, status, day, deployments FROM portfolio_tally ${order}`)))
      .toEqual(rows(await rawQuery(db, `SELECT * FROM (${tallySql(db)}) t ${order}`)));
    const due = (found: Record<string, unknown>[]) => found.map((r) => ({ ...r, day: String(r.day).slice(0, 10), tasks: Number(r.tasks) }));
    const dueOrder = 'ORDER BY "deploymentId", party, phase, day';
    expect(due(await rawQuery(db, `SELECT "deploymentId", party, phase, day, tasks FROM open_task_due ${dueOrder}`)))
      .toEqual(due(await rawQuery(db, `SELECT * FROM (${openTaskDueSql(false)}) o ${dueOrder}`)));
    const tallied = (found: Record<string, unknown>[]) => found.map((r) => ({ ...r, day: String(r.day).slice(0, 10), tasks: Number(r.tasks), deployments: Number(r.deployments) }));
    expect(tallied(await rawQuery(db, 'SELECT day, party, phase, tasks, deployments FROM task_due_tally ORDER BY day, party, phase')))
      .toEqual(tallied(await rawQuery(db, `SELECT * FROM (${taskDueTallySql(openTaskDueSql(false))}) t ORDER BY day, party, phase`)));
    const everything = dataOf(await api.gql(PORTFOLIO_COUNTS, { f: null }));
    expect(everything.deploymentCountsReport.length).toBeGreaterThan(0);
    expect(everything).toEqual(dataOf(await api.gql(PORTFOLIO_COUNTS, { f: { goLiveFrom: '2000-01-01' } })));
    return everything;
  };

  const expectKeptAsRecords = async (deploymentId: string, county: string) => {
    await expectTallyAsRecords();
    const kept = await api.app.db.query(`SELECT ${HEALTH_FACTS.map((c) => `"${c}"`).join(', ')} FROM deployment_health WHERE "deploymentId" = '${deploymentId}'`);
    const computed = await rawQuery(api.app.db, `SELECT ${HEALTH_FACTS.map((c) => `k."${c}"`).join(', ')} FROM (${healthFactsSql(api.app.db)}) k`, { ids: [deploymentId] });
    expect(kept).toEqual(computed);
    const d = dataOf(await api.gql(HEALTH_OF, { id: deploymentId })).deployment!;
    const asOf = today(api.clock);
    const overdue = (items: { status: string; dueDate: string }[], open: string[]) => items.filter((x) => open.includes(x.status) && x.dueDate < asOf);
    const tasks = overdue(d.tasks, ['OPEN', 'IN_PROGRESS']);
    const dependencies = overdue(d.dependencies, ['NOT_STARTED', 'IN_PROGRESS', 'WAITING']);
    const reports = dataOf(await api.gql(HEALTH_REPORTS, { county: [county] }));
    expect(reports.deploymentCountsReport).toEqual([{ health: d.health.status, deployments: 1 }]);
    expect(reports.deploymentTimelineReport.nodes).toEqual([{
      deploymentId, health: d.health.status, overdueTasks: tasks.length, overdueDependencies: dependencies.length,
      oldestOverdue: [...tasks, ...dependencies].map((x) => x.dueDate).sort()[0] ?? null,
    }]);
    return d;
  };

  it('equals its tasks and dependencies after each change, and reports decide health from today', async () => {
    const county = 'Tuolumne';
    const created = await createDeployment(api, county, 200);
    let d = await expectKeptAsRecords(created.id, county);
    expect(d.health.status).toBe('ON_TRACK');

    // A task moved into the past makes it AT_RISK; days later, LATE (a required task); done, on track again.
    const task = [...d.tasks].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    dataOf(await api.gql(MOVE_TASK, { i: { taskId: task.id, dueDate: addDays(today(api.clock), -2), baseVersion: task.version, mutationId: randomUUID() } }));
    expect((await expectKeptAsRecords(created.id, county)).health.status).toBe('AT_RISK');
    expect((await expectTallyAsRecords()).overdueTasksReport).toContainEqual(expect.objectContaining({ maxDaysOverdue: 2 }));
    api.clock.advanceDays(8);
    d = await expectKeptAsRecords(created.id, county);
    expect(d.health.status).not.toBe('ON_TRACK');
    const moved = d.tasks.find((t) => t.id === task.id)!;
    dataOf(await api.gql(TASK_ACTION, { i: { taskId: task.id, baseVersion: moved.version, mutationId: randomUUID() } }));
    d = await expectKeptAsRecords(created.id, county);

    // A dependency waiting on the court: after 30 days the deployment is at risk at least.
    const dependency = d.dependencies.find((x) => x.status === 'NOT_STARTED')!;
    dataOf(await api.gql(WAIT, { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'COURT', baseVersion: dependency.version, mutationId: randomUUID() } }));
    await expectKeptAsRecords(created.id, county);
    api.clock.advanceDays(31);
    expect((await expectKeptAsRecords(created.id, county)).health.status).not.toBe('ON_TRACK');
    await meetDependencies(api, dataOf(await api.gql(DEPENDENCIES, { id: created.id })).deployment!);
    await expectKeptAsRecords(created.id, county);
  });

  it('is filled in by its migrations: undone and done again, the kept rows and the tallies equal a recomputation', async () => {
    const db = api.app.db;
    await createDeployment(api, 'Mono', 20);
    const migrations = (isPostgresSource(db) ? postgresMigrations : sqliteMigrations).filter((m) => ['PortfolioTally1796900600000', 'TaskDueTally1797000100000'].includes(m.name));
    expect(migrations).toHaveLength(2);
    const runner = db.createQueryRunner();
    try {
      for (const migration of [...migrations].reverse()) await new migration().down(runner);
      for (const migration of migrations) await new migration().up(runner);
    } finally {
      await runner.release();
    }
    const columns = HEALTH_FACTS.map((c) => `"${c}"`).join(', ');
    const order = 'ORDER BY "deploymentId"';
    const kept = await rawQuery(db, `SELECT "deploymentId", ${columns} FROM deployment_health ${order}`);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept).toEqual(await rawQuery(db, `SELECT "deploymentId", ${columns} FROM (${healthFactsSql(db, false)}) k ${order}`));
    await expectTallyAsRecords();
  });
});
