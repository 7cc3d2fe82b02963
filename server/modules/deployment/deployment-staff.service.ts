import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, type FieldProblem } from '../../graphql/errors';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { FIELD_WORK, PLANNERS } from '../access/roles';
import { Role, User } from '../user/user.entity';
import { Deployment } from './deployment.entity';
import { noteChange } from '../audit/audit.subscriber';
import { AssignDeploymentStaffInput } from './deployment-staff.inputs';

/** Active CCPOR team members who may lead or visit a deployment, by name. */
export function assignableStaff(ctx: Context) {
  return ctx.db.manager.find(User, { where: { active: true, role: In([...FIELD_WORK]) }, order: { displayName: 'ASC' } });
}

export function assignDeploymentStaff(ctx: Context, input: AssignDeploymentStaffInput) {
  return applyMutation(ctx, { operation: 'assignDeploymentStaff', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'assignDeploymentStaff', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { coordinatorId: input.coordinatorId ?? null, fieldStaffIds: input.fieldStaffIds },
    });
    if (stale) return stale;
    const staff = await checkStaff(tx, input.coordinatorId, input.fieldStaffIds);
    const before = (await tx.createQueryBuilder().relation(Deployment, 'fieldStaff').of(deployment.id).loadMany<User>()).map((u) => u.id).sort();
    const after = staff.map((u) => u.id).sort();
    deployment.coordinatorId = input.coordinatorId ?? null;
    deployment.fieldStaff = staff;
    deployment.updatedBy = ctx.actor.name;
    const version = deployment.version;
    const saved = await tx.save(deployment);
    if (before.join() === after.join()) return saved;
    // Who is assigned lives in a join table, which neither TypeORM's events nor its version see as a
    // change of the deployment: it is noted here, and the query builder's update moves the version,
    // so that an edit based on the assignment before conflicts.
    noteChange(tx.queryRunner, tx.connection.getMetadata(Deployment), deployment.id, { fieldStaffIds: before }, { fieldStaffIds: after });
    if (saved.version !== version) return saved;
    await tx.update(Deployment, { id: deployment.id }, { updatedBy: ctx.actor.name });
    return tx.findOneByOrFail(Deployment, { id: deployment.id });
  });
}

/**
 * The field staff users for a deployment, after checking that the coordinator is an active
 * COORDINATOR or ADMIN and every field staff id an active FIELD_STAFF user (else BAD_USER_INPUT).
 */
export async function checkStaff(tx: EntityManager, coordinatorId: string | null | undefined, fieldStaffIds: string[]): Promise<User[]> {
  const ids = [...new Set(fieldStaffIds)];
  const staff = ids.length ? await tx.findBy(User, { id: In(ids), role: Role.FIELD_STAFF, active: true }) : [];
  const missing = ids.filter((id) => !staff.some((u) => u.id === id)).length;
  const problems: FieldProblem[] = missing ? [{ field: 'fieldStaffIds', message: `${missing === 1 ? 'names someone who is' : `names ${missing} people who are`} not active field staff.` }] : [];
  if (coordinatorId) {
    const coordinator = await tx.findOneBy(User, { id: coordinatorId, active: true });
    if (!coordinator || !PLANNERS.includes(coordinator.role)) problems.push({ field: 'coordinatorId', message: `${coordinator ? `${coordinator.displayName} is not` : 'is not'} an active coordinator or administrator.` });
  }
  if (problems.length) throw badInput(problems);
  return staff;
}
