import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, invalidTransition, problem } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { isInactiveDeployment, OPEN_DEPENDENCY_STATUSES } from '../../../rules/statuses';
import { Dependency } from '../dependency/dependency.entity';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { OPEN_TASK_STATUSES, Task } from '../task/task.entity';
import { Deployment } from './deployment.entity';
import { mailGoLive } from './go-live.mail';
import { RescheduleGoLiveInput, UndoRescheduleInput } from './deployment.inputs';
import { getDeployment } from './deployment-list.service';
import { checkGoLive } from './deployment.service';
import { RescheduleReport } from './deployment.types';
import { Reschedule, ScheduleBefore } from './reschedule.entity';
import { dueDate, phasesWithShortWindows, replan } from './scheduling';

function refuseAfterGoLive(deployment: Deployment) {
  if (deployment.actualGoLive) {
    throw problem('GO_LIVE_LOCKED', `The court went live on ${deployment.actualGoLive}; its schedule is history and can no longer change.`, {
      deploymentId: deployment.id, actualGoLive: deployment.actualGoLive,
    });
  }
}

/** What moving go-live would do, computed without writing anything. */
async function planReschedule(ctx: Context, tx: EntityManager, deployment: Deployment, targetGoLive: string): Promise<RescheduleReport> {
  refuseAfterGoLive(deployment);
  if (isInactiveDeployment(deployment.status)) {
    throw invalidTransition('Deployment', deployment.id, deployment.status, 'rescheduled', 'a withdrawn or closed deployment has no schedule to move.');
  }
  const problems = checkGoLive(ctx, targetGoLive);
  if (problems.length) throw badInput(problems);
  const now = today(ctx.clock);
  const tasks = await tx.find(Task, { where: { deploymentId: deployment.id }, order: { number: 'ASC' } });
  const plan = replan(
    tasks.map((t) => ({ id: t.id, offsetDays: t.offsetDays, dueDate: t.dueDate, pinned: t.pinned, open: OPEN_TASK_STATUSES.includes(t.status) })),
    targetGoLive, now,
  );
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return {
    deployment,
    fromGoLive: deployment.targetGoLive,
    toGoLive: targetGoLive,
    moved: plan.moved.map((m) => ({ task: byId.get(m.id)!, from: m.from, to: m.to })),
    pinned: plan.pinned.map((id) => byId.get(id)!),
    pastDue: plan.pastDue.map((p) => ({ task: byId.get(p.id)!, dueDate: p.dueDate, newly: p.newly })),
    phasesWithShortWindows: phasesWithShortWindows(targetGoLive, deployment.phase, deployment.phaseEnteredOn, now),
    reschedule: null,
  };
}

export async function previewReschedule(ctx: Context, deploymentId: string, targetGoLive: string) {
  return planReschedule(ctx, ctx.db.manager, await getDeployment(ctx, deploymentId), targetGoLive);
}

export function rescheduleGoLive(ctx: Context, input: RescheduleGoLiveInput) {
  return applyMutation(ctx, { operation: 'rescheduleGoLive', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'rescheduleGoLive', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { targetGoLive: input.targetGoLive },
    });
    if (stale) return stale;
    const report = await planReschedule(ctx, tx, deployment, input.targetGoLive);
    const scheduleBefore = await openSchedule(tx, deployment.id);
    for (const move of report.moved) {
      move.task.dueDate = move.to;
      move.task.updatedBy = ctx.actor.name;
    }
    await tx.save(report.moved.map((m) => m.task));
    // Dependencies are not pinned by hand: open ones follow go-live like unpinned tasks.
    // Dependencies still to be met follow go-live when it moves.
    const dependencies = await tx.findBy(Dependency, { deploymentId: deployment.id, status: In(OPEN_DEPENDENCY_STATUSES) });
    for (const d of dependencies) d.dueDate = dueDate(input.targetGoLive, d.offsetDays);
    await tx.save(dependencies);
    const fromGoLive = deployment.targetGoLive;
    deployment.targetGoLive = input.targetGoLive;
    deployment.updatedBy = ctx.actor.name;
    report.deployment = await tx.save(deployment);
    await mailGoLive(tx, ctx, report.deployment, fromGoLive);
    report.reschedule = await tx.save(tx.create(Reschedule, {
      deploymentId: deployment.id, deploymentVersion: report.deployment.version, fromGoLive, toGoLive: input.targetGoLive,
      scheduleBefore, createdAt: ctx.clock.now(), createdBy: ctx.actor.name, undoneAt: null, undoneBy: null,
    }));
    return report;
  });
}

