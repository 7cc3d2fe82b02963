import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, errorCode, startApi, errorDetails, refusedFields, type WithDefaults } from '../support/api';
import * as enums from '../../rules/enums';
import { acceptReadinessChecklist, completeTasks, GO_LIVE, holdTraining, meetDependencies, passAll, readiness, recordResult, signAll, startRun } from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { GoLiveInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const goLive = (input: WithDefaults<GoLiveInput, 'mutationId'>) => api.gql(GO_LIVE, { i: { mutationId: randomUUID(), ...input } });

/** A deployment whose readiness is GO, its tasks done through `through`. */
async function ready(county: string, through = 22) {
  const { courtId, sheriffId } = await organizationsOf(api, county);
  const d = await createDeployment(api, county, 40);
  await completeTasks(api, d, through);
  await meetDependencies(api, d);
  await holdTraining(api, d.id);
  await acceptReadinessChecklist(api, d.id);
  const run = await startRun(api, d.id);
  await passAll(api, run);
  await signAll(api, run.id, courtId, [sheriffId]);
  return d;
}

describe('readiness', () => {
  it('names each blocker with its record, party and days open, counted from today', async () => {
    const d = await createDeployment(api, 'Siskiyou', 40);
    api.clock.advanceDays(3);
    const r = await readiness(api, d.id);
    const training = r.blockers.find((b) => b.code === 'TRAINING_NOT_HELD');
    expect(training).toMatchObject({ recordType: 'Deployment', recordId: d.id, party: 'CCPOR_TEAM', daysOpen: 3 });
    expect(r.blockers.find((b) => b.code === 'NO_ACCEPTANCE_RUN')).toMatchObject({ recordType: 'Deployment', recordId: d.id, party: 'COURT' });
    expect(r.asOf).toBe(api.clock.now().toISOString().slice(0, 10));
  });

  it('counts a waiting dependency’s days open from the day the wait began', async () => {
    const d = await createDeployment(api, 'Sierra', 60);
    api.clock.advanceDays(10);
    const dependency = d.dependencies.find((x) => x.status !== 'NOT_APPLICABLE')!;
    const wait = await api.gql(graphql(`mutation ReadinessGoLiveWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`),
      { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'CCTC', baseVersion: dependency.version, mutationId: randomUUID() } });
    expect(wait.errors).toBeUndefined();
    api.clock.advanceDays(4);
    const blocker = (await readiness(api, d.id)).blockers.find((b) => b.recordId === dependency.id);
    expect(blocker).toMatchObject({ party: 'CCTC', daysOpen: 4 });
  });

  it('says each blocker in words: statuses, parties and dates as people write them, never their codes', async () => {
    const d = await createDeployment(api, 'Yuba', 40);
    const doj = d.dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')!;
    dataOf(await api.gql(graphql(`mutation ReadinessWaitOnDoj($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`),
      { i: { dependencyId: doj.id, status: 'WAITING', waitingOn: 'DOJ', baseVersion: doj.version, mutationId: randomUUID() } }));
    const run = await startRun(api, d.id);
    const [first] = run.cases.filter((c) => c.status !== 'NOT_APPLICABLE');
    dataOf(await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'FAILED', actualResult: 'The order was not saved.' }));
    const r = await readiness(api, d.id);
    const waiting = r.blockers.find((b) => b.recordId === doj.id)!;
    expect(waiting.why).toMatch(new RegExp(`^It is waiting on CA DOJ since \\w{3}, \\w{3} \\d+, \\d{4}, due \\w{3}, \\w{3} \\d+, \\d{4}; go-live needs it met\\.$`));
    expect(r.blockers.find((b) => b.code === 'ACCEPTANCE_RUN_NOT_PASSED')!.why).toMatch(new RegExp(`^Not every case has passed: ${first.testCase.key} failed, `));
    const codes = new RegExp(`\\b(${Object.values(enums).flatMap((e) => Object.values(e)).filter((v) => /_|^[A-Z]{4,}$/.test(v) && !['CCPOR', 'CLETS', 'CARPOS', 'CCTC'].includes(v)).join('|')})\\b`);
    for (const b of r.blockers) expect(`${b.what} ${b.why}`).not.toMatch(codes);
  });

  it('answers NOT_FOUND for an unknown deployment', async () => {
    expect(errorCode(await api.gql(graphql(`query ReadinessGoLiveDeploymentReadiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status } }`), { id: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('is computed for a page of deployments with the same number of SQL statements as for one', async () => {
    const q = graphql(`query ReadinessGoLivePage($county: [String!]) { deployments(first: 10, filter: { county: $county }) { nodes { id readiness { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } } } }`);
    for (const county of ['Tehama', 'Trinity', 'Tuolumne']) await createDeployment(api, county, 40);
    const one = await api.gql(q, { county: ['Tehama'] });
    const three = await api.gql(q, { county: ['Tehama', 'Trinity', 'Tuolumne'] });
    expect(three.data!.deployments.nodes).toHaveLength(3);
    expect(three.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
  });
});

describe('goLive', () => {
  it('is refused with NOT_READY listing the blockers while NO_GO, and changes nothing', async () => {
    const d = await createDeployment(api, 'Shasta', 40);
    const res = await goLive({ deploymentId: d.id, baseVersion: d.version });
    expect(errorCode(res)).toBe('NOT_READY');
    expect(errorDetails(res).blockers).toEqual((await readiness(api, d.id)).blockers);
    // Each blocker with its party in words: "Scanner set-up (Court)", never "(COURT)".
    expect(res.errors![0].message).toMatch(/^The deployment is not ready to go live: .*\(CCPOR team\)/);
    expect(res.errors![0].message).not.toMatch(/\((CCPOR_TEAM|COURT|DOJ)\)/);
    const after = (await api.gql(graphql(`query ReadinessGoLiveDeployment($id: ID!) { deployment(id: $id) { status phase version tasks { key status } } }`), { id: d.id })).data!.deployment;
    expect(after).toMatchObject({ status: 'INTERESTED', phase: 'PLANNING', version: d.version });
    expect(after.tasks.find((t) => t.key === 'GO_LIVE')!.status).toBe('OPEN');
  });

  it('refuses a stale baseVersion (CONFLICT), an unknown deployment (NOT_FOUND) and a deployment on hold', async () => {
    const d = await ready('Solano');
    expect(errorCode(await goLive({ deploymentId: d.id, baseVersion: d.version + 5 }))).toBe('CONFLICT');
    expect(errorCode(await goLive({ deploymentId: randomUUID(), baseVersion: 1 }))).toBe('NOT_FOUND');
    const held = await api.gql(graphql(`mutation ReadinessGoLiveChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status version } }`), { i: { deploymentId: d.id, status: 'ON_HOLD', baseVersion: await versionOf(api, d.id, d.id) } });
    expect(errorCode(await goLive({ deploymentId: d.id, baseVersion: held.data!.changeDeploymentStatus.version }))).toBe('INVALID_TRANSITION');
  });

  it('goes live once per mutationId and then locks the schedule', async () => {
    const d = await ready('Sonoma');
    const input = { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() };
    const first = await goLive(input);
    expect(first.data!.goLive).toMatchObject({ status: 'LIVE', phase: 'POST_GO_LIVE', actualGoLive: api.clock.now().toISOString().slice(0, 10) });
    const replay = await goLive(input);
    expect(replay.data!.goLive.version).toBe(first.data!.goLive.version);
    const locked = await api.gql(graphql(`mutation ReadinessGoLiveRescheduleGoLive($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { toGoLive } }`), { i: { deploymentId: d.id, targetGoLive: '2027-06-01', baseVersion: first.data!.goLive.version } });
    expect(errorCode(locked)).toBe('GO_LIVE_LOCKED');
    expect(errorDetails(locked)).toMatchObject({ deploymentId: d.id, actualGoLive: first.data!.goLive.actualGoLive });
    const reopen = await api.gql(graphql(`mutation ReadinessGoLiveReopenTask($i: TaskActionInput!) { reopenTask(input: $i) { status } }`), { i: { taskId: d.tasks.find((t) => t.key === 'CCPOR_TRAINING')!.id, baseVersion: await versionOf(api, d.id, d.tasks.find((t) => t.key === 'CCPOR_TRAINING')!.id) } });
    expect(errorCode(reopen)).toBe('GO_LIVE_LOCKED');
  });
});

const TASKS = graphql(`query ReadinessGoLiveTasks($id: ID!) { deployment(id: $id) { version tasks { id number key phase status reason version } } }`);
const tasksOf = async (id: string) => (await api.gql(TASKS, { id })).data!.deployment;
const BEFORE_GO_LIVE = ['PLANNING', 'SCOPE', 'IMPLEMENT'];
const openBefore = (d: Awaited<ReturnType<typeof tasksOf>>) =>
  d.tasks.filter((t) => BEFORE_GO_LIVE.includes(t.phase) && ['OPEN', 'IN_PROGRESS'].includes(t.status)).sort((a, b) => a.number - b.number);

describe('going live closes the lifecycle', () => {
  it('is refused while a task open before go-live is left out, naming each, and changes nothing', async () => {
    const d = await ready('Stanislaus', 16);
    const before = await tasksOf(d.id);
    const open = openBefore(before);
    expect(open.map((t) => t.number)).toEqual(expect.arrayContaining([17, 19, 20, 22]));
    const [first, ...rest] = open;
    const res = await goLive({ deploymentId: d.id, baseVersion: before.version, tasks: [{ taskId: first.id, action: 'COMPLETE', baseVersion: first.version }] });
    expect(errorCode(res)).toBe('PREREQUISITES_OPEN');
    expect(errorDetails(res).open!.map((t: { number: number }) => t.number)).toEqual(rest.map((t) => t.number));
    expect(await tasksOf(d.id)).toEqual(before);
  });

  it('names every bad item at once: a task not open before go-live, one listed twice, a waiver without its reason', async () => {
    const d = await ready('Yolo', 16);
    const before = await tasksOf(d.id);
    const [a, b] = openBefore(before);
    const done = before.tasks.find((t) => t.number === 1)!;
    const res = await goLive({
      deploymentId: d.id, baseVersion: before.version, tasks: [
        { taskId: done.id, action: 'COMPLETE' }, { taskId: a.id, action: 'WAIVE' }, { taskId: b.id, action: 'COMPLETE' }, { taskId: b.id, action: 'COMPLETE' },
      ],
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(refusedFields(res)).toEqual(['tasks[0].taskId', 'tasks[1].reason', 'tasks[3].taskId']);
    expect(await tasksOf(d.id)).toEqual(before);
  });

  it('answers CONFLICT for a task changed since it was read, and changes nothing else', async () => {
    const d = await ready('Tulare', 16);
    const before = await tasksOf(d.id);
    const tasks = openBefore(before).map((t, i) => ({ taskId: t.id, action: 'COMPLETE' as const, baseVersion: i === 0 ? t.version + 1 : t.version }));
    expect(errorCode(await goLive({ deploymentId: d.id, baseVersion: before.version, tasks }))).toBe('CONFLICT');
    expect(openBefore(await tasksOf(d.id))).toEqual(openBefore(before));
  });

  it('completes or waives each open task, then the milestone: nothing before go-live stays open', async () => {
    const d = await ready('Ventura', 16);
    const before = await tasksOf(d.id);
    const open = openBefore(before);
    const waived = open[open.length - 1];
    const tasks = open.map((t) => (t === waived
      ? { taskId: t.id, action: 'WAIVE' as const, reason: 'Validated on the go-live call instead', baseVersion: t.version }
      : { taskId: t.id, action: 'COMPLETE' as const, baseVersion: t.version }));
    const live = await goLive({ deploymentId: d.id, baseVersion: before.version, tasks });
    expect(live.data!.goLive).toMatchObject({ status: 'LIVE', phase: 'POST_GO_LIVE' });
    const after = await tasksOf(d.id);
    expect(openBefore(after)).toEqual([]);
    expect(after.tasks.find((t) => t.id === waived.id)).toMatchObject({ status: 'WAIVED', reason: 'Validated on the go-live call instead' });
    expect(after.tasks.find((t) => t.key === 'GO_LIVE')!.status).toBe('DONE');
  });
});
