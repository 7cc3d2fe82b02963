import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountRequest } from '../../server/modules/account-request/account-request.entity';
import { Api, dataOf, errorCode, refusedFields, startApi } from '../support/api';
import { dependencyOf, taskByKey } from '../support/capture';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { ChangeAccountRequestStatusInput, RequestAccountInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

graphql(`fragment AccountRequestFields on AccountRequest { id status ccporRole sealedOrders email rejectionReason version organization { kind } }`);
const REQUEST = graphql(`mutation AccountRequestsRequest($i: RequestAccountInput!) { requestAccount(input: $i) { ...AccountRequestFields } }`);
const CHANGE = graphql(`mutation AccountRequestsChange($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { ...AccountRequestFields } }`);
const PROGRESS = graphql(`query AccountRequestsProgress($id: ID!) { deployment(id: $id) {
  tasks { key status evidence } dependencies { kind status } accountRequests { id status } } }`);
const request = (input: RequestAccountInput) => api.gql(REQUEST, { i: input });
const change = (input: ChangeAccountRequestStatusInput) => api.gql(CHANGE, { i: input });
const progress = async (id: string) => dataOf(await api.gql(PROGRESS, { id })).deployment;

describe('account requests', () => {
  it('refuses an unknown deployment, an organization outside the deployment and a bad e-mail', async () => {
    const d = await createDeployment(api, 'Mendocino', 120);
    const { courtId } = await organizationsOf(api, 'Mendocino');
    const other = await organizationsOf(api, 'Merced');
    const person = { personName: 'Ana Ruiz', email: 'ana@court.example', ccporRole: 'COURT' as const };
    // An unknown deployment is answered as another organization's would be: it does not exist.
    expect(errorCode(await request({ ...person, deploymentId: randomUUID(), organizationId: courtId }))).toBe('NOT_FOUND');
    expect(refusedFields(await request({ ...person, deploymentId: d.id, organizationId: other.sheriffId }))).toEqual(['organizationId']);
    expect(refusedFields(await request({ ...person, email: 'not-an-address', deploymentId: d.id, organizationId: courtId }))).toEqual(['email']);
    expect(await api.app.db.manager.countBy(AccountRequest, { deploymentId: d.id })).toBe(0);
  });

  it('goes REQUESTED → APPROVED → ACTIVE or REJECTED with a reason; the access dependency is met when all are settled', async () => {
    const d = await createDeployment(api, 'Modoc', 120);
    const { courtId, sheriffId } = await organizationsOf(api, 'Modoc');
    const clerk = (await request({ deploymentId: d.id, organizationId: courtId, personName: 'Ana Ruiz', email: 'Ana@Court.example', ccporRole: 'SUPERVISOR', sealedOrders: true })).data!.requestAccount;
    expect(clerk).toMatchObject({ status: 'REQUESTED', email: 'ana@court.example', sealedOrders: true, organization: { kind: 'COURT' } });
    const id = randomUUID();
    const deputy = (await request({ id, deploymentId: d.id, organizationId: sheriffId, personName: 'Ben Ito', email: 'ben@sheriff.example', ccporRole: 'QUERY_ONLY', mutationId: randomUUID() })).data!.requestAccount;
    expect(deputy).toMatchObject({ id, organization: { kind: 'LEA' }, sealedOrders: false });
    expect(dependencyOf(await progress(d.id), 'USER_PROFILES_ACCESS').status).toBe('IN_PROGRESS');

    expect(errorCode(await change({ requestId: clerk.id, status: 'ACTIVE', baseVersion: 1 }))).toBe('INVALID_TRANSITION');
    expect(refusedFields(await change({ requestId: deputy.id, status: 'REJECTED', baseVersion: 1 }))).toEqual(['reason']);
    expect((await change({ requestId: clerk.id, status: 'APPROVED', baseVersion: 1 })).data!.changeAccountRequestStatus.status).toBe('APPROVED');
    const stale = await change({ requestId: clerk.id, status: 'REJECTED', reason: 'Left the court', baseVersion: 1, mutationId: randomUUID() });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await api.app.db.manager.findOneByOrFail(AccountRequest, { id: clerk.id })).status).toBe('APPROVED');
    expect((await change({ requestId: clerk.id, status: 'ACTIVE', baseVersion: 2 })).data!.changeAccountRequestStatus.status).toBe('ACTIVE');
    expect(dependencyOf(await progress(d.id), 'USER_PROFILES_ACCESS').status).toBe('IN_PROGRESS');

    const rejected = await change({ requestId: deputy.id, status: 'REJECTED', reason: 'The sheriff uses CLETS only', baseVersion: 1 });
    expect(rejected.data!.changeAccountRequestStatus).toMatchObject({ status: 'REJECTED', rejectionReason: 'The sheriff uses CLETS only' });
    expect(errorCode(await change({ requestId: deputy.id, status: 'APPROVED', baseVersion: rejected.data!.changeAccountRequestStatus.version }))).toBe('INVALID_TRANSITION');
    let now = await progress(d.id);
    expect(dependencyOf(now, 'USER_PROFILES_ACCESS').status).toBe('MET');
    expect(taskByKey(now, 'ACCOUNT_SET_UPS').status).toBe('IN_PROGRESS');

    // A later request reopens the dependency until it is settled too.
    await request({ deploymentId: d.id, organizationId: courtId, personName: 'Cy Park', email: 'cy@court.example', ccporRole: 'QUERY_ONLY' });
    now = await progress(d.id);
    expect(dependencyOf(now, 'USER_PROFILES_ACCESS').status).toBe('IN_PROGRESS');
    expect(now.accountRequests.map((r) => r.status)).toEqual(['ACTIVE', 'REJECTED', 'REQUESTED']);
    expect(errorCode(await change({ requestId: randomUUID(), status: 'APPROVED', baseVersion: 1 }))).toBe('NOT_FOUND');
  });
});
