import { In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { invalidTransition, problem, statusList, statusWords } from '../../graphql/errors';
import { PHASE_LABELS } from '../../../rules/labels';
import { isHaltedDeployment } from '../../../rules/statuses';
import { DEPLOYMENT_STATUS_TRANSITIONS } from '../../../rules/transitions';
import { today } from '../../shared/clock';
import { Phase, PHASE_ORDER } from '../lifecycle-template/lifecycle.enums';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { OPEN_TASK_STATUSES, Task } from '../task/task.entity';
import { Deployment } from './deployment.entity';
import { AdvancePhaseInput, ChangeDeploymentStatusInput } from './deployment.inputs';

export function advancePhase(ctx: Context, input: AdvancePhaseInput) {
  return applyMutation(ctx, { operation: 'advancePhase', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const next = PHASE_ORDER[PHASE_ORDER.indexOf(deployment.phase) + 1];
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'advancePhase', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { phase: next ?? deployment.phase },
    });
    if (stale) return stale;
    if (isHaltedDeployment(deployment.status)) {
      throw invalidTransition('Deployment', deployment.id, deployment.status, `advanced to ${next}`, 'resume the deployment first.');
    }
    if (deployment.phase === Phase.IMPLEMENT || !next || next === Phase.POST_GO_LIVE) {
      throw invalidTransition('Deployment', deployment.id, deployment.phase, 'the next phase', 'going live is its own action, allowed when readiness is GO.');
    }
    const open = await tx.find(Task, {
      where: { deploymentId: deployment.id, phase: deployment.phase, required: true, status: In(OPEN_TASK_STATUSES) },
      order: { number: 'ASC' },
    });
    if (open.length) {
      throw problem('PHASE_GATE_BLOCKED',
        `${PHASE_LABELS[deployment.phase]} cannot end while ${open.length} required ${open.length === 1 ? 'task is' : 'tasks are'} open: ${open.map((t) => `#${t.number} ${t.title}`).join('; ')}. Complete or waive them first.`,
        { phase: deployment.phase, open: open.map((t) => ({ id: t.id, number: t.number, title: t.title, status: t.status, dueDate: t.dueDate })) });
    }
    deployment.phase = next;
    deployment.phaseEnteredOn = today(ctx.clock);
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}

export function changeDeploymentStatus(ctx: Context, input: ChangeDeploymentStatusInput) {
  return applyMutation(ctx, { operation: 'changeDeploymentStatus', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'changeDeploymentStatus', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { status: input.status },
    });
    if (stale) return stale;
    if (!DEPLOYMENT_STATUS_TRANSITIONS[deployment.status].includes(input.status)) {
      const allowed = DEPLOYMENT_STATUS_TRANSITIONS[deployment.status];
      throw invalidTransition('Deployment', deployment.id, deployment.status, input.status,
        allowed.length ? `from ${statusWords('Deployment', deployment.status)} it can become ${statusList('Deployment', allowed)}.` : `${statusWords('Deployment', deployment.status)} is final.`);
    }
    deployment.status = input.status;
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}
