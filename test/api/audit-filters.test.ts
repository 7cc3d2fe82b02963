import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, startApi } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const AUDIT = graphql(`query AuditFiltersAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { kind actor operation entityType entityId } } }`);
const START = graphql(`mutation AuditFiltersStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }`);

describe('audit trail filters', () => {
  it('finds a deployment’s changes, its records’ included, and what one person did', async () => {
    const mine = await createDeployment(api, 'El Dorado', 120);
    const other = await createDeployment(api, 'Fresno', 120);
    const coordinator = await api.as('COORDINATOR', { name: 'Morgan 100% Planner' });
    await coordinator.gql(START, { i: { taskId: mine.tasks[0].id, baseVersion: mine.tasks[0].version, mutationId: randomUUID() } });
    await coordinator.gql(START, { i: { taskId: other.tasks[0].id, baseVersion: other.tasks[0].version, mutationId: randomUUID() } });

    const ofMine = (await api.gql(AUDIT, { f: { deploymentId: mine.id } })).data!.auditEvents.nodes;
    expect(ofMine.some((e) => e.entityType === 'Deployment' && e.entityId === mine.id)).toBe(true);
    expect(ofMine.filter((e) => e.operation === 'startTask').map((e) => e.entityId)).toEqual([mine.tasks[0].id]);
    const otherTaskIds = new Set(other.tasks.map((t) => t.id));
    expect(ofMine.some((e) => e.entityId === other.id || otherTaskIds.has(e.entityId ?? ''))).toBe(false);

    // "100%" is text, not a wildcard: only the coordinator matches.
    const byActor = (await api.gql(AUDIT, { f: { actor: '100%', kind: 'CHANGE' } })).data!.auditEvents;
    expect(byActor.nodes.map((e) => e.operation)).toEqual(['startTask', 'startTask']);
    expect((await api.gql(AUDIT, { f: { actor: '100_' } })).data!.auditEvents.totalCount).toBe(0);

    const signIns = (await api.gql(AUDIT, { f: { actor: 'morgan', kind: 'SECURITY' } })).data!.auditEvents.nodes;
    expect(signIns.map((e) => e.operation)).toEqual(['SIGN_IN']);

    expect(errorCode(await (await api.as('FIELD_STAFF')).gql(AUDIT, { f: {} }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(AUDIT, { f: { deploymentId: 'not-a-uuid' } }))).toBe('BAD_USER_INPUT');
  });
});
