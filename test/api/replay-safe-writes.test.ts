import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, ProcessedMutation } from '../../server/modules/sync/sync.entity';
import { addDays } from '../../server/shared/dates';
import { Api, dataOf, errorCode, errorDetails, startApi, startSecondProcess, usingPostgres } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { UpdateDependencyInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const CREATE = graphql(`mutation ReplayCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id version } }`);
const UPDATE_DEPENDENCY = graphql(`mutation ReplayUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status waitingOn version updatedBy } }`);
const COUNT = graphql(`query ReplayDeploymentCount { deployments(first: 1) { totalCount } }`);
const COMPLETE_TASK = graphql(`mutation ReplayCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`);
const DEPENDENCIES = graphql(`query ReplayDependencies($id: ID!) { deployment(id: $id) { dependencies { id status version } } }`);
const PLAN = graphql(`query ReplayPlanCases { testPlan { cases { id requiresCarpos } } }`);
const START_RUN = graphql(`mutation ReplayStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }`);
const SYNC = graphql(`mutation ReplaySync($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied replayed refused } }`);
const ASSIGN = graphql(`mutation ReplayAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { version } }`);
const DEPLOYMENT_VERSION = graphql(`query ReplayDeploymentVersion($id: ID!) { deployment(id: $id) { version } }`);
const today = () => api.clock.now().toISOString().slice(0, 10);
const deploymentCount = async () => dataOf(await api.gql(COUNT)).deployments.totalCount;

describe('mutationId', () => {
  it('applies a replayed create once and answers the replay with the same record', async () => {
    const { courtId } = await organizationsOf(api, 'Butte');
    const input = { mutationId: randomUUID(), courtId, targetGoLive: addDays(today(), 120) };
    const first = await api.gql(CREATE, { i: input });
    const again = await api.gql(CREATE, { i: input });
    expect(again.data!.createDeployment.id).toBe(first.data!.createDeployment.id);
    expect(await deploymentCount()).toBe(1);
  });

  it('refuses the same id with different content (MUTATION_ID_REUSED) and writes nothing', async () => {
    const { courtId } = await organizationsOf(api, 'Amador');
    const mutationId = randomUUID();
    await api.gql(CREATE, { i: { mutationId, courtId, targetGoLive: addDays(today(), 120) } });
    const other = await organizationsOf(api, 'Calaveras');
    const reused = await api.gql(CREATE, { i: { mutationId, courtId: other.courtId, targetGoLive: addDays(today(), 120) } });
    expect(errorCode(reused)).toBe('MUTATION_ID_REUSED');
    expect(await deploymentCount()).toBe(2);
  });

  it('applies the same id sent many times at once exactly once', async () => {
    const { courtId } = await organizationsOf(api, 'Colusa');
    const input = { mutationId: randomUUID(), courtId, targetGoLive: addDays(today(), 120) };
    const results = await Promise.all(Array.from({ length: 8 }, () => api.gql(CREATE, { i: input })));
    expect(new Set(results.map((r) => r.data?.createDeployment.id)).size).toBe(1);
    expect(await deploymentCount()).toBe(3);
  });

  it('keeps nothing of a refused write, so the same id can be sent again once the cause is fixed', async () => {
    const d = await createDeployment(api, 'Del Norte', 150);
    const mutationId = randomUUID();
    const second = d.tasks.find((t) => t.number === 3)!;
    const refused = await api.gql(COMPLETE_TASK, { i: { taskId: second.id, baseVersion: second.version, mutationId } });
    expect(errorCode(refused)).toBe('PREREQUISITES_OPEN');
    expect(await api.app.db.manager.countBy(ProcessedMutation, { mutationId })).toBe(0);
    await api.gql(COMPLETE_TASK, { i: { taskId: d.tasks[0].id, baseVersion: d.tasks[0].version } });
    const retried = await api.gql(COMPLETE_TASK, { i: { taskId: second.id, baseVersion: second.version, mutationId } });
    expect(retried.data!.completeTask.status).toBe('DONE');
  });
});

describe('baseVersion', () => {
  it('refuses a stale update with CONFLICT carrying the server’s values, changes nothing, and keeps the conflict', async () => {
    const d = await createDeployment(api, 'El Dorado', 120);
    const dependency = d.dependencies.find((x) => x.kind === 'CCTC_CONNECTIVITY')!;
    const mine = await api.gql(UPDATE_DEPENDENCY, { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'CCTC', baseVersion: 1, mutationId: randomUUID() } });
    expect(mine.data!.updateDependency).toMatchObject({ status: 'WAITING', waitingOn: 'CCTC', version: 2 });

    const staleInput: UpdateDependencyInput = { dependencyId: dependency.id, status: 'MET', baseVersion: 1, mutationId: randomUUID() };
    const stale = await api.gql(UPDATE_DEPENDENCY, { i: staleInput });
    expect(errorCode(stale)).toBe('CONFLICT');
    const details = errorDetails(stale);
    expect(details).toMatchObject({ noun: 'Dependency', id: dependency.id, baseVersion: 1, version: 2, server: { status: 'WAITING' }, attempted: { status: 'MET' }, updatedBy: 'Test admin' });
    expect(details.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const now = await api.gql(DEPENDENCIES, { id: d.id });
    expect(now.data!.deployment.dependencies.find((x) => x.id === dependency.id)).toMatchObject({ status: 'WAITING', version: 2 });

    // The replay answers the same conflict, and no second one is stored.
    const replay = await api.gql(UPDATE_DEPENDENCY, { i: staleInput });
    expect(errorCode(replay)).toBe('CONFLICT');
    expect(errorDetails(replay).conflictId).toBe(details.conflictId);
    expect(await api.app.db.manager.countBy(Conflict, { entityId: dependency.id })).toBe(1);

    const resolved = await api.gql(UPDATE_DEPENDENCY, { i: { ...staleInput, baseVersion: 2, mutationId: randomUUID() } });
    expect(resolved.data!.updateDependency).toMatchObject({ status: 'MET', version: 3 });
  });

  it('moves the deployment’s version when only its field staff change, so an edit based on the assignment before conflicts', async () => {
    const d = await createDeployment(api, 'Mono', 120);
    const field = await api.as('FIELD_STAFF', { name: 'Mono engineer' });
    const assigned = dataOf(await api.gql(ASSIGN, { i: { deploymentId: d.id, fieldStaffIds: [field.user!.id], baseVersion: d.version, mutationId: randomUUID() } }));
    expect(assigned.assignDeploymentStaff.version).toBe(d.version + 1);
    expect(dataOf(await api.gql(DEPLOYMENT_VERSION, { id: d.id })).deployment.version).toBe(d.version + 1);
    const stale = await api.gql(ASSIGN, { i: { deploymentId: d.id, fieldStaffIds: [], baseVersion: d.version, mutationId: randomUUID() } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorDetails(stale)).toMatchObject({ attempted: { fieldStaffIds: [] }, version: d.version + 1 });
  });
});

describe.skipIf(!usingPostgres())('two server processes on one PostgreSQL database', () => {
  it('create each deployment once when both receive the same mutationIds at the same moment', async () => {
    const second = await startSecondProcess(api);
    try {
      const counties = ['Imperial', 'Kern', 'Lassen', 'Madera', 'Mariposa', 'Mendocino', 'Modoc', 'Monterey'];
      const before = await deploymentCount();
      const pairs = await Promise.all(counties.map(async (county) => {
        const { courtId } = await organizationsOf(api, county);
        const input = { mutationId: randomUUID(), courtId, targetGoLive: addDays(today(), 120) };
        return Promise.all([api.gql(CREATE, { i: input }), second.gql(CREATE, { i: input })]);
      }));
      for (const [a, b] of pairs) {
        expect(a.errors).toBeUndefined();
        expect(b.errors).toBeUndefined();
        expect(a.data!.createDeployment.id).toBe(b.data!.createDeployment.id);
      }
      expect(await deploymentCount()).toBe(before + counties.length);
    } finally {
      await second.stop();
    }
  });

  it('records each result of devices syncing through both processes at once exactly once, numbered without gaps', async () => {
    const second = await startSecondProcess(api);
    try {
      // Cases every court tests: an images-only court refuses a result of a CARPOS case.
      const cases = dataOf(await api.gql(PLAN)).testPlan.cases.filter((c) => !c.requiresCarpos);
      const runs = await Promise.all(['Napa', 'Nevada', 'Plumas', 'San Benito'].map(async (county) => {
        const deployment = await createDeployment(api, county, 120);
        const res = await api.gql(START_RUN, { i: { mutationId: randomUUID(), deploymentId: deployment.id, environment: 'TEST', purpose: 'REHEARSAL' } });
        return res.data!.startTestRun.id;
      }));
      // Each device sends three batches in order; every batch reaches both processes at the same
      // moment, as when a device times out on one and resends through the other.
      const devices = runs.map(async (runId, d) => {
        for (let batch = 0; batch < 3; batch += 1) {
          const results = Array.from({ length: 10 }, (_, i) => ({ mutationId: randomUUID(), caseId: cases[(batch * 10 + i) % cases.length].id, status: 'PASSED' as const, tester: `Device ${d}` }));
          const [a, b] = await Promise.all([api.gql(SYNC, { i: { runId, results } }), second.gql(SYNC, { i: { runId, results } })]);
          expect(a.errors).toBeUndefined();
          expect(b.errors).toBeUndefined();
          expect(a.data!.recordTestResults.applied + b.data!.recordTestResults.applied).toBe(10);
          expect(a.data!.recordTestResults.refused + b.data!.recordTestResults.refused).toBe(0);
        }
      });
      await Promise.all(devices);
      const rows = await api.app.db.query(
        'SELECT "runId", COUNT(*) AS n, COUNT("mutationId") AS synced, COUNT(DISTINCT "mutationId") AS ids, COUNT(DISTINCT sequence) AS seqs, MAX(sequence) AS last FROM test_result WHERE "runId" = ANY($1) GROUP BY "runId"',
        [runs],
      ) as { n: string; synced: string; ids: string; seqs: string; last: number }[];
      expect(rows).toHaveLength(runs.length);
      for (const row of rows) {
        // An images-only court's run starts with its CARPOS cases NOT_APPLICABLE (no mutationId).
        expect([Number(row.synced), Number(row.ids)]).toEqual([30, 30]);
        expect([Number(row.seqs), Number(row.last)]).toEqual([Number(row.n), Number(row.n)]);
      }
    } finally {
      await second.stop();
    }
  });
});
