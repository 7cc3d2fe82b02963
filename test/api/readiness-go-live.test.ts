import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, startApi, errorDetails, type WithDefaults } from '../support/api';
import { acceptReadinessChecklist, completeTasks, GO_LIVE, holdTraining, meetDependencies, passAll, readiness, signAll, startRun } from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { GoLiveInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const goLive = (input: WithDefaults<GoLiveInput, 'mutationId'>) => api.gql(GO_LIVE, { i: { mutationId: randomUUID(), ...input } });

/** A deployment whose readiness is GO. */
async function ready(county: string) {
  const { courtId, sheriffId } = await organizationsOf(api, county);
  const d = await createDeployment(api, county, 40);
  await completeTasks(api, d, 22);
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
