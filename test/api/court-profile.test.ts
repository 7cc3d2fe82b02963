import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, errorCode, startApi, type Client } from '../support/api';
import { passAll, readRun, recordResult, signOff, startRun } from '../support/cat';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { CcporProfile } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const COURT = graphql(`query CourtProfileCourt($id: ID!) { organization(id: $id) { id ccporProfile version updatedBy } }`);
const SET_PROFILE = graphql(`mutation CourtProfileSet($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { id ccporProfile version } }`);
const DEPENDENCIES = graphql(`query CourtProfileDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } } }`);
const UPDATE_DEPENDENCY = graphql(`mutation CourtProfileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`);
const SIGN_OFFS = graphql(`query CourtProfileSignOffs($id: ID!) { testRun(id: $id) { signOffs { party status } } }`);
const AUDIT = graphql(`query CourtProfileAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation entityType actor } } }`);

async function setProfile(courtId: string, profile: CcporProfile, client: Client = api) {
  const { version } = dataOf(await api.gql(COURT, { id: courtId })).organization;
  return client.gql(SET_PROFILE, { i: { courtId, profile, baseVersion: version, mutationId: randomUUID() } });
}

const doj = async (deploymentId: string) =>
  dataOf(await api.gql(DEPENDENCIES, { id: deploymentId })).deployment.dependencies.find((d) => d.kind === 'DOJ_CLETS_CARPOS')!;

const carposOf = (run: Awaited<ReturnType<typeof readRun>>) => run.cases.filter((c) => c.testCase.requiresCarpos);

describe('court profiles as data', () => {
  it('a coordinator switches a court to images-only: the dependency and unfinished runs follow, finished runs and their sign-offs stay', async () => {
    const { courtId } = await organizationsOf(api, 'Lassen');
    const d = await createDeployment(api, 'Lassen', 60);
    expect((await doj(d.id)).status).toBe('NOT_STARTED');
    // A finished run, signed by the court, and an unfinished one (a minor case to retest), signed too.
    const finished = await startRun(api, d.id);
    await passAll(api, finished);
    dataOf(await signOff(api, finished.id, 'COURT', courtId));
    const unfinished = await startRun(api, d.id);
    await passAll(api, unfinished);
    const minor = unfinished.cases.find((c) => c.testCase.key === 'SC-04')!;
    dataOf(await recordResult(api, { runId: unfinished.id, caseId: minor.testCase.id, status: 'RETEST' }));
    dataOf(await signOff(api, unfinished.id, 'COURT', courtId));

    const coordinator = await api.as('COORDINATOR');
    const set = dataOf(await setProfile(courtId, 'IMAGES_ONLY', coordinator)).setCourtProfile;
    expect(set.ccporProfile).toBe('IMAGES_ONLY');

    expect(await doj(d.id)).toMatchObject({ status: 'NOT_APPLICABLE', note: expect.stringContaining('Images-only court') });
    const after = await readRun(api, unfinished.id);
    for (const c of carposOf(after)) {
      expect(c.status).toBe('NOT_APPLICABLE');
      // Appended, never rewritten: the tester's PASSED stays, followed by the system's attempt with the reason.
      expect(c.attempts.map((a) => [a.status, a.tester])).toEqual([['PASSED', 'Dana Clerk'], ['NOT_APPLICABLE', 'system']]);
      expect(c.attempts[1].notes).toContain('Images-only court');
    }
    expect(dataOf(await api.gql(SIGN_OFFS, { id: unfinished.id })).testRun.signOffs).toEqual([{ party: 'COURT', status: 'STALE' }]);
    const untouched = await readRun(api, finished.id);
    expect(carposOf(untouched).map((c) => [c.status, c.attempts.length])).toEqual(carposOf(untouched).map(() => ['PASSED', 1]));
    expect(dataOf(await api.gql(SIGN_OFFS, { id: finished.id })).testRun.signOffs).toEqual([{ party: 'COURT', status: 'CURRENT' }]);

    const audit = dataOf(await api.gql(AUDIT, { id: courtId })).auditEvents.nodes;
    expect(audit).toContainEqual(expect.objectContaining({ operation: 'setCourtProfile', entityType: 'Organization' }));
    expect(dataOf(await api.gql(COURT, { id: courtId })).organization.updatedBy).toBeTruthy();
  });

  it('refuses results and statuses that contradict the profile with INVALID_TRANSITION, and restores them when it changes back', async () => {
    const { courtId } = await organizationsOf(api, 'Modoc');
    expect(dataOf(await api.gql(COURT, { id: courtId })).organization.ccporProfile).toBe('IMAGES_ONLY');
    const d = await createDeployment(api, 'Modoc', 60);
    const run = await startRun(api, d.id);
    const carpos = carposOf(run)[0].testCase.id;

    expect(errorCode(await recordResult(api, { runId: run.id, caseId: carpos, status: 'FAILED', actualResult: 'No CARPOS answer' }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await recordResult(api, { runId: run.id, caseId: carpos, status: 'PASSED' }))).toBe('INVALID_TRANSITION');
    dataOf(await recordResult(api, { runId: run.id, caseId: carpos, status: 'NOT_APPLICABLE', notes: 'Confirmed with the court' }));
    const dependency = await doj(d.id);
    const waiting = { dependencyId: dependency.id, status: 'WAITING' as const, waitingOn: 'DOJ' as const, baseVersion: dependency.version, mutationId: randomUUID() };
    expect(errorCode(await api.gql(UPDATE_DEPENDENCY, { i: waiting }))).toBe('INVALID_TRANSITION');
    expect((await doj(d.id)).status).toBe('NOT_APPLICABLE');

    dataOf(await setProfile(courtId, 'DATA_AND_IMAGES'));
    expect(await doj(d.id)).toMatchObject({ status: 'NOT_STARTED', note: null });
    const retest = await readRun(api, run.id);
    expect(carposOf(retest).map((c) => c.status)).toEqual(carposOf(retest).map(() => 'RETEST'));
    expect(retest.summary.status).toBe('IN_PROGRESS');
    dataOf(await recordResult(api, { runId: run.id, caseId: carpos, status: 'PASSED' }));
    const restored = await doj(d.id);
    dataOf(await api.gql(UPDATE_DEPENDENCY, { i: { ...waiting, baseVersion: restored.version, mutationId: randomUUID() } }));
  });

  it('is for planners, and only of a court', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Mono');
    const partner = await api.as('PARTNER_USER', { organizationId: courtId, name: 'Mono clerk' });
    expect(errorCode(await setProfile(courtId, 'DATA_AND_IMAGES', partner))).toBe('FORBIDDEN');
    const lea = await setProfile(sheriffId, 'IMAGES_ONLY');
    expect(errorCode(lea)).toBe('BAD_USER_INPUT');
    expect(lea.errors![0].extensions!.details!.fields!.map((f) => f.field)).toEqual(['courtId']);
  });
});
