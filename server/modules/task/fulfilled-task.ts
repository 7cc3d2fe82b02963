import { EntityManager } from 'typeorm';
import { badInput } from '../../graphql/errors';
import type { Context } from '../../graphql/context';
import { Deployment } from '../deployment/deployment.entity';
import { Task } from './task.entity';
import { completeWithEvidence } from './task.service';

/**
 * Checks that a record (meeting, document, …) can be filed against the task it fulfils: one of the
 * deployment's own (that the deployment exists, the scope check has said).
 */
export async function resolveFulfilledTask(
  tx: EntityManager, ctx: Context, deploymentId: string, taskId: string | null | undefined, defaultKey: string | null,
): Promise<{ deployment: Deployment; task: Task | null }> {
  const deployment = await tx.findOneByOrFail(Deployment, { id: deploymentId });
  if (taskId) {
    const task = await tx.findOneBy(Task, { id: taskId, deploymentId });
    if (!task) throw badInput([{ field: 'taskId', message: 'is not a task of this deployment.' }]);
    return { deployment, task };
  }
  return { deployment, task: defaultKey ? await tx.findOneBy(Task, { deploymentId, key: defaultKey }) : null };
}

export const fulfil = (tx: EntityManager, ctx: Context, task: Task | null, evidence: string) =>
  task ? completeWithEvidence(tx, ctx, task.id, evidence) : Promise.resolve(null);
