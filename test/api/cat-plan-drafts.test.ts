import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, refusedFields, startApi } from '../support/api';
import { startRun } from '../support/cat';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { TestCaseDraftInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

// A draft as it is read back; its cases are what a save sends.
graphql(`fragment CatPlanDraftFields on TestPlanDraft {
  id basedOnVersion name version updatedBy cases { key title area preconditions steps expectedResult criticality requiresCarpos } }`);
const START = graphql(`mutation CatPlanDraftsStart($i: StartTestPlanDraftInput!) { startTestPlanDraft(input: $i) { ...CatPlanDraftFields } }`);
const SAVE = graphql(`mutation CatPlanDraftsSave($i: SaveTestPlanDraftInput!) { saveTestPlanDraft(input: $i) { ...CatPlanDraftFields } }`);
const PUBLISH = graphql(`mutation CatPlanDraftsPublish($i: TestPlanDraftActionInput!) {
  publishTestPlanDraft(input: $i) { id version name publishedAt cases { key title steps position } } }`);
const DISCARD = graphql(`mutation CatPlanDraftsDiscard($i: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $i) }`);
const DRAFT_ID = graphql(`query CatPlanDraftsDraftId { testPlanDraft { id } }`);
const PLAN_VERSIONS = graphql(`query CatPlanDraftsPlanVersions { testPlans { version } }`);

describe('CAT plan drafts', () => {
  it('are for planners only', async () => {
    for (const role of ['FIELD_STAFF', 'REPORTER'] as const) {
      const client = await api.as(role);
      expect(errorCode(await client.gql(START, { i: { mutationId: randomUUID() } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(DRAFT_ID))).toBe('FORBIDDEN');
    }
  });

  it('edits a copy of the published plan, publishes it as version 2, and leaves runs on version 1', async () => {
    const v1 = (await api.gql(graphql(`query CatPlanDraftsPublishedPlan { testPlan { id version cases { key } } }`))).data!.testPlan;
    expect(v1.version).toBe(1);
    const deployment = await createDeployment(api, 'Fresno', 120);
    const run = await startRun(api, deployment.id);
    expect(run.planId).toBe(v1.id);

    const coordinator = await api.as('COORDINATOR');
    const started = await coordinator.gql(START, { i: { mutationId: randomUUID() } });
    expect(started.errors).toBeUndefined();
    const draft = started.data!.startTestPlanDraft;
    expect(draft).toMatchObject({ basedOnVersion: 1, version: 1 });
    expect(draft.cases.map((c) => c.key)).toEqual(v1.cases.map((c) => c.key));
    expect(errorCode(await coordinator.gql(START, { i: { mutationId: randomUUID() } }))).toBe('INVALID_TRANSITION');
    expect((await api.gql(PLAN_VERSIONS)).data!.testPlans).toEqual([{ version: 1 }]);

    // Reorder (last case first), change a case's title, steps and expected result, drop one, add one.
    const cases = draft.cases.map((c) => ({ ...c }));
    const last = cases.pop()!;
    cases.splice(1, 1);
    cases[0] = { ...cases[0], title: 'Court clerk signs in with the COURT role and MFA', steps: ['Open CCPOR.', 'Sign in with a second factor.'], expectedResult: 'The clerk is signed in.' };
    const added: TestCaseDraftInput = { key: 'NEW-01', title: 'A brand new case', area: 'SEARCH', preconditions: '', steps: ['Search.'], expectedResult: 'Found.', criticality: 'MINOR', requiresCarpos: false };
    const edited = [last, ...cases, added];
    const saved = await coordinator.gql(SAVE, { i: { draftId: draft.id, baseVersion: 1, name: 'CCPOR CAT, 2027 edition', cases: edited, mutationId: randomUUID() } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveTestPlanDraft.version).toBe(2);
    expect(saved.data!.saveTestPlanDraft.cases.map((c) => c.key)).toEqual(edited.map((c) => c.key));

    // A save based on the old version is a conflict and changes nothing.
    const stale = await coordinator.gql(SAVE, { i: { draftId: draft.id, baseVersion: 1, name: 'Stale', cases: edited, mutationId: randomUUID() } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await coordinator.gql(graphql(`query CatPlanDraftsDraftName { testPlanDraft { name } }`))).data!.testPlanDraft!.name).toBe('CCPOR CAT, 2027 edition');

    const published = await coordinator.gql(PUBLISH, { i: { draftId: draft.id, baseVersion: 2, mutationId: randomUUID() } });
    expect(published.errors).toBeUndefined();
    const v2 = published.data!.publishTestPlanDraft;
    expect(v2).toMatchObject({ version: 2, name: 'CCPOR CAT, 2027 edition' });
    expect(v2.publishedAt).toBeTruthy();
    expect(v2.cases.map((c) => c.key)).toEqual(edited.map((c) => c.key));
    expect(v2.cases.map((c) => c.position)).toEqual(edited.map((_, i) => i + 1));
    expect(v2.cases[1]).toMatchObject({ title: 'Court clerk signs in with the COURT role and MFA', steps: ['Open CCPOR.', 'Sign in with a second factor.'] });
    expect((await coordinator.gql(DRAFT_ID)).data!.testPlanDraft).toBeNull();

    // The old run keeps version 1; a new run gets version 2.
    const old = await api.gql(graphql(`query CatPlanDraftsRunPlan($id: ID!) { testRun(id: $id) { planId } }`), { id: run.id });
    expect(old.data!.testRun.planId).toBe(v1.id);
    expect((await api.gql(graphql(`query CatPlanDraftsPlanVersion1 { testPlan(version: 1) { cases { key } } }`))).data!.testPlan.cases).toHaveLength(v1.cases.length);
    const kings = await createDeployment(api, 'Kings', 120);
    expect((await startRun(api, kings.id)).planId).toBe(v2.id);
  });

  it('refuses duplicate keys and empty steps, and can be discarded', async () => {
    const started = await api.gql(START, { i: { fromVersion: 1, mutationId: randomUUID() } });
    const draft = started.data!.startTestPlanDraft;
    const [a, b] = draft.cases;
    const dup = await api.gql(SAVE, { i: { draftId: draft.id, name: 'x plan', cases: [a, { ...b, key: a.key.toLowerCase() }], baseVersion: draft.version, mutationId: randomUUID() } });
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    expect(refusedFields(dup)[0]).toBe('cases.1.key');
    const empty = await api.gql(SAVE, { i: { draftId: draft.id, name: 'x plan', cases: [{ ...a, steps: ['  '] }], baseVersion: draft.version, mutationId: randomUUID() } });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const none = await api.gql(SAVE, { i: { draftId: draft.id, name: 'x plan', cases: [], baseVersion: draft.version, mutationId: randomUUID() } });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');

    const discarded = await api.gql(DISCARD, { i: { draftId: draft.id, baseVersion: draft.version, mutationId: randomUUID() } });
    expect(discarded.data!.discardTestPlanDraft).toBe(true);
    expect((await api.gql(DRAFT_ID)).data!.testPlanDraft).toBeNull();
    expect((await api.gql(PLAN_VERSIONS)).data!.testPlans).toEqual([{ version: 2 }, { version: 1 }]);
    expect(errorCode(await api.gql(PUBLISH, { i: { draftId: draft.id, baseVersion: draft.version, mutationId: randomUUID() } }))).toBe('NOT_FOUND');
  });
});
