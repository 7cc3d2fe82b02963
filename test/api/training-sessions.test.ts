import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingSession } from '../../server/modules/training/training.entity';
import { Api, dataOf, errorCode, refusedFields, startApi } from '../support/api';
import { taskByKey } from '../support/capture';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { RecordTrainingHeldInput, ScheduleTrainingInput, UpdateTrainingSessionInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

graphql(`fragment TrainingSessionFields on TrainingSession { id scheduledOn mode module audience trainer attendees { name role } status heldOn version }`);
const SCHEDULE = graphql(`mutation TrainingSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { ...TrainingSessionFields } }`);
const UPDATE = graphql(`mutation TrainingUpdate($i: UpdateTrainingSessionInput!) { updateTrainingSession(input: $i) { ...TrainingSessionFields } }`);
const HOLD = graphql(`mutation TrainingHold($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { ...TrainingSessionFields } }`);
const TASKS = graphql(`query TrainingTasks($id: ID!) { deployment(id: $id) { tasks { key status evidence } } }`);
const SESSIONS = graphql(`query TrainingSessionsOf($id: ID!) { deployment(id: $id) { trainingSessions { id status } } }`);
const schedule = (input: ScheduleTrainingInput) => api.gql(SCHEDULE, { i: input });
const update = (input: UpdateTrainingSessionInput) => api.gql(UPDATE, { i: input });
const hold = (input: RecordTrainingHeldInput) => api.gql(HOLD, { i: input });
const plan = (deploymentId: string, extra: Partial<ScheduleTrainingInput> = {}): ScheduleTrainingInput => ({
  deploymentId, scheduledOn: '2027-01-04', mode: 'CLASSROOM', module: 'FULL_USE', audience: 'TRAIN_THE_TRAINER', trainer: 'CCPOR trainer',
  attendees: [{ name: 'Ana Ruiz', role: 'Family law clerk' }, { name: 'Ben Ito', role: 'Supervising clerk' }], ...extra,
});

describe('training sessions', () => {
  it('refuses an unknown deployment or a bad attendee, and keeps a client id', async () => {
    const d = await createDeployment(api, 'Madera', 120);
    expect(errorCode(await schedule(plan(randomUUID())))).toBe('NOT_FOUND');
    expect(refusedFields(await schedule(plan(d.id, { attendees: [{ name: '', role: 'Clerk' }] })))).toEqual(['attendees.0.name']);
    expect(await api.app.db.manager.countBy(TrainingSession, { deploymentId: d.id })).toBe(0);
    const id = randomUUID();
    const created = await schedule({ ...plan(d.id), id, mutationId: randomUUID() });
    expect(created.data!.scheduleTraining).toMatchObject({ id, status: 'PLANNED', audience: 'TRAIN_THE_TRAINER', version: 1 });
    expect(refusedFields(await schedule({ ...plan(d.id), id }))).toEqual(['id']);
  });

  it('reschedules a planned session and refuses a stale change with CONFLICT', async () => {
    const d = await createDeployment(api, 'Marin', 120);
    const s = (await schedule(plan(d.id))).data!.scheduleTraining;
    const moved = await update({ sessionId: s.id, scheduledOn: '2027-02-10', mode: 'REMOTE', baseVersion: 1 });
    expect(moved.data!.updateTrainingSession).toMatchObject({ scheduledOn: '2027-02-10', mode: 'REMOTE', module: 'FULL_USE', version: 2 });
    const stale = await update({ sessionId: s.id, scheduledOn: '2027-02-11', baseVersion: 1, mutationId: randomUUID() });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await api.app.db.manager.findOneByOrFail(TrainingSession, { id: s.id })).scheduledOn).toBe('2027-02-10');
  });

  it('holding the planned training completes its task once prerequisites are done, and a held session is final', async () => {
    const d = await createDeployment(api, 'Mariposa', 120);
    const s = (await schedule(plan(d.id))).data!.scheduleTraining;
    expect(refusedFields(await hold({ sessionId: s.id, heldOn: '2027-01-05', baseVersion: s.version }))).toEqual(['heldOn']);
    const input = { sessionId: s.id, heldOn: '2027-01-04', attendees: [{ name: 'Ana Ruiz', role: 'Family law clerk' }], baseVersion: 1, mutationId: randomUUID() };
    const held = await hold(input);
    expect(held.data!.recordTrainingHeld).toMatchObject({ status: 'HELD', heldOn: '2027-01-04', attendees: [{ name: 'Ana Ruiz' }], version: 2 });
    expect((await hold(input)).data!.recordTrainingHeld.version).toBe(2);
    const task = taskByKey(dataOf(await api.gql(TASKS, { id: d.id })).deployment, 'CCPOR_TRAINING');
    expect(task).toMatchObject({ status: 'IN_PROGRESS' });
    expect(task.evidence).toContain('Train-the-trainer training (full use, classroom) held on Mon, Jan 4, 2027');

    expect(errorCode(await hold({ sessionId: s.id, heldOn: '2027-01-04', baseVersion: 2 }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await update({ sessionId: s.id, trainer: 'Someone else', baseVersion: 2 }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await hold({ sessionId: randomUUID(), heldOn: '2027-01-04', baseVersion: 1 }))).toBe('NOT_FOUND');
    const listed = dataOf(await api.gql(SESSIONS, { id: d.id })).deployment;
    expect(listed.trainingSessions).toEqual([{ id: s.id, status: 'HELD' }]);
  });
});

describe('a session held but never scheduled', () => {
  it('is entered afterwards as held on its past date, and counts for the training task', async () => {
    const d = await createDeployment(api, 'Inyo', 60);
    const entered = dataOf(await schedule({ ...plan(d.id, { scheduledOn: '2026-12-15' }), held: true, mutationId: randomUUID() })).scheduleTraining;
    expect(entered).toMatchObject({ status: 'HELD', heldOn: '2026-12-15', scheduledOn: '2026-12-15' });
    const task = dataOf(await api.gql(TASKS, { id: d.id })).deployment.tasks.find((t) => t.key === 'CCPOR_TRAINING')!;
    // Its prerequisites are open, so the task waits on them with the session as its evidence.
    expect(task).toMatchObject({ status: 'IN_PROGRESS', evidence: expect.stringMatching(/held on Tue, Dec 15, 2026/) });
  });

  it('may not be held in the future', async () => {
    const d = await createDeployment(api, 'Modoc', 60);
    const res = await schedule({ ...plan(d.id, { scheduledOn: '2027-01-05' }), held: true, mutationId: randomUUID() });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(refusedFields(res)).toEqual(['scheduledOn']);
    expect(await api.app.db.manager.countBy(TrainingSession, { deploymentId: d.id })).toBe(0);
    // Planned, the same date is fine.
    expect(dataOf(await schedule({ ...plan(d.id, { scheduledOn: '2027-01-05' }), mutationId: randomUUID() })).scheduleTraining.status).toBe('PLANNED');
  });
});
