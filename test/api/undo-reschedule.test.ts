import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { Deployment } from '../../server/modules/deployment/deployment.entity';
import { Role } from '../../server/modules/user/user.entity';
import { Api, errorCode, startApi, refusedFields, errorDetails } from '../support/api';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const RESCHEDULE = graphql(`mutation UndoRescheduleRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {
  reschedule { id fromGoLive toGoLive createdBy undoneAt } deployment { id version targetGoLive } } }`);
const UNDO = graphql(`mutation UndoRescheduleUndoReschedule($input: UndoRescheduleInput!) { undoReschedule(input: $input) {
  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } newly }
  reschedule { id undoneAt undoneBy } deployment { ...DeploymentFields lastReschedule { id undoneAt } } } }`);
const MOVE_TASK = graphql(`mutation UndoRescheduleMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate pinned } }`);
const read = async (id: string) =>
  (await api.gql(graphql(`query UndoRescheduleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields lastReschedule { id fromGoLive toGoLive undoneAt } } }`), { id })).data!.deployment;
const task = <T extends { number: number }>(d: { tasks: T[] }, n: number) => d.tasks.find((t) => t.number === n)!;
const dates = (d: { tasks: { number: number; dueDate: string; pinned: boolean }[] }) => Object.fromEntries(d.tasks.map((t) => [t.number, [t.dueDate, t.pinned]]));

/** The deployment's version now, for a change based on it. */
const current = (deploymentId: string) => versionOf(api, deploymentId, deploymentId);

