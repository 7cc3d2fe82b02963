import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { today } from '../../shared/clock';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { invalidTransition } from '../../graphql/errors';
import { Deployment } from '../deployment/deployment.entity';
import { CcporProfile } from '../organization/organization.entity';
import { Dependency, DependencyKind, DependencyStatus } from './dependency.entity';
import { UpdateDependencyInput } from './dependency.inputs';
import { addStatusNote } from '../comment/comment.service';

export const updateDependency = (ctx: Context, input: UpdateDependencyInput) =>
  applyMutation(ctx, { operation: 'updateDependency', input }, (tx) => applyDependencyUpdate(tx, ctx, input));

/** The change itself, also re-applied when a person resolves a conflict of it (sync/conflict.service.ts). */
export async function applyDependencyUpdate(tx: EntityManager, ctx: Context, input: UpdateDependencyInput): Promise<Dependency | Refusal> {
  const dependency = await loadForUpdate(tx, Dependency, input.dependencyId, 'Dependency');
  const attempted: Record<string, unknown> = { status: input.status };
  for (const key of ['waitingOn', 'owner', 'externalReference', 'note'] as const) {
    if (input[key] !== undefined) attempted[key] = input[key];
  }
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'updateDependency', mutationId: input.mutationId, baseVersion: input.baseVersion, record: dependency,
    deploymentId: dependency.deploymentId, attempted,
  });
  if (stale) return stale;
  await refuseContradictingProfile(tx, dependency, input.status);
  applyStatus(dependency, input.status, input.waitingOn ?? null, today(ctx.clock));
  if (input.owner !== undefined) dependency.owner = input.owner;
  if (input.externalReference !== undefined) dependency.externalReference = input.externalReference;
  // The note is the reason while not applicable; any other status note joins the dependency's thread.
  dependency.note = dependency.status === DependencyStatus.NOT_APPLICABLE ? (input.note ?? dependency.note) : null;
  if (input.note && dependency.status !== DependencyStatus.NOT_APPLICABLE) await addStatusNote(tx, ctx, dependency, input.note);
  dependency.updatedBy = ctx.actor.name;
  return tx.save(dependency);
}

/** docs/domain.md#court-profiles: the CLETS/CARPOS dependency of an images-only court stays NOT_APPLICABLE. */
async function refuseContradictingProfile(tx: EntityManager, dependency: Dependency, status: DependencyStatus) {
  if (dependency.kind !== DependencyKind.DOJ_CLETS_CARPOS || status === DependencyStatus.NOT_APPLICABLE) return;
  const deployment = await tx.findOneOrFail(Deployment, { where: { id: dependency.deploymentId }, relations: { court: true } });
  if (deployment.court.ccporProfile !== CcporProfile.IMAGES_ONLY) return;
  throw invalidTransition('Dependency', dependency.id, dependency.status, status,
    "CLETS/CARPOS work does not apply to an images-only court. Change the court's profile if it now sends order data.");
}

/** Keeps the dates that waiting and meeting are measured from in step with the status. */
export function applyStatus(dependency: Dependency, status: DependencyStatus, waitingOn: Dependency['waitingOn'], on: string) {
  const waitingChanged = status !== DependencyStatus.WAITING || dependency.status !== DependencyStatus.WAITING || dependency.waitingOn !== waitingOn;
  // A wait that ends with the dependency met is kept as a completed wait (docs/domain.md#go-live-projection).
  if (status === DependencyStatus.MET && dependency.status === DependencyStatus.WAITING) {
    dependency.waitedOn = dependency.waitingOn;
    dependency.waitedSince = dependency.waitingSince;
  } else if (status !== DependencyStatus.MET) {
    dependency.waitedOn = null;
    dependency.waitedSince = null;
  }
  if (status === DependencyStatus.WAITING) {
    if (waitingChanged) dependency.waitingSince = on;
    dependency.waitingOn = waitingOn;
  } else {
    dependency.waitingOn = null;
    dependency.waitingSince = null;
  }
  if (status !== DependencyStatus.NOT_STARTED && !dependency.startedOn) dependency.startedOn = on;
  dependency.metOn = status === DependencyStatus.MET ? (dependency.metOn ?? on) : null;
  dependency.status = status;
}
