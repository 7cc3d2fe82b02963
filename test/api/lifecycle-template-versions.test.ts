import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deployment } from '../../server/modules/deployment/deployment.entity';
import { LifecycleTemplate } from '../../server/modules/lifecycle-template/lifecycle-template.entity';
import { Api, errorCode, refusedFields, startApi } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { TemplateTaskInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

// A template task as it is sent back in a draft.
graphql(`fragment LifecycleTemplateTaskFields on TemplateTask { key title phase party kind offsetDays required prerequisiteNumbers }`);
const VERSIONS = graphql(`query LifecycleTemplateVersions { lifecycleTemplates { id version name publishedAt deploymentCount } }`);
const CREATE = graphql(`mutation LifecycleTemplateCreateDraft($i: CreateLifecycleTemplateDraftInput!) {
  createLifecycleTemplateDraft(input: $i) { id version name publishedAt tasks { number ...LifecycleTemplateTaskFields } } }`);
const SAVE = graphql(`mutation LifecycleTemplateSaveDraft($i: SaveLifecycleTemplateDraftInput!) {
  saveLifecycleTemplateDraft(input: $i) { id name publishedAt tasks { number lane ...LifecycleTemplateTaskFields } } }`);
const PUBLISH = graphql(`mutation LifecycleTemplatePublish($i: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $i) { id version publishedAt } }`);

const asInput = (tasks: (TemplateTaskInput & { number: number })[]): TemplateTaskInput[] => tasks.map(({ number: _n, ...t }) => t);

describe('lifecycle template versions', () => {
  it('refuses other roles', async () => {
    const coordinator = await api.as('COORDINATOR');
    expect(errorCode(await coordinator.gql(CREATE, { i: {} }))).toBe('FORBIDDEN');
    expect(errorCode(await coordinator.gql(VERSIONS))).toBe('FORBIDDEN');
  });

  it('drafts, edits and publishes a version; deployments keep the version they started with', async () => {
    const before = await createDeployment(api, 'Alpine', 120);
    const createInput = { mutationId: randomUUID(), name: 'Lifecycle with a security review' };
    const created = await api.gql(CREATE, { i: createInput });
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createLifecycleTemplateDraft;
    expect(draft).toMatchObject({ version: 2, name: 'Lifecycle with a security review', publishedAt: null });
    expect(draft.tasks).toHaveLength(25);
    // A replay answers the same draft; a second draft is refused while one is open.
    expect((await api.gql(CREATE, { i: createInput })).data!.createLifecycleTemplateDraft.id).toBe(draft.id);
    expect(errorCode(await api.gql(CREATE, { i: { mutationId: randomUUID() } }))).toBe('INVALID_TRANSITION');

    // Insert a security review after task 13 (kick-off) and before 14, which now waits for it.
    const tasks = asInput(draft.tasks);
    const review: TemplateTaskInput = { key: 'SECURITY_REVIEW', title: 'Security review with the court IT', phase: 'SCOPE', party: 'COURT', kind: 'COURT_ACTIVITY', offsetDays: -40, required: true, prerequisiteNumbers: [13] };
    const shift = (n: number) => (n >= 14 ? n + 1 : n);
    const edited = [...tasks.slice(0, 13), review, ...tasks.slice(13)].map((t, i) => (i === 14
      ? { ...t, prerequisiteNumbers: [14] }
      : { ...t, prerequisiteNumbers: t.prerequisiteNumbers.map(shift) }));
    const saved = await api.gql(SAVE, { i: { mutationId: randomUUID(), templateId: draft.id, name: 'Lifecycle v2', tasks: edited } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveLifecycleTemplateDraft.tasks[13]).toMatchObject({ number: 14, key: 'SECURITY_REVIEW', lane: 'COURT_AND_LEA', prerequisiteNumbers: [13] });
    expect(saved.data!.saveLifecycleTemplateDraft.tasks[14]).toMatchObject({ key: 'DEPENDENCY_REVIEW', prerequisiteNumbers: [14] });

    // Drafts do not reach new deployments.
    const duringDraft = await createDeployment(api, 'Amador', 120);
    expect(duringDraft.tasks).toHaveLength(25);

    const published = await api.gql(PUBLISH, { i: { mutationId: randomUUID(), templateId: draft.id } });
    expect(published.data!.publishLifecycleTemplate).toMatchObject({ version: 2, publishedAt: expect.any(String) });
    expect(errorCode(await api.gql(SAVE, { i: { templateId: draft.id, name: 'Again', tasks: edited } }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.gql(PUBLISH, { i: { mutationId: randomUUID(), templateId: draft.id } }))).toBe('INVALID_TRANSITION');

    const after = await createDeployment(api, 'Butte', 120);
    expect(after.tasks).toHaveLength(26);
    expect(after.tasks.find((t) => t.key === 'SECURITY_REVIEW')).toMatchObject({ number: 14, phase: 'SCOPE' });
    const old = await api.app.db.manager.findOneByOrFail(Deployment, { id: before.id });
    const v1 = await api.app.db.manager.findOneByOrFail(LifecycleTemplate, { version: 1 });
    expect(old.templateId).toBe(v1.id);
    const reread = await api.gql(graphql(`query LifecycleTemplateDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { key } } }`), { id: before.id });
    expect(reread.data!.deployment.tasks).toHaveLength(25);

    const versions = (await api.gql(VERSIONS)).data!.lifecycleTemplates;
    expect(versions.map((v) => [v.version, v.deploymentCount])).toEqual([[2, 1], [1, 2]]);
    expect((await api.gql(graphql(`query LifecycleTemplateCurrent { currentLifecycleTemplate { version } }`))).data!.currentLifecycleTemplate.version).toBe(2);
  });

  it('refuses task lists deployments could not be scheduled from, changing nothing', async () => {
    const draft = (await api.gql(CREATE, { i: { mutationId: randomUUID() } })).data!.createLifecycleTemplateDraft;
    const tasks = asInput(draft.tasks);
    const broken = tasks
      .filter((t) => t.key !== 'APPROVAL_CLOSE_OUT')
      .map((t, i) => (i === 0 ? { ...t, prerequisiteNumbers: [3] } : i === 2 ? { ...t, key: 'MANAGEMENT_AWARENESS' } : i === 5 ? { ...t, prerequisiteNumbers: [5], offsetDays: -200 } : t));
    const res = await api.gql(SAVE, { i: { mutationId: randomUUID(), templateId: draft.id, name: 'Broken', tasks: broken } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(refusedFields(res)).toEqual([
      'tasks[0].prerequisiteNumbers', 'tasks[2].key', 'tasks[5].prerequisiteNumbers', 'tasks',
    ]);
    const unchanged = (await api.gql(graphql(`query LifecycleTemplateDraftTasks($id: ID!) { lifecycleTemplate(id: $id) { name tasks { key } } }`), { id: draft.id })).data!.lifecycleTemplate;
    expect(unchanged.tasks).toHaveLength(26);
    expect(errorCode(await api.gql(SAVE, { i: { templateId: randomUUID(), name: 'Nope', tasks } }))).toBe('NOT_FOUND');
  });
});
