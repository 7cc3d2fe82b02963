import type { Context } from '../../graphql/context';
import { invalidTransition, problem } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { Deployment, DeploymentStatus } from './deployment.entity';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { Task } from '../task/task.entity';
import { markDone, settleWaitingTasks } from '../task/task.service';
import { GoLiveInput } from './go-live.inputs';
import { computeReadiness } from '../readiness/readiness.service';
import { ReadinessStatus } from '../readiness/readiness.types';

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
    const readiness = (await computeReadiness(tx, [deployment], now)).get(deployment.id)!;
    if (readiness.status === ReadinessStatus.NO_GO) {
      throw problem('NOT_READY',
        `The deployment is not ready to go live: ${readiness.blockers.map((b) => `${b.what} (${b.party})`).join('; ')}. Clear these blockers first.`,
        { blockers: readiness.blockers });
    }
    // The milestone is the goLive action's alone (task.service refuses to complete it by hand);
    // readiness GO stands in for its prerequisite, the court's validation of readiness.
    const milestone = await tx.findOneByOrFail(Task, { deploymentId: deployment.id, key: 'GO_LIVE' });
    markDone(ctx, milestone);
    milestone.evidence = `Went live on ${now} with readiness GO`;
    await tx.save(milestone);
    await settleWaitingTasks(tx, ctx, deployment.id);
    deployment.actualGoLive = now;
    deployment.status = DeploymentStatus.LIVE;
    deployment.phase = Phase.POST_GO_LIVE;
    deployment.phaseEnteredOn = now;
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}
