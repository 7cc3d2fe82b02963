import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Api, startApi } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { addDays } from '../../server/shared/dates';
import { graphql } from '../support/generated';
import type { HealthOfDeploymentQuery } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });
beforeEach(() => api.clock.setToday('2027-01-04'));

const HEALTH = graphql(`query HealthOfDeployment($id: ID!) { deployment(id: $id) { health { status daysToGoLive reasons { code count } } } }`);
const health = async (id: string) => (await api.gql(HEALTH, { id })).data!.deployment.health;
const codes = (h: HealthOfDeploymentQuery['deployment']['health']) => h.reasons.map((r) => r.code);

describe('health, derived from today in California', () => {
  it('turns AT_RISK when a task passes its due date, LATE after 7 days, and back when the work is done', async () => {
    const d = await createDeployment(api, 'Santa Cruz', 120); // tasks 1–2 due 2027-02-03
    expect(await health(d.id)).toMatchObject({ status: 'ON_TRACK', daysToGoLive: 120 });
    api.clock.setToday('2027-02-04');
    expect(await health(d.id)).toMatchObject({ status: 'AT_RISK', reasons: [{ code: 'TASKS_PAST_DUE', count: 2 }] });
    const filtered = await api.gql(graphql(`query HealthAtRiskCount { deployments(first: 10, filter: { health: [AT_RISK] }) { totalCount } }`));
    expect(filtered.data!.deployments.totalCount).toBe(1);
    api.clock.setToday('2027-02-11');
    expect(codes(await health(d.id))).toEqual(['TASKS_LATE', 'TASKS_PAST_DUE']);
    expect((await health(d.id)).status).toBe('LATE');
    for (const t of d.tasks.filter((x) => x.number <= 4)) {
      await api.gql(graphql(`mutation HealthCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`), { i: { taskId: t.id, baseVersion: t.version } });
    }
    expect(await health(d.id)).toMatchObject({ status: 'ON_TRACK', reasons: [] });
  });

  it('is AT_RISK when a dependency has waited on a party for more than 30 days', async () => {
    const d = await createDeployment(api, 'Solano', 200);
    const dep = d.dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')!;
    await api.gql(graphql(`mutation HealthUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }`), { i: { dependencyId: dep.id, status: 'WAITING', waitingOn: 'DOJ', baseVersion: dep.version, mutationId: randomUUID() } });
    api.clock.setToday('2027-02-04');
    const after30 = await api.gql(graphql(`query HealthDependencyWaits($id: ID!) { deployment(id: $id) { health { status } dependencies { kind waitingOn daysWaiting } } }`), { id: d.id });
    expect(after30.data!.deployment.dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')).toEqual({ kind: 'DOJ_CLETS_CARPOS', waitingOn: 'DOJ', daysWaiting: 31 });
    expect(codes(await health(d.id))).toEqual(['DEPENDENCIES_WAITING_LONG']);
  });

  it('counts dependencies past due and late alike for one deployment, a page of the list and a list filtered by health', async () => {
    const d = await createDeployment(api, 'Yolo', 200);
    const { dependencies } = (await api.gql(graphql(`query HealthDependencyDates($id: ID!) { deployment(id: $id) { dependencies { dueDate } } }`), { id: d.id })).data!.deployment;
    const counts = (today: string) => [
      { code: 'DEPENDENCIES_LATE', count: dependencies.filter((x) => x.dueDate! < addDays(today, -7)).length },
      { code: 'DEPENDENCIES_PAST_DUE', count: dependencies.filter((x) => x.dueDate! < today).length },
    ];
    // The first day after a due date with some dependencies late (more than 7 days past due) and more past due.
    const today = dependencies.map((x) => addDays(x.dueDate!, 1)).sort().find((day) => counts(day)[0].count > 0 && counts(day)[1].count > counts(day)[0].count)!;
    api.clock.setToday(today);
    const expected = counts(today);
    expect(expected[0].count).toBeGreaterThan(0);
    expect(expected[1].count).toBeGreaterThan(expected[0].count);
    const ofDependencies = (h: { reasons: { code: string; count: number }[] }) => h.reasons.filter((r) => r.code.startsWith('DEPENDENCIES_'));
    expect(ofDependencies(await health(d.id))).toEqual(expected);
    const LIST = graphql(`query HealthOfList($f: DeploymentFilter) { deployments(first: 100, filter: $f) { nodes { id health { reasons { code count } } } } }`);
    for (const f of [null, { health: ['LATE' as const] }]) {
      const listed = (await api.gql(LIST, { f })).data!.deployments.nodes.find((n) => n.id === d.id)!;
      expect(ofDependencies(listed.health), JSON.stringify(f)).toEqual(expected);
    }
  });

  it('is LATE once go-live has passed without going live, and ignores withdrawn deployments', async () => {
    const d = await createDeployment(api, 'Tehama', 10);
    api.clock.setToday('2027-01-20');
    const h = await health(d.id);
    expect(h.status).toBe('LATE');
    expect(codes(h)).toContain('GO_LIVE_PASSED');
    await api.gql(graphql(`mutation HealthChangeStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }`), { i: { deploymentId: d.id, status: 'WITHDRAWN', baseVersion: d.version } });
    expect(await health(d.id)).toMatchObject({ status: 'ON_TRACK', reasons: [] });
  });
});
