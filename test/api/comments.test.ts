import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comments1796700000000 as PostgresComments } from '../../server/db/migrations/postgres/1796700000000-Comments';
import { Comments1796700000000 as SqliteComments } from '../../server/db/migrations/sqlite/1796700000000-Comments';
import { Api, Client, dataOf, errorCode, refusedFields, startApi, type WithDefaults } from '../support/api';
import { courtPerson } from '../support/cat';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { AddCommentInput, EditCommentInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

graphql(`fragment CommentsFields on Comment { id subjectType subjectId visibility body authorName editedAt version mentions { userId name } revisions { body replacedBy } }`);
const ADD = graphql(`mutation CommentsAdd($i: AddCommentInput!) { addComment(input: $i) { ...CommentsFields } }`);
const EDIT = graphql(`mutation CommentsEdit($i: EditCommentInput!) { editComment(input: $i) { ...CommentsFields } }`);
const THREAD = graphql(`query CommentsThread($deploymentId: ID!, $taskId: ID, $dependencyId: ID) {
  comments(deploymentId: $deploymentId, taskId: $taskId, dependencyId: $dependencyId) { ...CommentsFields }
}`);
const READERS = graphql(`query CommentsReaders($deploymentId: ID!, $visibility: CommentVisibility!) { commentReaders(deploymentId: $deploymentId, visibility: $visibility) { userId name role } }`);
const NOTIFICATIONS = graphql(`query CommentsNotifications { notifications(first: 50) { unreadCount items { kind summary deploymentId actor } } }`);
const DEPENDENCY = graphql(`mutation CommentsDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status note version } }`);
const DEPENDENCIES = graphql(`query CommentsDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } tasks { id } } }`);
const AUDIT = graphql(`query CommentsAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType } } }`);

const add = (who: Client | Api, input: WithDefaults<AddCommentInput, 'mutationId' | 'visibility'>) =>
  who.gql(ADD, { i: { mutationId: randomUUID(), visibility: 'SHARED', ...input } });
const edit = (who: Client | Api, input: WithDefaults<EditCommentInput, 'mutationId'>) => who.gql(EDIT, { i: { mutationId: randomUUID(), ...input } });
const thread = async (who: Client | Api, deploymentId: string, of: { taskId?: string; dependencyId?: string } = {}) =>
  dataOf(await who.gql(THREAD, { deploymentId, ...of })).comments;

describe('comments', () => {
  it('keep internal comments from partners, in lists, by id, in mentions and in counts; reporters read none', async () => {
    const d = await createDeployment(api, 'Tulare', 90);
    const { dependencies } = dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment;
    const doj = dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')!;
    const clerk = await courtPerson(api, d.id);
    const before = dataOf(await clerk.gql(NOTIFICATIONS)).notifications.unreadCount;

    // A partner can be mentioned only where they may read.
    const tooWide = await add(api, { deploymentId: d.id, visibility: 'INTERNAL', body: 'Ask @clerk about the DOJ form', mentionUserIds: [clerk.user!.id] });
    expect([errorCode(tooWide), refusedFields(tooWide)]).toEqual(['BAD_USER_INPUT', ['mentionUserIds[0]']]);
    const internal = dataOf(await add(api, { deploymentId: d.id, visibility: 'INTERNAL', body: 'DOJ has not answered our last two calls.' })).addComment;
    const shared = dataOf(await add(api, {
      deploymentId: d.id, dependencyId: doj.id, body: 'DOJ asked for the signed CLETS agreement; can the court send it?', mentionUserIds: [clerk.user!.id],
    })).addComment;
    expect(shared).toMatchObject({ subjectType: 'DEPENDENCY', subjectId: doj.id, visibility: 'SHARED', mentions: [{ userId: clerk.user!.id }] });

    expect((await thread(api, d.id)).map((c) => c.id).sort()).toEqual([internal.id, shared.id].sort());
    expect((await thread(clerk, d.id)).map((c) => c.id)).toEqual([shared.id]);
    expect((await thread(clerk, d.id, { dependencyId: doj.id })).map((c) => c.id)).toEqual([shared.id]);
    // By id: the internal comment answers as an unknown one.
    const byId = await edit(clerk, { commentId: internal.id, body: 'x', baseVersion: internal.version });
    const unknownId = randomUUID();
    const unknown = await edit(clerk, { commentId: unknownId, body: 'x', baseVersion: 1 });
    expect(byId.errors![0].message.replace(internal.id, '…')).toBe(unknown.errors![0].message.replace(unknownId, '…'));
    // Who may read an internal comment is itself the team's to know.
    expect(errorCode(await clerk.gql(READERS, { deploymentId: d.id, visibility: 'INTERNAL' }))).toBe('FORBIDDEN');
    const readers = dataOf(await clerk.gql(READERS, { deploymentId: d.id, visibility: 'SHARED' })).commentReaders;
    expect(readers.map((r) => r.userId)).toContain(clerk.user!.id);
    // Counts: the shared mention is the one thing new for the clerk.
    const feed = dataOf(await clerk.gql(NOTIFICATIONS)).notifications;
    expect(feed.unreadCount).toBe(before + 1);
    expect(feed.items.filter((n) => n.kind === 'MENTIONED')).toEqual([
      { kind: 'MENTIONED', deploymentId: d.id, actor: 'Test admin', summary: expect.stringContaining('signed CLETS agreement') },
    ]);
    expect(JSON.stringify(feed)).not.toContain('two calls');

    const reporter = await api.as('REPORTER');
    expect(errorCode(await reporter.gql(THREAD, { deploymentId: d.id }))).toBe('FORBIDDEN');
  });

  it('partners write shared comments on their deployments only; everything is audited and applied once', async () => {
    const d = await createDeployment(api, 'Kings', 90);
    const clerk = await courtPerson(api, d.id);
    expect(errorCode(await add(clerk, { deploymentId: d.id, visibility: 'INTERNAL', body: 'Just for the team' }))).toBe('FORBIDDEN');
    const input = { id: randomUUID(), deploymentId: d.id, body: 'Our network team is ready for the assessment on Tuesday.', mutationId: randomUUID() };
    const first = dataOf(await add(clerk, input)).addComment;
    const again = dataOf(await add(clerk, input)).addComment;
    expect(again.id).toBe(first.id);
    expect(await thread(api, d.id)).toHaveLength(1);
    const audit = dataOf(await api.gql(AUDIT, { entityId: first.id })).auditEvents.nodes;
    expect(audit).toEqual([{ operation: 'addComment', entityType: 'Comment' }]);

    const other = await createDeployment(api, 'Madera', 90);
    const foreign = await add(clerk, { deploymentId: other.id, body: 'Not my court' });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    // A task of another deployment is not this deployment's.
    const { tasks } = dataOf(await api.gql(DEPENDENCIES, { id: other.id })).deployment;
    expect(refusedFields(await add(api, { deploymentId: d.id, taskId: tasks[0].id, body: 'Wrong place' }))).toEqual(['taskId']);
  });

  it('edits keep their history; only the author edits; a stale edit conflicts; an added mention notifies', async () => {
    const d = await createDeployment(api, 'Napa', 90);
    const coordinator = await api.as('COORDINATOR', { name: 'Casey Coordinator' });
    const { tasks } = dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment;
    const comment = dataOf(await add(api, { deploymentId: d.id, taskId: tasks[0].id, visibility: 'INTERNAL', body: 'Kick-off on the 3rd' })).addComment;
    expect(errorCode(await edit(coordinator, { commentId: comment.id, body: 'Mine now', baseVersion: comment.version }))).toBe('FORBIDDEN');
    const edited = dataOf(await edit(api, {
      commentId: comment.id, body: 'Kick-off moved to the 5th', baseVersion: comment.version, mentionUserIds: [coordinator.user!.id],
    })).editComment;
    expect(edited).toMatchObject({ body: 'Kick-off moved to the 5th', revisions: [{ body: 'Kick-off on the 3rd' }], mentions: [{ userId: coordinator.user!.id }] });
    expect(edited.editedAt).toBeTruthy();
    expect(errorCode(await edit(api, { commentId: comment.id, body: 'Too late', baseVersion: comment.version }))).toBe('CONFLICT');
    expect((await thread(api, d.id, { taskId: tasks[0].id })).map((c) => c.body)).toEqual(['Kick-off moved to the 5th']);
    const feed = dataOf(await coordinator.gql(NOTIFICATIONS)).notifications;
    expect(feed.items.filter((n) => n.kind === 'MENTIONED').map((n) => n.deploymentId)).toEqual([d.id]);
  });

  it('field staff read and write internal comments of their assigned deployments', async () => {
    const field = await api.as('FIELD_STAFF', { name: 'Robin Field' });
    const d = await createDeployment(api, 'Lake', 90, { fieldStaffIds: [field.user!.id] });
    const comment = dataOf(await add(field, { deploymentId: d.id, visibility: 'INTERNAL', body: 'Two scanners on site are USB 2 only.' })).addComment;
    expect(comment.authorName).toBe('Robin Field');
    const readers = dataOf(await api.gql(READERS, { deploymentId: d.id, visibility: 'INTERNAL' })).commentReaders;
    expect(readers.map((r) => r.userId)).toContain(field.user!.id);
    expect(readers.map((r) => r.role)).not.toContain('PARTNER_USER');
    const unassigned = await createDeployment(api, 'Colusa', 90);
    expect(errorCode(await add(field, { deploymentId: unassigned.id, visibility: 'INTERNAL', body: 'Not mine' }))).toBe('NOT_FOUND');
  });
});

describe('a dependency’s status note', () => {
  it('becomes a shared comment on it; the note stays only as the not-applicable reason', async () => {
    const d = await createDeployment(api, 'Sutter', 90);
    const { dependencies } = dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment;
    const doj = dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')!;
    const waiting = dataOf(await api.gql(DEPENDENCY, { i: {
      dependencyId: doj.id, status: 'WAITING', waitingOn: 'DOJ', note: 'Application sent to DOJ on Monday', baseVersion: doj.version, mutationId: randomUUID(),
    } })).updateDependency;
    expect(waiting.note).toBeNull();
    const clerk = await courtPerson(api, d.id);
    expect(await thread(clerk, d.id, { dependencyId: doj.id })).toMatchObject([
      { subjectType: 'DEPENDENCY', visibility: 'SHARED', body: 'Application sent to DOJ on Monday', authorName: 'Test admin' },
    ]);
    const scanner = dependencies.find((x) => x.kind === 'SCANNER_SETUP')!;
    const na = dataOf(await api.gql(DEPENDENCY, { i: {
      dependencyId: scanner.id, status: 'NOT_APPLICABLE', note: 'The court keeps its scanners', baseVersion: scanner.version, mutationId: randomUUID(),
    } })).updateDependency;
    expect(na.note).toBe('The court keeps its scanners');
    expect(await thread(api, d.id, { dependencyId: scanner.id })).toEqual([]);
  });

  it('kept from before comments is moved into the dependency’s thread by the migration, on this database', async () => {
    const d = await createDeployment(api, 'Yuba', 90);
    const { dependencies } = dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment;
    const [noted, notApplicable] = [dependencies.find((x) => x.kind === 'RESOURCE_PLANNING')!, dependencies.find((x) => x.kind === 'SCANNER_SETUP')!];
    const migration = api.dialect === 'postgres' ? new PostgresComments() : new SqliteComments();
    const runner = api.app.db.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(`UPDATE dependency SET note = 'Budget approved by the CEO', "updatedBy" = 'Pat Planner', status = 'IN_PROGRESS' WHERE id = '${noted.id}'`);
      await runner.query(`UPDATE dependency SET note = 'Scanners already in place', status = 'NOT_APPLICABLE' WHERE id = '${notApplicable.id}'`);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const after = dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment.dependencies;
    expect(after.find((x) => x.id === noted.id)!.note).toBeNull();
    expect(after.find((x) => x.id === notApplicable.id)!.note).toBe('Scanners already in place');
    expect(await thread(api, d.id)).toMatchObject([
      { subjectType: 'DEPENDENCY', subjectId: noted.id, visibility: 'SHARED', body: 'Budget approved by the CEO', authorName: 'Pat Planner', revisions: [] },
    ]);
  });
});
