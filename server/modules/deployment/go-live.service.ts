import type { Context } from '../../graphql/context';
import type { EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { badInput, invalidTransition, problem, type FieldProblem } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { Deployment, DeploymentStatus } from './deployment.entity';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { Task, TaskStatus } from '../task/task.entity';
import { markDone, settleWaitingTasks } from '../task/task.service';
import { GoLiveInput, GoLiveTaskAction } from './go-live.inputs';
import { isOpenTaskStatus } from '../../../rules/statuses';
import { PARTY_LABELS, statusLabel } from '../../../rules/labels';
import { evaluateReadiness, readinessAsOf } from '../readiness/readiness.service';
import { ReadinessStatus } from '../readiness/readiness.types';
import { formatDate } from '../../../rules/dates';

/** Phases whose tasks come before go-live: going live settles each of them (docs/domain.md#going-live). */
const BEFORE_GO_LIVE: Phase[] = [Phase.PLANNING, Phase.SCOPE, Phase.IMPLEMENT];

/** Statuses from which a deployment may go live. */
const MAY_GO_LIVE: DeploymentStatus[] = [DeploymentStatus.INTERESTED, DeploymentStatus.COMMITTED, DeploymentStatus.IN_PROGRESS];

/**
 * Going live (docs/domain.md#going-live): allowed only when readiness is GO (else NOT_READY with the blockers); records
 * the actual go-live date, completes the go-live milestone, sets status LIVE and phase POST_GO_LIVE.
 */
export function goLive(ctx: Context, input: GoLiveInput) {
  return applyMutation(ctx, { operation: 'goLive', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'goLive', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { status: DeploymentStatus.LIVE },
    });
    if (stale) return stale;
    if (deployment.actualGoLive || !MAY_GO_LIVE.includes(deployment.status)) {
      throw invalidTransition('Deployment', deployment.id, deployment.status, DeploymentStatus.LIVE,
        deployment.actualGoLive ? `it went live on ${deployment.actualGoLive}.` : 'resume the deployment first.');
    }
    const now = today(ctx.clock);
    // The rules themselves, in this transaction: going live never rests on a kept copy.
    const readiness = readinessAsOf((await evaluateReadiness(tx, [deployment])).get(deployment.id)!, now);
    if (readiness.status === ReadinessStatus.NO_GO) {
      throw problem('NOT_READY',
        `The deployment is not ready to go live: ${readiness.blockers.map((b) => `${b.what} (${PARTY_LABELS[b.party]})`).join('; ')}. Clear these blockers first.`,
        { blockers: readiness.blockers });
    }
    const settled = await settleOpenTasks(tx, ctx, deployment.id, input);
    if (settled instanceof Refusal) return settled;
    // The milestone is the goLive action's alone (task.service refuses to complete it by hand), and
    // done only when its prerequisites are: every task before go-live is settled by now.
    const milestone = await tx.findOneOrFail(Task, { where: { deploymentId: deployment.id, key: 'GO_LIVE' }, relations: { prerequisites: true } });
    const openPrerequisites = milestone.prerequisites.filter((p) => isOpenTaskStatus(p.status));
    if (openPrerequisites.length) throw prerequisitesOpen(milestone, openPrerequisites);
    const { prerequisites: _p, ...rest } = milestone;
    const done = tx.create(Task, rest);
    markDone(ctx, done);
    done.evidence = `Went live on ${formatDate(now)} with readiness GO`;
    await tx.save(done);
    await settleWaitingTasks(tx, ctx, deployment.id);
    deployment.actualGoLive = now;
    deployment.status = DeploymentStatus.LIVE;
    deployment.phase = Phase.POST_GO_LIVE;
    deployment.phaseEnteredOn = now;
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}

const prerequisitesOpen = (task: Task, open: Task[]) => problem('PREREQUISITES_OPEN',
  `Going live leaves ${open.length === 1 ? 'a task' : `${open.length} tasks`} open: ${open.map((t) => `#${t.number} ${t.title} (${statusLabel('Task', t.status)!.toLowerCase()})`).join('; ')}. Complete or waive each when going live.`,
  { taskId: task.id, open: open.map((t) => ({ id: t.id, number: t.number, title: t.title, status: t.status })) });

/**
 * Completes or waives, as the input says, every task still open before go-live: each must be
 * listed (else PREREQUISITES_OPEN names the ones left out), a waiver needs its reason, and a task
 * changed since the person saw it answers CONFLICT. Nothing is written until all of it holds.
 */
async function settleOpenTasks(tx: EntityManager, ctx: Context, deploymentId: string, input: GoLiveInput): Promise<Refusal | null> {
  const tasks = await tx.find(Task, { where: { deploymentId }, ...(isPostgresSource(tx) ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  const open = new Map(tasks.filter((t) => BEFORE_GO_LIVE.includes(t.phase) && isOpenTaskStatus(t.status)).map((t) => [t.id, t]));
  const problems: FieldProblem[] = [];
  const listed = new Set<string>();
  input.tasks.forEach((item, i) => {
    const task = open.get(item.taskId);
    if (!task) problems.push({ field: `tasks[${i}].taskId`, message: 'is not a task of this deployment still open before go-live.' });
    else if (listed.has(item.taskId)) problems.push({ field: `tasks[${i}].taskId`, message: `lists task #${task.number} a second time.` });
    if (item.action === GoLiveTaskAction.WAIVE && !item.reason?.trim()) problems.push({ field: `tasks[${i}].reason`, message: 'is required to waive a task: say why it is not needed.' });
    listed.add(item.taskId);
  });
  if (problems.length) throw badInput(problems);
  const missing = [...open.values()].filter((t) => !listed.has(t.id)).sort((a, b) => a.number - b.number);
  if (missing.length) {
    const milestone = tasks.find((t) => t.key === 'GO_LIVE')!;
    throw prerequisitesOpen(milestone, missing);
  }
  for (const [i, item] of input.tasks.entries()) {
    const task = open.get(item.taskId)!;
    const to = item.action === GoLiveTaskAction.WAIVE ? TaskStatus.WAIVED : TaskStatus.DONE;
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'goLive', mutationId: input.mutationId, baseVersion: item.baseVersion, field: `tasks[${i}].baseVersion`, record: task, deploymentId, attempted: { status: to },
    });
    if (stale) return stale;
  }
  const now = today(ctx.clock);
  for (const item of input.tasks) {
    const task = open.get(item.taskId)!;
    if (item.action === GoLiveTaskAction.WAIVE) {
      task.status = TaskStatus.WAIVED;
      task.reason = item.reason!.trim();
      task.updatedBy = ctx.actor.name;
    } else {
      markDone(ctx, task);
      task.evidence ??= `Completed when going live on ${now}`;
    }
  }
  if (input.tasks.length) await tx.save(input.tasks.map((item) => open.get(item.taskId)!));
  return null;
}
