import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { problem } from '../../graphql/errors';
import { formatDate } from '../../../rules/dates';
import { PLANNERS } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { MailKind } from '../mail/mail.entity';
import { queueMail, recipientsById } from '../mail/outbox';
import { Organization } from '../organization/organization.entity';
import { Role, User } from '../user/user.entity';
import { rawQuery } from '../../db/sql';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { OPEN_TASK_STATUSES, Task } from './task.entity';
import { AssignTaskInput } from './task.inputs';
import { requireStatus, requireTaskAccess } from './task.service';

/** Whether a party's tasks are answered by the deployment's court or LEAs (else by the CCPOR team, which chases DOJ and CCTC). */
const isPartnerParty = (party: Party) => party === Party.COURT || party === Party.LEA;

/** The organizations whose people take a court or LEA task: the court, or every participating LEA. */
async function organizationsOf(em: EntityManager, deployment: Deployment, party: Party): Promise<string[]> {
  if (party === Party.COURT) return [deployment.courtId];
  return (await rawQuery<{ organizationId: string }>(em, 'SELECT "organizationId" FROM deployment_lea WHERE "deploymentId" = :id', { id: deployment.id }))
    .map((r) => r.organizationId);
}

/**
 * The people who may take a task (docs/domain.md#named-owners), by name: for a CCPOR-team task (and
 * the DOJ's and CCTC's, which the team chases) the active coordinators and administrators and the
 * field staff assigned to the deployment; for a court or LEA task the active partners of that
 * organization and the deployment's coordinator. A partner chooses among their own organization
 * and the coordinator.
 */
export async function assigneeChoices(em: EntityManager, ctx: Context, task: Task): Promise<User[]> {
  const deployment = await em.findOneByOrFail(Deployment, { id: task.deploymentId });
  let people: User[];
  if (isPartnerParty(task.party)) {
    const orgs = await organizationsOf(em, deployment, task.party);
    const own = ctx.actor.role === Role.PARTNER_USER ? orgs.filter((id) => id === ctx.actor.organizationId) : orgs;
    people = [
      ...own.length ? await em.find(User, { where: { active: true, role: Role.PARTNER_USER, organizationId: In(own) } }) : [],
      ...deployment.coordinatorId ? await em.find(User, { where: { active: true, id: deployment.coordinatorId } }) : [],
    ];
  } else {
    const assigned = (await rawQuery<{ userId: string }>(em, 'SELECT "userId" FROM deployment_field_staff WHERE "deploymentId" = :id', { id: deployment.id }))
      .map((r) => r.userId);
    people = [
      ...await em.find(User, { where: { active: true, role: In([...PLANNERS]) } }),
      ...assigned.length ? await em.find(User, { where: { active: true, role: Role.FIELD_STAFF, id: In(assigned) } }) : [],
    ];
  }
  const unique = new Map(people.map((u) => [u.id, u]));
  return [...unique.values()].sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
}

/** Who may take a task of this party, in words a person acts on. */
async function whoMayTake(em: EntityManager, ctx: Context, task: Task): Promise<string> {
  if (!isPartnerParty(task.party)) {
    return 'a CCPOR-team task goes to a coordinator or an administrator, or to field staff assigned to this deployment (assign them to it first).';
  }
  const deployment = await em.findOneByOrFail(Deployment, { id: task.deploymentId });
  const own = ctx.actor.role === Role.PARTNER_USER ? [ctx.actor.organizationId!] : await organizationsOf(em, deployment, task.party);
  const names = own.length ? (await em.findBy(Organization, { id: In(own) })).map((o) => o.name).sort() : [];
  const of = names.length ? names.join(' or ') : task.party === Party.COURT ? 'the court' : 'a participating LEA';
  return `${task.party === Party.COURT ? 'a court' : 'an LEA'} task goes to an active person of ${of}, or to the deployment’s coordinator.`;
}

/**
 * Names who answers for a task, or clears it; the person named is e-mailed (TASK_ASSIGNED) in the
 * same transaction, unless they assigned it to themselves. Open tasks only; audited as a task change.
 */
export function assignTask(ctx: Context, input: AssignTaskInput) {
  return applyMutation(ctx, { operation: 'assignTask', input }, async (tx) => {
    const assigneeId = input.assigneeId ?? null;
    const task = await loadForUpdate(tx, Task, input.taskId, 'Task');
    await requireTaskAccess(ctx, tx, task);
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'assignTask', mutationId: input.mutationId, baseVersion: input.baseVersion, record: task, deploymentId: task.deploymentId,
      attempted: { assigneeId },
    });
    if (stale) return stale;
    requireStatus(task, OPEN_TASK_STATUSES, 'assigned');
    if (assigneeId === task.assigneeId) return task;
    const assignee = assigneeId ? (await assigneeChoices(tx, ctx, task)).find((u) => u.id === assigneeId) : null;
    if (assigneeId && !assignee) {
      throw problem('ASSIGNEE_NOT_ALLOWED', `The person chosen cannot take task ${task.number} “${task.title}”: ${await whoMayTake(tx, ctx, task)}`, {
        taskId: task.id, assigneeId, party: task.party,
      });
    }
    task.assigneeId = assigneeId;
    task.updatedBy = ctx.actor.name;
    const saved = await tx.save(task);
    if (assignee) await mailAssigned(tx, ctx, saved, assignee);
    return saved;
  });
}

/** The assignee is told what to do and by when, with a link to the deployment's timeline: names, dates and titles only. */
async function mailAssigned(tx: EntityManager, ctx: Context, task: Task, assignee: User) {
  const deployment = await tx.findOneByOrFail(Deployment, { id: task.deploymentId });
  const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
  const due = formatDate(String(task.dueDate).slice(0, 10));
  await queueMail(tx, ctx, await recipientsById(tx, [assignee.id]), {
    kind: MailKind.TASK_ASSIGNED,
    subject: `Task assigned to you: ${task.title}, ${court.name}`,
    action: `Do task ${task.number} “${task.title}” for ${court.name} by ${due}: ${ctx.actor.name} assigned it to you.`,
    route: `/deployments/${deployment.id}`,
    lines: [`Task ${task.number}: ${task.title}`, `Due ${due}`, `Assigned by ${ctx.actor.name}`],
  });
}