/** Every open task's date and pin and every open dependency's date, as a go-live move finds them. */
async function openSchedule(tx: EntityManager, deploymentId: string): Promise<ScheduleBefore> {
  const tasks = await tx.find(Task, { where: { deploymentId, status: In(OPEN_TASK_STATUSES) }, order: { number: 'ASC' } });
  const dependencies = await tx.findBy(Dependency, { deploymentId, status: In(OPEN_DEPENDENCY_STATUSES) });
  return {
    tasks: tasks.map((t) => ({ id: t.id, dueDate: t.dueDate, pinned: t.pinned })),
    dependencies: dependencies.map((d) => ({ id: d.id, dueDate: d.dueDate })),
  };
}

/** The deployment's latest go-live move, undone or not; null if go-live never moved. */
function latestReschedule(tx: EntityManager, deploymentId: string) {
  return tx.findOne(Reschedule, { where: { deploymentId }, order: { deploymentVersion: 'DESC' } });
}

/**
 * Undoes the latest go-live move: go-live returns to its date before the move, and every task and
 * dependency still open returns to the date (and pin) it had then, including tasks moved by hand
 * after the move; work settled since keeps its dates, as completed work does when go-live moves.
 */
export function undoReschedule(ctx: Context, input: UndoRescheduleInput) {
  return applyMutation(ctx, { operation: 'undoReschedule', input }, async (tx) => {
    const move = await tx.findOneByOrFail(Reschedule, { id: input.rescheduleId });
    const deployment = await loadForUpdate(tx, Deployment, move.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'undoReschedule', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { targetGoLive: move.fromGoLive },
    });
    if (stale) return stale;
    refuseAfterGoLive(deployment);
    if (move.undoneAt) {
      throw problem('INVALID_TRANSITION', `${move.undoneBy} already undid this move of go-live to ${move.toGoLive}.`, { noun: 'Reschedule', id: move.id, from: 'UNDONE', to: 'UNDONE' });
    }
    const latest = (await latestReschedule(tx, deployment.id))!;
    if (latest.id !== move.id) {
      throw problem('INVALID_TRANSITION', `Go-live moved again afterwards (to ${latest.toGoLive}); undo that move first.`, { noun: 'Reschedule', id: move.id, from: 'SUPERSEDED', to: 'UNDONE', latestId: latest.id });
    }
    const report = await planReschedule(ctx, tx, deployment, move.fromGoLive);
    const before = new Map(move.scheduleBefore.tasks.map((t) => [t.id, t]));
    const tasks = await tx.find(Task, { where: { deploymentId: deployment.id, status: In(OPEN_TASK_STATUSES) }, order: { number: 'ASC' } });
    const restored: Task[] = [];
    const now = today(ctx.clock);
    report.moved = [];
    report.pastDue = [];
    for (const task of tasks) {
      const was = before.get(task.id);
      const after = was?.dueDate ?? task.dueDate;
      if (after < now) report.pastDue.push({ task, dueDate: after, newly: task.dueDate >= now });
      if (!was || (was.dueDate === task.dueDate && was.pinned === task.pinned)) continue;
      if (was.dueDate !== task.dueDate) report.moved.push({ task, from: task.dueDate, to: was.dueDate });
      task.dueDate = was.dueDate;
      task.pinned = was.pinned;
      task.updatedBy = ctx.actor.name;
      restored.push(task);
    }
    await tx.save(restored);
    report.pinned = tasks.filter((t) => t.pinned);
    const dependencyDates = new Map(move.scheduleBefore.dependencies.map((d) => [d.id, d.dueDate]));
    const dependencies = await tx.findBy(Dependency, { deploymentId: deployment.id, status: In(OPEN_DEPENDENCY_STATUSES) });
    for (const d of dependencies) d.dueDate = dependencyDates.get(d.id) ?? d.dueDate;
    await tx.save(dependencies);
    deployment.targetGoLive = move.fromGoLive;
    deployment.updatedBy = ctx.actor.name;
    report.deployment = await tx.save(deployment);
    await mailGoLive(tx, ctx, report.deployment, move.toGoLive);
    move.undoneAt = ctx.clock.now();
    move.undoneBy = ctx.actor.name;
    report.reschedule = await tx.save(move);
    return report;
  });
}
