import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { Deployment } from '../../server/modules/deployment/deployment.entity';
import { Api, errorCode, refusedFields, startApi, errorDetails } from '../support/api';
import { createDeployment, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const PREVIEW = graphql(`query RescheduleGoLivePreviewPastDue($deploymentId: ID!, $targetGoLive: LocalDate!) { previewReschedule(deploymentId: $deploymentId, targetGoLive: $targetGoLive) { pastDue { task { number } dueDate newly } } }`);
const RESCHEDULE = graphql(`mutation RescheduleGoLiveRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {
  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } dueDate newly } phasesWithShortWindows
  deployment { ...DeploymentFields } } }`);
const task = <T extends { number: number }>(d: { tasks: T[] }, n: number) => d.tasks.find((t) => t.number === n)!;
const read = async (id: string) => (await api.gql(graphql(`query RescheduleGoLiveDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }`), { id })).data!.deployment;

describe('rescheduleGoLive', () => {
  it('moves 14 days earlier and back, restoring every unpinned open date; done and pinned tasks stay', async () => {
    const d = await createDeployment(api, 'Fresno', 150);
    const original = Object.fromEntries(d.tasks.map((t) => [t.number, t.dueDate]));
    // Task 1 done, task 2 moved by hand.
    expect((await api.gql(graphql(`mutation RescheduleGoLiveCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`), { i: { taskId: task(d, 1).id, baseVersion: task(d, 1).version } })).data).toBeTruthy();
    const pinnedDate = addDays(original[2], 3);
    const moved = await api.gql(graphql(`mutation RescheduleGoLiveMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { pinned dueDate } }`), { i: { taskId: task(d, 2).id, dueDate: pinnedDate, baseVersion: task(d, 2).version } });
    expect(moved.data!.moveTask).toEqual({ pinned: true, dueDate: pinnedDate });

    const current = await read(d.id);
    const earlier = addDays(d.targetGoLive, -14);
    const preview = await api.gql(graphql(`query RescheduleGoLivePreviewReschedule($id: ID!, $date: LocalDate!) { previewReschedule(deploymentId: $id, targetGoLive: $date) { moved { task { number } } pinned { number } } }`), { id: d.id, date: earlier });
    expect(preview.data!.previewReschedule.moved).toHaveLength(23);
    expect((await read(d.id)).targetGoLive).toBe(d.targetGoLive); // a preview writes nothing

    const res = await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: earlier, baseVersion: current.version, mutationId: crypto.randomUUID() } });
    const report = res.data!.rescheduleGoLive;
    expect(report.moved.map((m) => m.task.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 3));
    expect(report.moved.every((m) => m.to === addDays(m.from, -14))).toBe(true);
    expect(report.pinned.map((t) => t.number)).toEqual([2]);
    expect(task(report.deployment, 1).dueDate).toBe(original[1]);
    expect(task(report.deployment, 2).dueDate).toBe(pinnedDate);
    expect(report.deployment.dependencies.map((x) => x.dueDate)).toEqual(d.dependencies.map((x) => addDays(x.dueDate, -14)));

    const back = await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: d.targetGoLive, baseVersion: report.deployment.version } });
    const restored = back.data!.rescheduleGoLive.deployment;
    for (const t of restored.tasks) {
      expect(t.dueDate).toBe(t.number === 2 ? pinnedDate : original[t.number]);
    }
    expect(restored.dependencies.map((x) => x.dueDate)).toEqual(d.dependencies.map((x) => x.dueDate));
  });

  it('reports what becomes past due and which windows become too short', async () => {
    const d = await createDeployment(api, 'Kings', 100);
    const res = await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: addDays(d.targetGoLive, -25), baseVersion: d.version } });
    const report = res.data!.rescheduleGoLive;
    // Go-live 75 days out: tasks due −90…−78 are now before today.
    expect(report.pastDue.map((p) => [p.task.number, p.newly])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, true]));
    // Each with its date after the move, not before it.
    expect(report.pastDue[0].dueDate).toBe(addDays(d.targetGoLive, -25 - 90));
    expect(report.phasesWithShortWindows).toEqual(['PLANNING']);
    // Moved later, tasks still overdue after the move are listed too, with their new dates.
    const later = await api.gql(PREVIEW, { deploymentId: d.id, targetGoLive: addDays(d.targetGoLive, -20) });
    expect(later.data!.previewReschedule.pastDue.map((p) => [p.task.number, p.dueDate, p.newly]))
      .toEqual([[1, addDays(d.targetGoLive, -110), false], [2, addDays(d.targetGoLive, -110), false], [3, addDays(d.targetGoLive, -108), false], [4, addDays(d.targetGoLive, -105), false]]);
  });

  it('refuses a stale baseVersion with CONFLICT and changes nothing', async () => {
    const d = await createDeployment(api, 'Merced', 120);
    await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: addDays(d.targetGoLive, 7), baseVersion: 1 } });
    const stale = await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: addDays(d.targetGoLive, -7), baseVersion: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorDetails(stale)).toMatchObject({ version: 2, baseVersion: 1, server: { targetGoLive: addDays(d.targetGoLive, 7) } });
    expect((await read(d.id)).targetGoLive).toBe(addDays(d.targetGoLive, 7));
  });

  it('refuses a date in the past, an unknown deployment, and any move after go-live', async () => {
    const d = await createDeployment(api, 'Lake', 90);
    const today = api.clock.now().toISOString().slice(0, 10);
    expect(refusedFields(await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: addDays(today, -1), baseVersion: d.version } }))).toEqual(['targetGoLive']);
    expect(errorCode(await api.gql(RESCHEDULE, { input: { deploymentId: '0d3b1a51-0000-4000-8000-000000000000', targetGoLive: addDays(today, 30), baseVersion: 1 } }))).toBe('NOT_FOUND');
    // Going live arrives with readiness (CAT); record it directly to check the lock.
    await api.app.db.manager.update(Deployment, { id: d.id }, { actualGoLive: today, status: 'LIVE' as never, phase: 'POST_GO_LIVE' as never });
    expect(errorCode(await api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: addDays(today, 30), baseVersion: await versionOf(api, d.id, d.id) } }))).toBe('GO_LIVE_LOCKED');
    const moveTask = await api.gql(graphql(`mutation RescheduleGoLiveMoveTask2($i: MoveTaskInput!) { moveTask(input: $i) { id } }`), { i: { taskId: task(d, 25).id, dueDate: addDays(today, 40), baseVersion: task(d, 25).version } });
    expect(errorCode(moveTask)).toBe('GO_LIVE_LOCKED');
    expect(task(await read(d.id), 25).dueDate).toBe(task(d, 25).dueDate);
  });
});