async function reschedule(id: string, targetGoLive: string, baseVersion?: number) {
  const res = await api.gql(RESCHEDULE, { input: { deploymentId: id, targetGoLive, baseVersion: baseVersion ?? await current(id), mutationId: crypto.randomUUID() } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.rescheduleGoLive;
}

describe('undoReschedule', () => {
  it('restores go-live and every open date and pin, hand moves made before and after the move included', async () => {
    const d = await createDeployment(api, 'Fresno', 150);
    const pinnedBefore = addDays(task(d, 4).dueDate, 2);
    await api.gql(MOVE_TASK, { i: { taskId: task(d, 4).id, dueDate: pinnedBefore, baseVersion: task(d, 4).version } });
    await api.gql(graphql(`mutation UndoRescheduleCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`), { i: { taskId: task(d, 1).id, baseVersion: task(d, 1).version } });
    const original = await read(d.id);
    expect(original.lastReschedule).toBeNull();

    const saved = await reschedule(d.id, addDays(d.targetGoLive, 21), original.version);
    expect(saved.reschedule).toMatchObject({ fromGoLive: d.targetGoLive, toGoLive: addDays(d.targetGoLive, 21), undoneAt: null });
    // After the move, task 9 is moved by hand and task 2 completed: the undo brings task 9 back
    // (date and pin); completed work keeps its date.
    const afterMove = await read(d.id);
    expect(afterMove.lastReschedule).toMatchObject({ id: saved.reschedule!.id, undoneAt: null });
    await api.gql(MOVE_TASK, { i: { taskId: task(d, 9).id, dueDate: addDays(task(afterMove, 9).dueDate, 5), baseVersion: task(afterMove, 9).version } });
    await api.gql(graphql(`mutation UndoRescheduleCompleteTask2($i: TaskActionInput!) { completeTask(input: $i) { status } }`), { i: { taskId: task(d, 2).id, baseVersion: task(afterMove, 2).version } });
    const task2Done = task(await read(d.id), 2).dueDate;

    const res = await api.gql(UNDO, { input: { rescheduleId: saved.reschedule!.id, baseVersion: saved.deployment.version, mutationId: crypto.randomUUID() } });
    expect(res.errors).toBeUndefined();
    const undone = res.data!.undoReschedule;
    expect(undone).toMatchObject({ fromGoLive: addDays(d.targetGoLive, 21), toGoLive: d.targetGoLive });
    expect(undone.reschedule!.undoneAt).toBeTruthy();
    expect(undone.deployment.lastReschedule).toEqual({ id: saved.reschedule!.id, undoneAt: undone.reschedule!.undoneAt });
    expect(undone.moved.map((m) => m.task.number)).toEqual([3, ...Array.from({ length: 21 }, (_, i) => i + 5)]);
    expect(undone.moved.find((m) => m.task.number === 9)!.to).toBe(task(original, 9).dueDate);
    expect(undone.pinned.map((t) => t.number)).toEqual([4]);

    const after = await read(d.id);
    expect(after.targetGoLive).toBe(d.targetGoLive);
    const expected = dates(original);
    expected[2] = [task2Done, false];
    expect(dates(after)).toEqual(expected);
    expect(after.dependencies.map((x) => x.dueDate)).toEqual(original.dependencies.map((x) => x.dueDate));
  });

  it('reports the tasks the undo makes past due', async () => {
    const d = await createDeployment(api, 'Kings', 80);
    const saved = await reschedule(d.id, addDays(d.targetGoLive, 30));
    const res = await api.gql(UNDO, { input: { rescheduleId: saved.reschedule!.id, baseVersion: saved.deployment.version } });
    // Back to 80 days out: tasks due −90…−85 return to dates before today.
    expect(res.data!.undoReschedule.pastDue.map((p) => [p.task.number, p.newly])).toEqual([1, 2, 3, 4].map((n) => [n, true]));
  });

  it('refuses a second undo, an older move, a stale version, other roles, unknown ids and any undo after go-live', async () => {
    const d = await createDeployment(api, 'Merced', 120);
    const first = await reschedule(d.id, addDays(d.targetGoLive, 7));
    const second = await reschedule(d.id, addDays(d.targetGoLive, 14));

    const older = await api.gql(UNDO, { input: { rescheduleId: first.reschedule!.id, baseVersion: second.deployment.version } });
    expect(errorCode(older)).toBe('INVALID_TRANSITION');
    expect(errorDetails(older)).toMatchObject({ latestId: second.reschedule!.id });

    const stale = await api.gql(UNDO, { input: { rescheduleId: second.reschedule!.id, baseVersion: first.deployment.version } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await read(d.id)).targetGoLive).toBe(addDays(d.targetGoLive, 14));

    for (const role of ['FIELD_STAFF', 'REPORTER'] as const) {
      expect(errorCode(await (await api.as(role)).gql(UNDO, { input: { rescheduleId: second.reschedule!.id, baseVersion: second.deployment.version } }))).toBe('FORBIDDEN');
    }
    const coordinator = await api.as('COORDINATOR');
    const byCoordinator = await coordinator.gql(UNDO, { input: { rescheduleId: second.reschedule!.id, baseVersion: second.deployment.version } });
    expect(byCoordinator.data!.undoReschedule.deployment.targetGoLive).toBe(addDays(d.targetGoLive, 7));
    expect(errorCode(await api.gql(UNDO, { input: { rescheduleId: second.reschedule!.id, baseVersion: byCoordinator.data!.undoReschedule.deployment.version } }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.gql(UNDO, { input: { rescheduleId: '0d3b1a51-0000-4000-8000-000000000000', baseVersion: 1 } }))).toBe('NOT_FOUND');

    const third = await reschedule(d.id, addDays(d.targetGoLive, 3));
    const today = api.clock.now().toISOString().slice(0, 10);
    await api.app.db.manager.update(Deployment, { id: d.id }, { actualGoLive: today, status: 'LIVE' as never, phase: 'POST_GO_LIVE' as never });
    expect(errorCode(await api.gql(UNDO, { input: { rescheduleId: third.reschedule!.id, baseVersion: await current(d.id) } }))).toBe('GO_LIVE_LOCKED');
  });

  it('answers a replay with the same outcome and applies it once', async () => {
    const d = await createDeployment(api, 'Lake', 100);
    const saved = await reschedule(d.id, addDays(d.targetGoLive, 10));
    const input = { rescheduleId: saved.reschedule!.id, baseVersion: saved.deployment.version, mutationId: crypto.randomUUID() };
    const once = await api.gql(UNDO, { input });
    const again = await api.gql(UNDO, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data!.undoReschedule.reschedule).toEqual(once.data!.undoReschedule.reschedule);
    expect((await read(d.id)).targetGoLive).toBe(d.targetGoLive);
  });
});

describe('deployment staff', () => {
  it('lists assignable staff for planners only, without contact details', async () => {
    const field = await api.createUser(Role.FIELD_STAFF, { name: 'Fiona Field' });
    const coordinator = await api.as('COORDINATOR');
    const res = await coordinator.gql(graphql(`query UndoRescheduleAssignableStaff { assignableStaff { id displayName role } }`));
    const staff = res.data!.assignableStaff;
    expect(staff).toContainEqual({ id: field.id, displayName: 'Fiona Field', role: 'FIELD_STAFF' });
    expect(staff.every((s) => ['ADMIN', 'COORDINATOR', 'FIELD_STAFF'].includes(s.role))).toBe(true);
    expect(errorCode(await (await api.as('FIELD_STAFF')).gql(graphql(`query UndoRescheduleAssignableStaff2 { assignableStaff { id } }`)))).toBe('FORBIDDEN');
    expect(errorCode(await coordinator.gql(`{ assignableStaff { id email } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('creates a deployment with its coordinator and field staff, and refuses staff of the wrong role', async () => {
    const field = await api.createUser(Role.FIELD_STAFF, { name: 'Sam Site' });
    const coordinator = await api.as('COORDINATOR');
    const { courtId, sheriffId } = await organizationsOf(api, 'Napa');
    const today = api.clock.now().toISOString().slice(0, 10);
    const CREATE = graphql(`mutation UndoRescheduleCreateDeployment($input: CreateDeploymentInput!) { createDeployment(input: $input) { id coordinator { id role } fieldStaff { id displayName } } }`);
    const input = { courtId, leaIds: [sheriffId], targetGoLive: addDays(today, 120), mutationId: crypto.randomUUID() };

    const wrong = await coordinator.gql(CREATE, { input: { ...input, coordinatorId: field.id, fieldStaffIds: [coordinator.user!.id] } });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(refusedFields(wrong).sort()).toEqual(['coordinatorId', 'fieldStaffIds']);

    const res = await coordinator.gql(CREATE, { input: { ...input, mutationId: crypto.randomUUID(), coordinatorId: coordinator.user!.id, fieldStaffIds: [field.id] } });
    expect(res.data!.createDeployment).toMatchObject({ coordinator: { id: coordinator.user!.id, role: 'COORDINATOR' }, fieldStaff: [{ id: field.id, displayName: 'Sam Site' }] });
    // The assigned field staff now sees it (scope follows the assignment).
    const fieldClient = (await api.signIn(field.email)).client;
    expect((await fieldClient.gql(graphql(`query UndoRescheduleDeployment2($id: ID!) { deployment(id: $id) { id } }`), { id: res.data!.createDeployment.id })).data!.deployment.id)
      .toBe(res.data!.createDeployment.id);
  });
});
