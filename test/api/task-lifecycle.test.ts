import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, startApi, errorDetails } from '../support/api';
import { createDeployment, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { DeploymentStatus } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const TASK = 'id number status reason evidence completedOn version updatedBy';
/** A task action based on the task's version now, as sent by someone who has just read it. */
const act = async (d: { id: string }, name: string, input: { taskId: string } & Record<string, unknown>, type = 'TaskActionInput') =>
  api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${TASK} } }`, { i: { baseVersion: await versionOf(api, d.id, input.taskId), ...input } });
const read = async (id: string) => (await api.gql(graphql(`query TaskLifecycleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }`), { id })).data!.deployment;
const task = <T extends { number: number }>(d: { tasks: T[] }, n: number) => d.tasks.find((t) => t.number === n)!;

describe('task progress', () => {
  it('refuses to complete a task with open prerequisites, listing them, and writes nothing', async () => {
    const d = await createDeployment(api, 'Fresno', 150);
    const res = await act(d, 'completeTask', { taskId: task(d, 9).id });
    expect(errorCode(res)).toBe('PREREQUISITES_OPEN');
    expect(errorDetails(res).open!.map((t) => t.number)).toEqual([7, 8]);
    const after = await read(d.id);
    expect(task(after, 9)).toMatchObject({ status: 'OPEN', version: 1 });
  });

  it('starts, completes, waives with a reason and reopens, refusing transitions the state does not allow', async () => {
    const d = await createDeployment(api, 'Kings', 150);
    expect((await act(d, 'startTask', { taskId: task(d, 1).id })).data!.startTask.status).toBe('IN_PROGRESS');
    const done = await act(d, 'completeTask', { taskId: task(d, 1).id });
    expect(done.data!.completeTask).toMatchObject({ status: 'DONE', completedOn: '2027-01-04', updatedBy: 'Test admin' });
    expect(errorCode(await act(d, 'startTask', { taskId: task(d, 1).id }))).toBe('INVALID_TRANSITION');

    expect(errorCode(await act(d, 'waiveTask', { taskId: task(d, 2).id, reason: '' }, 'WaiveTaskInput'))).toBe('BAD_USER_INPUT');
    const waived = await act(d, 'waiveTask', { taskId: task(d, 2).id, reason: 'Court already on the partner site' }, 'WaiveTaskInput');
    expect(waived.data!.waiveTask).toMatchObject({ status: 'WAIVED', reason: 'Court already on the partner site' });
    const completeWaived = await act(d, 'completeTask', { taskId: task(d, 2).id });
    expect(errorCode(completeWaived)).toBe('INVALID_TRANSITION');
    expect(errorDetails(completeWaived)).toMatchObject({ from: 'WAIVED', to: 'DONE' });

    const reopened = await act(d, 'reopenTask', { taskId: task(d, 2).id });
    expect(reopened.data!.reopenTask).toMatchObject({ status: 'OPEN', reason: null });
    expect(errorCode(await act(d, 'reopenTask', { taskId: task(d, 2).id }))).toBe('INVALID_TRANSITION');
  });

  it('leaves go-live to the goLive action', async () => {
    const d = await createDeployment(api, 'Lake', 150);
    const res = await act(d, 'waiveTask', { taskId: task(d, 23).id, reason: 'not needed' }, 'WaiveTaskInput');
    expect(errorCode(res)).toBe('INVALID_TRANSITION');
  });

  it('answers NOT_FOUND for an unknown task', async () => {
    const unknown = { taskId: '0d3b1a51-0000-4000-8000-000000000000', baseVersion: 1 };
    expect(errorCode(await api.gql(`mutation($i: TaskActionInput!) { completeTask(input: $i) { id } }`, { i: unknown }))).toBe('NOT_FOUND');
  });
});

describe('completion by evidence', () => {
  it('a held meeting whose task has open prerequisites leaves it IN_PROGRESS, and it completes with the last prerequisite', async () => {
    const d = await createDeployment(api, 'Napa', 150);
    const meeting = await api.gql(graphql(`mutation TaskLifecycleRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id taskId held } }`), {
      i: { deploymentId: d.id, kind: 'INTRODUCTION', title: 'Introduction & overview', meetingOn: '2027-01-04', held: true, attendees: ['Court CEO', 'CCPOR lead'] },
    });
    expect(meeting.data!.recordMeeting.taskId).toBe(task(d, 5).id);
    let now = await read(d.id);
    expect(task(now, 5).status).toBe('IN_PROGRESS');
    expect(task(now, 5).evidence).toMatch(/Meeting "Introduction & overview"/);

    // Prerequisite chain of task 5: 4 ← 3 ← 1. Documents complete 3 and 4 once 1 is done.
    await act(d, 'completeTask', { taskId: task(d, 1).id });
    const letter = await api.gql(graphql(`mutation TaskLifecycleRecordDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }`), {
      i: { deploymentId: d.id, title: 'Participation letter', direction: 'SENT', exchangedOn: '2027-01-04', taskId: task(d, 3).id },
    });
    expect(letter.errors).toBeUndefined();
    now = await read(d.id);
    expect(task(now, 3).status).toBe('DONE');
    expect(task(now, 5).status).toBe('IN_PROGRESS');
    await act(d, 'completeTask', { taskId: task(d, 4).id });
    now = await read(d.id);
    expect(task(now, 5)).toMatchObject({ status: 'DONE', completedOn: '2027-01-04' });
  });

  it('refuses a meeting held in the future or a task of another deployment, writing nothing', async () => {
    const a = await createDeployment(api, 'Yolo', 150);
    const b = await createDeployment(api, 'Yuba', 150);
    const future = await api.gql(graphql(`mutation TaskLifecycleRecordMeeting2($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }`), {
      i: { deploymentId: a.id, kind: 'KICK_OFF', title: 'Kick-off', meetingOn: '2027-02-01', held: true },
    });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    const foreign = await api.gql(graphql(`mutation TaskLifecycleRecordDocument2($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }`), {
      i: { deploymentId: a.id, title: 'Questionnaires', direction: 'SENT', exchangedOn: '2027-01-04', taskId: task(b, 6).id },
    });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    const meetings = await api.gql(graphql(`query TaskLifecycleDeployment2($id: ID!) { deployment(id: $id) { meetings { id } documents { id } } }`), { id: a.id });
    expect(meetings.data!.deployment).toEqual({ meetings: [], documents: [] });
  });
});

describe('phase gate', () => {
  it('refuses to advance with required work open, listing it, then advances when it is done or waived', async () => {
    const d = await createDeployment(api, 'Mono', 150);
    const advance = async () =>
      api.gql(graphql(`mutation TaskLifecycleAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase phaseEnteredOn version } }`), { i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id) } });
    const blocked = await advance();
    expect(errorCode(blocked)).toBe('PHASE_GATE_BLOCKED');
    expect(errorDetails(blocked).open!.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) await act(d, 'completeTask', { taskId: task(d, n).id });
    await act(d, 'waiveTask', { taskId: task(d, 8).id, reason: 'Scanners assessed last year' }, 'WaiveTaskInput');
    expect(errorDetails(await advance()).open!.map((t) => t.number)).toEqual([9]);
    await act(d, 'completeTask', { taskId: task(d, 9).id });
    const ok = await advance();
    expect(ok.data!.advancePhase).toMatchObject({ phase: 'SCOPE', phaseEnteredOn: '2027-01-04' });
  });

  it('does not advance past Implement: going live is its own action', async () => {
    const d = await createDeployment(api, 'Inyo', 150);
    for (const t of d.tasks.filter((x) => x.number <= 22)) {
      const res = await act(d, 'completeTask', { taskId: t.id });
      expect(res.errors).toBeUndefined();
    }
    for (let i = 0; i < 2; i++) await api.gql(graphql(`mutation TaskLifecycleAdvancePhase2($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }`), { i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id) } });
    const res = await api.gql(graphql(`mutation TaskLifecycleAdvancePhase3($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }`), { i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id) } });
    expect(errorCode(res)).toBe('INVALID_TRANSITION');
    expect((await read(d.id)).phase).toBe('IMPLEMENT');
  });
});

describe('deployment status', () => {
  it('follows the allowed transitions and refuses the rest', async () => {
    const d = await createDeployment(api, 'Glenn', 150);
    const change = async (status: DeploymentStatus) => api.gql(graphql(`mutation TaskLifecycleChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }`), { i: { deploymentId: d.id, status, baseVersion: await versionOf(api, d.id, d.id) } });
    expect(errorCode(await change('IN_PROGRESS'))).toBe('INVALID_TRANSITION');
    expect(errorCode(await change('LIVE'))).toBe('BAD_USER_INPUT');
    expect((await change('COMMITTED')).data!.changeDeploymentStatus.status).toBe('COMMITTED');
    expect((await change('ON_HOLD')).data!.changeDeploymentStatus.status).toBe('ON_HOLD');
    expect((await change('WITHDRAWN')).data!.changeDeploymentStatus.status).toBe('WITHDRAWN');
    expect(errorCode(await change('COMMITTED'))).toBe('INVALID_TRANSITION');
  });
});
