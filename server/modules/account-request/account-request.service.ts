import { EntityManager } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, invalidTransition, statusList, statusWords } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { Dependency, DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { applyStatus } from '../dependency/dependency.service';
import { Deployment } from '../deployment/deployment.entity';
import { refuseTakenId } from '../sync/client-id';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { fulfil } from '../task/fulfilled-task';
import { Task } from '../task/task.entity';
import { ACCOUNT_TRANSITIONS, AccountRequest, AccountRequestStatus, SETTLED_ACCOUNT_STATUSES } from './account-request.entity';
import { ChangeAccountRequestStatusInput, RequestAccountInput } from './account-request.inputs';

export function requestAccount(ctx: Context, input: RequestAccountInput) {
  return applyMutation(ctx, { operation: 'requestAccount', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    const [{ n }] = await rawQuery<{ n: number }>(tx,
      'SELECT COUNT(*) AS n FROM deployment_lea WHERE "deploymentId" = :deploymentId AND "organizationId" = :organizationId',
      { deploymentId: deployment.id, organizationId: input.organizationId });
    if (input.organizationId !== deployment.courtId && !Number(n)) {
      throw badInput([{ field: 'organizationId', message: 'must be the deployment’s court or one of its participating LEAs.' }]);
    }
    await refuseTakenId(tx, AccountRequest, input.id);
    const request = await tx.save(tx.create(AccountRequest, {
      ...(input.id ? { id: input.id } : {}), deploymentId: deployment.id, organizationId: input.organizationId, personName: input.personName.trim(),
      email: input.email.trim().toLowerCase(), ccporRole: input.ccporRole, sealedOrders: input.sealedOrders, status: AccountRequestStatus.REQUESTED,
      rejectionReason: null, requestedBy: ctx.actor.name, updatedBy: ctx.actor.name,
    }));
    await syncUserAccess(tx, ctx, deployment.id);
    return request;
  });
}

export const changeAccountRequestStatus = (ctx: Context, input: ChangeAccountRequestStatusInput) =>
  applyMutation(ctx, { operation: 'changeAccountRequestStatus', input }, (tx) => applyStatusChange(tx, ctx, input));

export async function applyStatusChange(tx: EntityManager, ctx: Context, input: ChangeAccountRequestStatusInput): Promise<AccountRequest | Refusal> {
  const request = await loadForUpdate(tx, AccountRequest, input.requestId, 'AccountRequest');
  const attempted: Record<string, unknown> = { status: input.status };
  if (input.status === AccountRequestStatus.REJECTED) attempted.rejectionReason = input.reason ?? null;
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'changeAccountRequestStatus', mutationId: input.mutationId, baseVersion: input.baseVersion, record: request,
    deploymentId: request.deploymentId, attempted,
  });
  if (stale) return stale;
  if (!ACCOUNT_TRANSITIONS[request.status].includes(input.status)) {
    const allowed = ACCOUNT_TRANSITIONS[request.status];
    throw invalidTransition('AccountRequest', request.id, request.status, input.status, allowed.length ? `from ${statusWords('AccountRequest', request.status)} it can only become ${statusList('AccountRequest', allowed)}.` : `${statusWords('AccountRequest', request.status)} is final.`);
  }
  if (input.status === AccountRequestStatus.REJECTED && !input.reason?.trim()) {
    throw badInput([{ field: 'reason', message: 'say why the account is rejected (3 to 500 characters).' }]);
  }
  Object.assign(request, { ...attempted, rejectionReason: input.status === AccountRequestStatus.REJECTED ? input.reason!.trim() : null, updatedBy: ctx.actor.name });
  const saved = await tx.save(request);
  await syncUserAccess(tx, ctx, request.deploymentId);
  return saved;
}

/**
 * The user & court profiles and access dependency is met when every account request is ACTIVE or
 * REJECTED, which also completes the account set-up task; a new request reopens the dependency.
 * A dependency marked NOT_APPLICABLE by a person is left alone.
 */
async function syncUserAccess(tx: EntityManager, ctx: Context, deploymentId: string) {
  const [{ total, settled }] = await rawQuery<{ total: number; settled: number }>(tx,
    `SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN status IN (:...settled) THEN 1 ELSE 0 END), 0) AS settled
     FROM account_request WHERE "deploymentId" = :deploymentId`, { settled: SETTLED_ACCOUNT_STATUSES, deploymentId });
  const allSettled = Number(total) > 0 && Number(total) === Number(settled);
  const dependency = await tx.findOneBy(Dependency, { deploymentId, kind: DependencyKind.USER_PROFILES_ACCESS });
  if (dependency && dependency.status !== DependencyStatus.NOT_APPLICABLE) {
    const target = allSettled ? DependencyStatus.MET
      : (dependency.status === DependencyStatus.NOT_STARTED || dependency.status === DependencyStatus.MET) ? DependencyStatus.IN_PROGRESS : dependency.status;
    if (target !== dependency.status) {
      applyStatus(dependency, target, dependency.waitingOn, today(ctx.clock));
      dependency.updatedBy = ctx.actor.name;
      await tx.save(dependency);
    }
  }
  if (allSettled) {
    const task = await tx.findOneBy(Task, { deploymentId, key: 'ACCOUNT_SET_UPS' });
    await fulfil(tx, ctx, task, `Every CCPOR account request is active or rejected (${total} requests)`);
  }
}
