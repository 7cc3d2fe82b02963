import { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import type { MutationName } from '../../../rules/mutation-names';
import { badInput, invalidTransition, problem, statusList, statusWords } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { refuseDatesOutOfBounds } from '../../graphql/date-bounds';
import { dueDate } from '../deployment/scheduling';
import { Deployment } from '../deployment/deployment.entity';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { TasksDueFilter } from './task.types';
import { Party, TaskKind } from '../lifecycle-template/lifecycle.enums';
import { deny } from '../access/auth-checker';
import { deploymentScope } from '../access/scope';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Role } from '../user/user.entity';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { OPEN_TASK_STATUSES, SETTLED_TASK_STATUSES, Task, TaskStatus } from './task.entity';
import { INACTIVE_DEPLOYMENT_STATUSES } from '../../../rules/statuses';
import { MoveTaskInput, TaskActionInput, WaiveTaskInput } from './task.inputs';
import { myTasksSql } from './my-tasks';

const isSettled = (t: Task) => SETTLED_TASK_STATUSES.includes(t.status);

/** Loads a task for a change: locked, version-checked, and refused on a milestone (goLive owns it). */
async function loadTaskForChange(
  tx: EntityManager, ctx: Context, operation: MutationName, input: TaskActionInput, attempted: Record<string, unknown>,
): Promise<Task | Refusal> {
  const task = await loadForUpdate(tx, Task, input.taskId, 'Task');
  await requireTaskAccess(ctx, tx, task);
  const stale = await refuseIfStale(tx, ctx, { operation, mutationId: input.mutationId, baseVersion: input.baseVersion, record: task, deploymentId: task.deploymentId, attempted });
  if (stale) return stale;
  if (task.kind === TaskKind.MILESTONE) {
    throw invalidTransition('Task', task.id, task.status, String(attempted.status ?? 'changed'), 'go-live is recorded by the goLive action, when readiness is GO.');
  }
  return task;
}

/**
 * A partner answers the tasks their own organization owns (docs/security.md#roles); that the task
 * is in the caller's scope at all, the scope check has said before.
 */
export async function requireTaskAccess(ctx: Context, tx: EntityManager, task: Task) {
  if (ctx.actor.role !== Role.PARTNER_USER) return;
  const organization = await tx.findOneByOrFail(Organization, { id: ctx.actor.organizationId! });
  const own = organization.kind === OrganizationKind.COURT ? Party.COURT : Party.LEA;
  if (task.party !== own) {
    deny(ctx, `change task #${task.number}`, `it belongs to ${task.party === Party.CCPOR_TEAM ? 'the CCPOR team' : `the ${task.party.toLowerCase()}`}, not to your organization.`);
  }
}

export function requireStatus(task: Task, allowed: readonly TaskStatus[], to: string) {
  if (!allowed.includes(task.status)) {
    throw invalidTransition('Task', task.id, task.status, to, `only a task that is ${statusList('Task', allowed)} can become ${statusWords('Task', to)}.`);
  }
}

async function openPrerequisites(tx: EntityManager, task: Task): Promise<Task[]> {
  const withPrereqs = await tx.findOne(Task, { where: { id: task.id }, relations: { prerequisites: true } });
  return (withPrereqs?.prerequisites ?? []).filter((p) => !isSettled(p)).sort((a, b) => a.number - b.number);
}

export function markDone(ctx: Context, task: Task) {
  task.status = TaskStatus.DONE;
  task.completedOn = today(ctx.clock);
  task.updatedBy = ctx.actor.name;
}

export function startTask(ctx: Context, input: TaskActionInput) {
  return applyMutation(ctx, { operation: 'startTask', input }, async (tx) => {
    const task = await loadTaskForChange(tx, ctx, 'startTask', input, { status: TaskStatus.IN_PROGRESS });
    if (task instanceof Refusal) return task;
    requireStatus(task, [TaskStatus.OPEN], TaskStatus.IN_PROGRESS);
    task.status = TaskStatus.IN_PROGRESS;
    task.startedAt = ctx.clock.now();
    task.updatedBy = ctx.actor.name;
    return tx.save(task);
  });
}

