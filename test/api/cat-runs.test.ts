import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../server/db/seed/reference-data';
import { TestCase, TestPlan } from '../../server/modules/test-plan/test-plan.entity';
import { TestResult, TestRun } from '../../server/modules/test-run/test-run.entity';
import { Api, errorCode, startApi, refusedFields } from '../support/api';
import { BULK, planCases, readRun, recordResult, startRun, type Run } from '../support/cat';
import { photoBytes, uploadFile } from '../support/files';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { TestResultItemInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const START = graphql(`mutation CatRunsStartTestRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }`);
const caseOf = (run: Run, key: string) => run.cases.find((c) => c.testCase.key === key)!;
const attemptsOf = (runId: string) => api.app.db.manager.countBy(TestResult, { runId });

describe('the CAT plan', () => {
  it('is seeded as version 1 with at least 25 cases over every area, CARPOS cases marked', async () => {
    const res = await api.gql(graphql(`query CatRunsTestPlans { testPlans { version publishedAt cases { key area criticality requiresCarpos steps expectedResult preconditions } } }`));
    const [plan] = res.data!.testPlans;
    expect(plan.version).toBe(1);
    expect(plan.cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(plan.cases.map((c) => c.key)).size).toBe(plan.cases.length);
    expect(new Set(plan.cases.map((c) => c.area))).toEqual(new Set([
      'USER_ACCESS', 'ORDER_ENTRY', 'SCANNING_ATTACHMENT', 'SEARCH', 'MODIFICATION_TERMINATION', 'PROOF_OF_SERVICE',
      'CARPOS_TRANSMISSION', 'DOJ_MESSAGES', 'PRINTING', 'AUDIT',
    ]));
    expect(plan.cases.filter((c) => c.area === 'CARPOS_TRANSMISSION').every((c) => c.requiresCarpos)).toBe(true);
    expect(plan.cases.every((c) => c.steps.length > 0 && c.expectedResult && c.preconditions)).toBe(true);
  });

  it('is seeded once however often reference data is seeded', async () => {
    const cases = await api.app.db.manager.count(TestCase);
    await seedReferenceData(api.app.db, api.clock.now());
    expect(await api.app.db.manager.count(TestPlan)).toBe(1);
    expect(await api.app.db.manager.count(TestCase)).toBe(cases);
  });

  it('answers NOT_FOUND for a version that does not exist', async () => {
    expect(errorCode(await api.gql(graphql(`query CatRunsTestPlan { testPlan(version: 9) { id } }`)))).toBe('NOT_FOUND');
  });
});

describe('startTestRun', () => {
  it('starts a run on the latest plan with every case UNTESTED, once per mutationId, with the device’s id', async () => {
    const d = await createDeployment(api, 'Fresno', 40);
    const input = { id: randomUUID(), deploymentId: d.id, environment: 'TEST' as const, purpose: 'ACCEPTANCE' as const, mutationId: randomUUID() };
    const first = await api.gql(START, { i: input });
    const run = first.data!.startTestRun;
    expect(run).toMatchObject({ id: input.id, purpose: 'ACCEPTANCE', environment: 'TEST', startedBy: 'Test admin' });
    expect(run.summary).toMatchObject({ status: 'IN_PROGRESS', untested: run.summary.total, passed: 0, notApplicable: 0, passPercent: 0 });
    expect(run.cases.every((c) => c.status === 'UNTESTED' && c.attempts.length === 0)).toBe(true);
    const again = await api.gql(START, { i: input });
    expect(again.data!.startTestRun.id).toBe(input.id);
    expect(await api.app.db.manager.countBy(TestRun, { deploymentId: d.id })).toBe(1);
    const listed = await api.gql(graphql(`query CatRunsDeployment($id: ID!) { deployment(id: $id) { testRuns { id } } }`), { id: d.id });
    expect(listed.data!.deployment.testRuns).toEqual([{ id: input.id }]);
  });

  it('refuses an unknown deployment (NOT_FOUND) and a taken id (BAD_USER_INPUT), writing nothing', async () => {
    const missing = await api.gql(START, { i: { deploymentId: randomUUID(), environment: 'TEST', purpose: 'REHEARSAL' } });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const d = await createDeployment(api, 'Kings', 40);
    const run = await startRun(api, d.id, 'REHEARSAL');
    const taken = await api.gql(START, { i: { id: run.id, deploymentId: d.id, environment: 'TEST', purpose: 'ACCEPTANCE', mutationId: randomUUID() } });
    expect(errorCode(taken)).toBe('BAD_USER_INPUT');
    expect(refusedFields(taken)[0]).toBe('id');
    expect(await api.app.db.manager.countBy(TestRun, { deploymentId: d.id })).toBe(1);
  });

  it('starts an images-only court’s CARPOS cases NOT_APPLICABLE with the reason, by "system"', async () => {
    const d = await createDeployment(api, 'Marin', 40);
    expect(d.court.ccporProfile).toBe('IMAGES_ONLY');
    const run = await startRun(api, d.id);
    const carpos = run.cases.filter((c) => c.testCase.requiresCarpos);
    expect(carpos.length).toBeGreaterThanOrEqual(4);
    for (const c of carpos) {
      expect(c.status).toBe('NOT_APPLICABLE');
      expect(c.attempts).toEqual([expect.objectContaining({ status: 'NOT_APPLICABLE', tester: 'system', notes: expect.stringMatching(/Images-only court/) })]);
    }
    expect(run.cases.filter((c) => !c.testCase.requiresCarpos).every((c) => c.status === 'UNTESTED')).toBe(true);
    expect(run.summary).toMatchObject({ notApplicable: carpos.length, untested: run.summary.total - carpos.length });
  });

  it('starts a data-and-images court’s CARPOS cases UNTESTED', async () => {
    const d = await createDeployment(api, 'Tulare', 40);
    const run = await startRun(api, d.id);
    expect(run.cases.filter((c) => c.testCase.requiresCarpos).every((c) => c.status === 'UNTESTED')).toBe(true);
  });
});

describe('recordTestResult', () => {
  let run: Run;
  let cases: Awaited<ReturnType<typeof planCases>>;
  beforeAll(async () => {
    const d = await createDeployment(api, 'Kern', 40);
    run = await startRun(api, d.id);
    cases = await planCases(api);
  });
  const key = (k: string) => cases.find((c) => c.key === k)!.id;

  it('records an attempt with the device’s id, once per mutationId', async () => {
    const photo = await uploadFile(api, photoBytes(1_000));
    const input = { id: randomUUID(), runId: run.id, caseId: key('UA-01'), status: 'PASSED' as const, photos: [photo.sha256], mutationId: randomUUID(), testedAt: '2027-01-04T18:00:00.000Z' };
    const first = await recordResult(api, input);
    expect(first.data!.recordTestResult).toMatchObject({ id: input.id, status: 'PASSED', tester: 'Dana Clerk', build: 'CCPOR 4.2.1', photos: input.photos, mutationId: input.mutationId, recordedBy: 'Test admin' });
    const replay = await recordResult(api, input);
    expect(replay.data!.recordTestResult.id).toBe(input.id);
    expect(await attemptsOf(run.id)).toBe(1);
    const reused = await recordResult(api, { ...input, status: 'FAILED', actualResult: 'Sign-in page did not load' });
    expect(errorCode(reused)).toBe('MUTATION_ID_REUSED');
    expect(await attemptsOf(run.id)).toBe(1);
  });

  it('refuses incomplete attempts with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await attemptsOf(run.id);
    const failed = await recordResult(api, { runId: run.id, caseId: key('OE-01'), status: 'FAILED' });
    expect(errorCode(failed)).toBe('BAD_USER_INPUT');
    expect(refusedFields(failed)).toEqual(['actualResult']);
    const blocked = await recordResult(api, { runId: run.id, caseId: key('OE-01'), status: 'BLOCKED' });
    expect(refusedFields(blocked)).toEqual(['notes']);
    const otherCase = await recordResult(api, { runId: run.id, caseId: randomUUID(), status: 'PASSED' });
    expect(refusedFields(otherCase)).toEqual(['caseId']);
    const future = await recordResult(api, { runId: run.id, caseId: key('OE-01'), status: 'PASSED', testedAt: '2027-01-06T00:00:00.000Z' });
    expect(refusedFields(future)).toEqual(['testedAt']);
    const photo = await recordResult(api, { runId: run.id, caseId: key('OE-01'), status: 'PASSED', photos: ['not-a-sha'] });
    expect(errorCode(photo)).toBe('BAD_USER_INPUT');
    const takenId = (await api.app.db.manager.findOneByOrFail(TestResult, { runId: run.id })).id;
    const taken = await recordResult(api, { id: takenId, runId: run.id, caseId: key('OE-01'), status: 'PASSED' });
    expect(refusedFields(taken)).toEqual(['id']);
    expect(await attemptsOf(run.id)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown run', async () => {
    expect(errorCode(await recordResult(api, { runId: randomUUID(), caseId: key('OE-01'), status: 'PASSED' }))).toBe('NOT_FOUND');
  });

  it('keeps every attempt of a re-test; the case is its latest attempt by the time it was tested', async () => {
    const caseId = key('SE-01');
    await recordResult(api, { runId: run.id, caseId, status: 'FAILED', actualResult: 'No result for the DOB search', testedAt: '2027-01-04T17:00:00.000Z' });
    await recordResult(api, { runId: run.id, caseId, status: 'RETEST', notes: 'Fix deployed in 4.2.2', testedAt: '2027-01-04T18:00:00.000Z' });
    await recordResult(api, { runId: run.id, caseId, status: 'PASSED', build: 'CCPOR 4.2.2', testedAt: '2027-01-04T19:00:00.000Z' });
    // Synced late by another tablet, but tested before the re-test: history, not the status.
    await recordResult(api, { runId: run.id, caseId, status: 'BLOCKED', notes: 'Scanner offline', testedAt: '2027-01-04T16:00:00.000Z' });
    const c = caseOf(await readRun(api, run.id), 'SE-01');
    expect(c.attempts.map((a) => a.status)).toEqual(['BLOCKED', 'FAILED', 'RETEST', 'PASSED']);
    expect(c.status).toBe('PASSED');
    expect(c.latestAttempt!.status).toBe('PASSED');
  });
});

describe('a case’s status as attempts arrive out of order', () => {
  it('keeps the newer attempt when one tested earlier is recorded after it; a tie goes to the later arrival', async () => {
    const d = await createDeployment(api, 'Yolo', 40);
    const run = await startRun(api, d.id);
    const [first, second] = run.cases.map((c) => c.testCase.id);
    const newer = (await recordResult(api, { runId: run.id, caseId: first, status: 'PASSED', testedAt: '2027-01-04T19:00:00.000Z' })).data!.recordTestResult;
    // An offline tablet syncs an attempt from the morning: history, not the status.
    await recordResult(api, { runId: run.id, caseId: first, status: 'FAILED', actualResult: 'Order not saved', testedAt: '2027-01-04T16:00:00.000Z' });
    await recordResult(api, { runId: run.id, caseId: second, status: 'BLOCKED', notes: 'Scanner offline', testedAt: '2027-01-04T18:00:00.000Z' });
    const tie = (await recordResult(api, { runId: run.id, caseId: second, status: 'RETEST', notes: 'Scanner back', testedAt: '2027-01-04T18:00:00.000Z' })).data!.recordTestResult;
    const read = await readRun(api, run.id);
    const [a, b] = [read.cases.find((c) => c.testCase.id === first)!, read.cases.find((c) => c.testCase.id === second)!];
    expect(a).toMatchObject({ status: 'PASSED', latestAttempt: { id: newer.id, status: 'PASSED' } });
    expect(a.attempts.map((x) => x.status)).toEqual(['FAILED', 'PASSED']);
    expect(b).toMatchObject({ status: 'RETEST', latestAttempt: { id: tie.id, status: 'RETEST' } });
    expect(read.summary).toMatchObject({ status: 'IN_PROGRESS', passed: 1, failed: 0, blocked: 0, retest: 1 });
  });

  it('takes the later testedAt of two attempts of one case in one bulk request, whichever comes first in it', async () => {
    const d = await createDeployment(api, 'Shasta', 40);
    const run = await startRun(api, d.id);
    const [first, second] = run.cases.map((c) => c.testCase.id);
    const item = (caseId: string, status: TestResultItemInput['status'], testedAt: string, extra: Partial<TestResultItemInput> = {}) =>
      ({ id: randomUUID(), mutationId: randomUUID(), caseId, status, tester: 'Dana Clerk', testedAt, ...extra });
    const laterFirst = [item(first, 'PASSED', '2027-01-04T19:00:00.000Z'), item(first, 'FAILED', '2027-01-04T18:00:00.000Z', { actualResult: 'Order not saved' })];
    const laterSecond = [item(second, 'BLOCKED', '2027-01-04T17:00:00.000Z', { notes: 'Printer jammed' }), item(second, 'PASSED', '2027-01-04T17:30:00.000Z')];
    const res = await api.gql(BULK, { i: { runId: run.id, results: [...laterFirst, ...laterSecond] } });
    expect(res.data!.recordTestResults).toMatchObject({ applied: 4, refused: 0 });
    const read = await readRun(api, run.id);
    expect(read.cases.find((c) => c.testCase.id === first)).toMatchObject({ status: 'PASSED', latestAttempt: { id: laterFirst[0].id } });
    expect(read.cases.find((c) => c.testCase.id === second)).toMatchObject({ status: 'PASSED', latestAttempt: { id: laterSecond[1].id } });
    expect(read.summary).toMatchObject({ passed: 2, failed: 0, blocked: 0 });
  });
});

describe('computed run status', () => {
  it('is FAILED if any case failed, else BLOCKED, else IN_PROGRESS while any is untested or to re-test, else PASSED', async () => {
    const d = await createDeployment(api, 'Madera', 40);
    let run = await startRun(api, d.id);
    const ids = run.cases.map((c) => c.testCase.id);
    const status = async () => (await readRun(api, run.id)).summary.status;
    const results = ids.map((caseId: string) => ({ caseId, status: 'PASSED' as const, tester: 'Dana Clerk', mutationId: randomUUID() }));
    const bulk = await api.gql(graphql(`mutation CatRunsRecordTestResults($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied } }`), { i: { runId: run.id, results: results.slice(2) } });
    expect(bulk.data!.recordTestResults.applied).toBe(ids.length - 2);
    expect(await status()).toBe('IN_PROGRESS');
    await recordResult(api, { runId: run.id, caseId: ids[0], status: 'BLOCKED', notes: 'Printer not installed' });
    expect(await status()).toBe('BLOCKED');
    await recordResult(api, { runId: run.id, caseId: ids[1], status: 'FAILED', actualResult: 'Order not saved' });
    expect(await status()).toBe('FAILED');
    await recordResult(api, { runId: run.id, caseId: ids[1], status: 'RETEST', notes: 'Fixed in 4.2.2' });
    expect(await status()).toBe('BLOCKED');
    await recordResult(api, { runId: run.id, caseId: ids[0], status: 'NOT_APPLICABLE', notes: 'The court does not print orders' });
    expect(await status()).toBe('IN_PROGRESS');
    await recordResult(api, { runId: run.id, caseId: ids[1], status: 'PASSED' });
    run = await readRun(api, run.id);
    expect(run.summary).toMatchObject({ status: 'PASSED', passed: ids.length - 1, notApplicable: 1, untested: 0, passPercent: 100 });
  });

  it('computes a page of runs with the same number of SQL statements as one run', async () => {
    const q = graphql(`query CatRunsPage($id: ID!) { deployment(id: $id) { testRuns { summary { status passPercent } cases { status attempts { id } latestAttempt { id } testCase { key } } } } }`);
    const one = await createDeployment(api, 'Mono', 40);
    await startRun(api, one.id);
    const many = await createDeployment(api, 'Napa', 40);
    for (let i = 0; i < 4; i += 1) await startRun(api, many.id, 'REHEARSAL');
    const a = await api.gql(q, { id: one.id });
    const b = await api.gql(q, { id: many.id });
    expect(b.data!.deployment.testRuns).toHaveLength(4);
    expect(b.extensions!.sqlStatements).toBe(a.extensions!.sqlStatements);
  });
});
