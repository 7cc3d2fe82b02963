import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict } from '../../server/modules/sync/sync.entity';
import { ScannerWorkstation } from '../../server/modules/scanner/scanner.entity';
import { Api, dataOf, errorCode, errorDetails, refusedFields, startApi } from '../support/api';
import { dependencyOf, meetingScanner, recordWorkstation, startAssessment, updateWorkstation } from '../support/capture';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { ChangeAccountRequestStatusInput, ConflictFilter, ResolveConflictInput, UpdateDeploymentInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

graphql(`fragment ConflictFields on Conflict { id operation entityType entityId deploymentId attempted server baseVersion serverVersion createdBy status
  resolution resolvedValues resolvedVersion resolvedBy resolvedAt }`);
const RESOLVE = graphql(`mutation ConflictsResolve($i: ResolveConflictInput!) { resolveConflict(input: $i) { ...ConflictFields } }`);
const LIST = graphql(`query ConflictsList($f: ConflictFilter, $n: Int!, $a: String) {
  conflicts(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ConflictFields } } }`);
const CURRENT = graphql(`query ConflictsCurrent($f: ConflictFilter) { conflicts(filter: $f, first: 5) { nodes { id current { version values updatedBy updatedAt } } } }`);
const DEPENDENCIES = graphql(`query ConflictsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }`);
const UPDATE_DEPENDENCY = graphql(`mutation ConflictsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { version } }`);
const REQUEST_ACCOUNT = graphql(`mutation ConflictsRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id } }`);
const CHANGE_REQUEST = graphql(`mutation ConflictsChangeRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status } }`);
const UPDATE_DEPLOYMENT = graphql(`mutation ConflictsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { wave version } }`);
const DEPLOYMENT = graphql(`query ConflictsDeployment($id: ID!) { deployment(id: $id) { wave version } }`);
const resolve = (input: ResolveConflictInput) => api.gql(RESOLVE, { i: input });
const list = (filter: ConflictFilter, first = 25, after?: string | null) => api.gql(LIST, { f: filter, n: first, a: after });

/** A workstation at version 2 and an open conflict of a second device's update from version 1. */
async function conflictedWorkstation(county: string) {
  const d = await createDeployment(api, county, 120);
  const a = await startAssessment(api, d.id);
  const w = (await recordWorkstation(api, a.id, meetingScanner({ scanProfileSet: false }))).data!.recordScannerWorkstation;
  await updateWorkstation(api, { workstationId: w.id, notes: 'Feeder jams on thin paper', baseVersion: 1, mutationId: randomUUID() });
  const stale = await updateWorkstation(api, { workstationId: w.id, notes: 'Profile set by IT', scanProfileSet: true, baseVersion: 1, mutationId: randomUUID() });
  expect(errorCode(stale)).toBe('CONFLICT');
  return { d, w, conflictId: errorDetails(stale).conflictId! };
}

describe('listing conflicts', () => {
  it('lists them per deployment, per sender and by status, paged', async () => {
    const one = await conflictedWorkstation('Mono');
    const two = await conflictedWorkstation('Monterey');
    const mine = await list({ deploymentId: one.d.id });
    expect(mine.data!.conflicts.totalCount).toBe(1);
    expect(mine.data!.conflicts.nodes[0]).toMatchObject({
      id: one.conflictId, operation: 'updateScannerWorkstation', entityType: 'ScannerWorkstation', entityId: one.w.id, status: 'OPEN',
      attempted: { notes: 'Profile set by IT', scanProfileSet: true }, server: { notes: 'Feeder jams on thin paper', scanProfileSet: false },
      baseVersion: 1, serverVersion: 2, createdBy: 'Test admin', resolution: null,
    });
    expect((await list({ createdBy: 'Test admin', status: 'OPEN' })).data!.conflicts.totalCount).toBe(2);
    expect((await list({ createdBy: 'Someone else' })).data!.conflicts.totalCount).toBe(0);
    const first = await list({ status: 'OPEN' }, 1);
    expect(first.data!.conflicts.pageInfo.hasNextPage).toBe(true);
    const second = await list({ status: 'OPEN' }, 1, first.data!.conflicts.pageInfo.endCursor);
    expect(new Set([first.data!.conflicts.nodes[0].id, second.data!.conflicts.nodes[0].id])).toEqual(new Set([one.conflictId, two.conflictId]));
    expect(second.data!.conflicts.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await list({}, 101))).toBe('BAD_USER_INPUT');
  });
});