export function completeTask(ctx: Context, input: TaskActionInput) {
  return applyMutation(ctx, { operation: 'completeTask', input }, async (tx) => {
    const task = await loadTaskForChange(tx, ctx, 'completeTask', input, { status: TaskStatus.DONE });
    if (task instanceof Refusal) return task;
    requireStatus(task, OPEN_TASK_STATUSES, TaskStatus.DONE);
    const open = await openPrerequisites(tx, task);
    if (open.length) {
      throw problem('PREREQUISITES_OPEN',
        `Task #${task.number} "${task.title}" waits on ${open.map((p) => `#${p.number} ${p.title} (${statusWords('Task', p.status)})`).join('; ')}. Complete or waive those first.`,
        { taskId: task.id, open: open.map((p) => ({ id: p.id, number: p.number, title: p.title, status: p.status })) });
    }
    markDone(ctx, task);
    const saved = await tx.save(task);
    await settleWaitingTasks(tx, ctx, task.deploymentId);
    return saved;
  });
}

export function waiveTask(ctx: Context, input: WaiveTaskInput) {
  return applyMutation(ctx, { operation: 'waiveTask', input }, async (tx) => {
    const task = await loadTaskForChange(tx, ctx, 'waiveTask', input, { status: TaskStatus.WAIVED, reason: input.reason });
    if (task instanceof Refusal) return task;
    requireStatus(task, OPEN_TASK_STATUSES, TaskStatus.WAIVED);
    task.status = TaskStatus.WAIVED;
    task.reason = input.reason.trim();
    task.updatedBy = ctx.actor.name;
    const saved = await tx.save(task);
    await settleWaitingTasks(tx, ctx, task.deploymentId);
    return saved;
  });
}

export function reopenTask(ctx: Context, input: TaskActionInput) {
  return applyMutation(ctx, { operation: 'reopenTask', input }, async (tx) => {
    const task = await loadTaskForChange(tx, ctx, 'reopenTask', input, { status: TaskStatus.OPEN });
    if (task instanceof Refusal) return task;
    requireStatus(task, [TaskStatus.DONE, TaskStatus.WAIVED], TaskStatus.OPEN);
    await refuseAfterGoLive(tx, task);
    const deployment = await tx.findOneByOrFail(Deployment, { id: task.deploymentId });
    task.status = TaskStatus.OPEN;
    task.reason = null;
    task.evidence = null;
    task.completedOn = null;
    // A reopened task is open work again, so it follows go-live unless it was moved by hand.
    if (!task.pinned) task.dueDate = dueDate(deployment.targetGoLive, task.offsetDays);
    task.updatedBy = ctx.actor.name;
    return tx.save(task);
  });
}

export function moveTask(ctx: Context, input: MoveTaskInput) {
  return applyMutation(ctx, { operation: 'moveTask', input }, async (tx) => {
    const task = await loadTaskForChange(tx, ctx, 'moveTask', input, { dueDate: input.dueDate, pinned: true });
    if (task instanceof Refusal) return task;
    await refuseAfterGoLive(tx, task);
    requireStatus(task, OPEN_TASK_STATUSES, 'moved');
    refuseDatesOutOfBounds(ctx, [{ field: 'dueDate', kind: 'planned', date: input.dueDate }]);
    task.dueDate = input.dueDate;
    task.pinned = true;
    task.updatedBy = ctx.actor.name;
    return tx.save(task);
  });
}

export function unpinTask(ctx: Context, input: TaskActionInput) {
  return applyMutation(ctx, { operation: 'unpinTask', input }, async (tx) => {
    const task = await loadTaskForChange(tx, ctx, 'unpinTask', input, { pinned: false });
    if (task instanceof Refusal) return task;
    await refuseAfterGoLive(tx, task);
    requireStatus(task, OPEN_TASK_STATUSES, 'unpinned');
    const deployment = await tx.findOneByOrFail(Deployment, { id: task.deploymentId });
    task.pinned = false;
    task.dueDate = dueDate(deployment.targetGoLive, task.offsetDays);
    task.updatedBy = ctx.actor.name;
    return tx.save(task);
  });
}

async function refuseAfterGoLive(tx: EntityManager, task: Task) {
  const deployment = await tx.findOneByOrFail(Deployment, { id: task.deploymentId });
  if (deployment.actualGoLive) {
    throw problem('GO_LIVE_LOCKED', `The court went live on ${deployment.actualGoLive}; task dates can no longer change.`, {
      deploymentId: deployment.id, actualGoLive: deployment.actualGoLive,
    });
  }
}

/**
 * Completes a task because something else happened (a meeting held, a document sent, a
 * questionnaire accepted). With prerequisites still open the task stays IN_PROGRESS with its
 * evidence, and completes when the last prerequisite is done.
 */
export async function completeWithEvidence(tx: EntityManager, ctx: Context, taskId: string, evidence: string): Promise<Task> {
  const task = await loadForUpdate(tx, Task, taskId, 'Task');
  if (isSettled(task)) return task;
  task.evidence = evidence;
  task.updatedBy = ctx.actor.name;
  if ((await openPrerequisites(tx, task)).length) {
    if (task.status === TaskStatus.OPEN) task.startedAt = ctx.clock.now();
    task.status = TaskStatus.IN_PROGRESS;
    return tx.save(task);
  }
  markDone(ctx, task);
  const saved = await tx.save(task);
  await settleWaitingTasks(tx, ctx, task.deploymentId);
  return saved;
}

/** Completes every task with evidence whose prerequisites are now all settled, in chains. */
export async function settleWaitingTasks(tx: EntityManager, ctx: Context, deploymentId: string) {
  const tasks = await tx.find(Task, { where: { deploymentId }, relations: { prerequisites: true } });
  const status = new Map(tasks.map((t) => [t.id, t.status]));
  const changed: Task[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const t of tasks) {
      if (t.status !== TaskStatus.IN_PROGRESS || !t.evidence) continue;
      if (t.prerequisites.every((p) => SETTLED_TASK_STATUSES.includes(status.get(p.id)!))) {
        markDone(ctx, t);
        status.set(t.id, t.status);
        changed.push(t);
        progress = true;
      }
    }
  }
  if (changed.length) {
    // Saved without their prerequisite relation, which this pass did not change.
    await tx.save(changed.map(({ prerequisites: _p, ...t }) => tx.create(Task, t)));
  }
}

/** Open tasks due in a date range across all deployments that are still under way. */
export async function listTasksDue(ctx: Context, page: PageArgs, filter: TasksDueFilter) {
  if (filter.dueFrom && filter.dueFrom > filter.dueTo) throw badInput([{ field: 'filter.dueTo', message: 'must be on or after dueFrom.' }]);
  const query = () => {
    const scope = deploymentScope(ctx);
    const q = ctx.db.manager.createQueryBuilder(Task, 't')
      .innerJoin(Deployment, 'd', 'd.id = t."deploymentId"')
      .where(scope.sql, scope.params)
      .andWhere('t.status IN (:...open)', { open: OPEN_TASK_STATUSES })
      .andWhere('d.status NOT IN (:...inactive)', { inactive: INACTIVE_DEPLOYMENT_STATUSES })
      .andWhere('t."dueDate" <= :dueTo', { dueTo: filter.dueTo });
    if (filter.dueFrom) q.andWhere('t."dueDate" >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.party?.length) q.andWhere('t.party IN (:...party)', { party: filter.party });
    if (filter.phase?.length) q.andWhere('t.phase IN (:...phase)', { phase: filter.phase });
    if (filter.mine) {
      const mine = myTasksSql({ id: ctx.actor.userId, role: ctx.actor.role, organizationId: ctx.actor.organizationId });
      q.andWhere(mine.sql, mine.params);
    }
    return q;
  };
  const paged = query();
  const cursor = decodeCursor(page.after, 2);
  if (cursor) paged.andWhere('(t."dueDate" > :afterDue OR (t."dueDate" = :afterDue AND t.id > :afterId))', { afterDue: cursor[0], afterId: cursor[1] });
  const rows = await paged.orderBy('t.dueDate', 'ASC').addOrderBy('t.id', 'ASC').limit(page.first + 1).getMany();
  return toConnection(rows, page, await query().getCount(), (t) => [t.dueDate, t.id]);
}