describe('the record as it is now', () => {
  it('shows the current version and values of the conflicted fields, also after the record changed again', async () => {
    const { d, w, conflictId } = await conflictedWorkstation('Modoc');
    const current = async () =>
      dataOf(await api.gql(CURRENT, { f: { deploymentId: d.id } })).conflicts.nodes.find((c) => c.id === conflictId)!.current!;
    expect(await current()).toMatchObject({ version: 2, values: { notes: 'Feeder jams on thin paper', scanProfileSet: false }, updatedBy: 'Test admin' });
    await updateWorkstation(api, { workstationId: w.id, notes: 'Feeder replaced', baseVersion: 2, mutationId: randomUUID() });
    const now = await current();
    expect(now).toMatchObject({ version: 3, values: { notes: 'Feeder replaced', scanProfileSet: false } });
    expect(Date.parse(now.updatedAt!)).not.toBeNaN();
    // A resolution based on what the person now sees is accepted.
    const res = await resolve({ conflictId, resolution: 'TAKE_THEIRS', baseVersion: now.version });
    expect(res.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', resolution: 'TAKE_THEIRS', resolvedVersion: 3 });
  });
});

describe('resolving a conflict', () => {
  it('refuses a resolution based on a stale version, changing nothing', async () => {
    const { w, conflictId } = await conflictedWorkstation('Napa');
    const res = await resolve({ conflictId, resolution: 'KEEP_MINE', baseVersion: 1 });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(errorDetails(res)).toMatchObject({ conflictId, version: 2 });
    expect((await api.app.db.manager.findOneByOrFail(Conflict, { id: conflictId })).status).toBe('OPEN');
    expect((await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: w.id })).version).toBe(2);
  });

  it('keeps mine through the same path as the update (verdict and dependency follow), audited, once, keeping both values', async () => {
    const { d, w, conflictId } = await conflictedWorkstation('Nevada');
    const input = { conflictId, resolution: 'KEEP_MINE' as const, baseVersion: 2, mutationId: randomUUID() };
    const res = await resolve(input);
    expect(res.data!.resolveConflict).toMatchObject({
      status: 'RESOLVED', resolution: 'KEEP_MINE', resolvedBy: 'Test admin', resolvedVersion: 3,
      attempted: { notes: 'Profile set by IT', scanProfileSet: true }, server: { notes: 'Feeder jams on thin paper', scanProfileSet: false },
      resolvedValues: { notes: 'Profile set by IT', scanProfileSet: true },
    });
    expect((await resolve(input)).data!.resolveConflict.resolvedVersion).toBe(3);
    expect(await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: w.id })).toMatchObject({ version: 3, verdict: 'MEETS', notes: 'Profile set by IT' });
    expect(dependencyOf(dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment, 'SCANNER_SETUP').status).toBe('MET');
    expect(errorCode(await resolve({ conflictId, resolution: 'TAKE_THEIRS', baseVersion: 3 }))).toBe('INVALID_TRANSITION');
  });

  it('takes theirs without writing to the record', async () => {
    const { w, conflictId } = await conflictedWorkstation('Orange');
    expect(refusedFields(await resolve({ conflictId, resolution: 'TAKE_THEIRS', values: { notes: 'x' }, baseVersion: 2 }))).toEqual(['values']);
    const res = await resolve({ conflictId, resolution: 'TAKE_THEIRS', baseVersion: 2 });
    expect(res.data!.resolveConflict).toMatchObject({ resolution: 'TAKE_THEIRS', resolvedVersion: 2, resolvedValues: { notes: 'Feeder jams on thin paper', scanProfileSet: false } });
    expect(await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: w.id })).toMatchObject({ version: 2, notes: 'Feeder jams on thin paper' });
  });

  it('merges field by field, validating the merged values like the update does', async () => {
    const { w, conflictId } = await conflictedWorkstation('Placer');
    expect(refusedFields(await resolve({ conflictId, resolution: 'MERGE', baseVersion: 2 }))).toEqual(['values']);
    expect(refusedFields(await resolve({ conflictId, resolution: 'MERGE', values: { duplex: false }, baseVersion: 2 }))).toEqual(['values.duplex']);
    expect(refusedFields(await resolve({ conflictId, resolution: 'MERGE', values: { notes: 'x'.repeat(5001) }, baseVersion: 2 }))).toEqual(['values.notes']);
    const merged = await resolve({ conflictId, resolution: 'MERGE', values: { notes: 'Feeder jams; profile set by IT', scanProfileSet: true }, baseVersion: 2 });
    expect(merged.data!.resolveConflict).toMatchObject({ resolution: 'MERGE', resolvedValues: { notes: 'Feeder jams; profile set by IT', scanProfileSet: true } });
    expect(await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: w.id })).toMatchObject({ version: 3, notes: 'Feeder jams; profile set by IT' });
  });

  it('resolves conflicts of other operations through the same registry', async () => {
    const d = await createDeployment(api, 'Plumas', 120);
    const dependency = dependencyOf(d, 'CCTC_CONNECTIVITY');
    await api.gql(UPDATE_DEPENDENCY, { i: { dependencyId: dependency.id, status: 'IN_PROGRESS', baseVersion: 1 } });
    const stale = await api.gql(UPDATE_DEPENDENCY, { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'CCTC', baseVersion: 1 } });
    const kept = await resolve({ conflictId: errorDetails(stale).conflictId!, resolution: 'KEEP_MINE', baseVersion: 2 });
    expect(kept.data!.resolveConflict.resolvedValues).toEqual({ status: 'WAITING', waitingOn: 'CCTC' });

    const { courtId } = await organizationsOf(api, 'Plumas');
    const req = await api.gql(REQUEST_ACCOUNT, { i: { deploymentId: d.id, organizationId: courtId, personName: 'Ana Ruiz', email: 'ana@court.example', ccporRole: 'COURT' } });
    const change = (i: ChangeAccountRequestStatusInput) => api.gql(CHANGE_REQUEST, { i });
    await change({ requestId: req.data!.requestAccount.id, status: 'APPROVED', baseVersion: 1 });
    const refused = await change({ requestId: req.data!.requestAccount.id, status: 'REJECTED', reason: 'Duplicate request', baseVersion: 1 });
    const rejected = await resolve({ conflictId: errorDetails(refused).conflictId!, resolution: 'KEEP_MINE', baseVersion: 2 });
    expect(rejected.data!.resolveConflict.resolvedValues).toEqual({ status: 'REJECTED', rejectionReason: 'Duplicate request' });

    // A coordinator's deployment edit made on a stale page: kept, through updateDeployment's own path.
    const update = (i: UpdateDeploymentInput) => api.gql(UPDATE_DEPLOYMENT, { i });
    const { version } = dataOf(await api.gql(DEPLOYMENT, { id: d.id })).deployment;
    await update({ deploymentId: d.id, wave: 2, baseVersion: version });
    const late = await update({ deploymentId: d.id, wave: 3, baseVersion: version });
    expect(errorCode(late)).toBe('CONFLICT');
    const waveKept = await resolve({ conflictId: errorDetails(late).conflictId!, resolution: 'KEEP_MINE', baseVersion: errorDetails(late).version! });
    expect(waveKept.data!.resolveConflict.resolvedValues).toEqual({ wave: 3 });
    expect(dataOf(await api.gql(DEPLOYMENT, { id: d.id })).deployment.wave).toBe(3);
  });

  it('keeps a deployment’s participating LEAs on both sides by their ids, as they are now too, and after keeping mine', async () => {
    const d = await createDeployment(api, 'Sierra', 120);
    const [sierra, yuba] = [(await organizationsOf(api, 'Sierra')).sheriffId, (await organizationsOf(api, 'Yuba')).sheriffId];
    const update = (i: UpdateDeploymentInput) => api.gql(UPDATE_DEPLOYMENT, { i });
    const { version } = dataOf(await api.gql(DEPLOYMENT, { id: d.id })).deployment;
    expect((await update({ deploymentId: d.id, leaIds: [yuba, sierra], baseVersion: version })).errors).toBeUndefined();
    const late = await update({ deploymentId: d.id, leaIds: [yuba], wave: 4, baseVersion: version });
    expect(errorCode(late)).toBe('CONFLICT');
    const both = [sierra, yuba].sort();
    expect(errorDetails(late)).toMatchObject({ attempted: { leaIds: [yuba], wave: 4 }, server: { leaIds: both, wave: null } });
    const conflictId = errorDetails(late).conflictId!;
    const now = dataOf(await api.gql(CURRENT, { f: { entityId: d.id } })).conflicts.nodes.find((c) => c.id === conflictId)!.current!;
    expect(now.values).toEqual({ leaIds: both, wave: null });
    const kept = await resolve({ conflictId, resolution: 'KEEP_MINE', baseVersion: now.version });
    expect(kept.data!.resolveConflict).toMatchObject({ server: { leaIds: both }, resolvedValues: { leaIds: [yuba], wave: 4 } });
  });

  it('answers NOT_FOUND for an unknown conflict', async () => {
    expect(errorCode(await resolve({ conflictId: randomUUID(), resolution: 'TAKE_THEIRS', baseVersion: 1 }))).toBe('NOT_FOUND');
  });
});
