import { randomUUID } from 'node:crypto';
import { EntityManager, In, Not } from 'typeorm';
import type { Context } from '../../graphql/context';
import { deny } from '../access/auth-checker';
import { badInput, invalidTransition, problem, statusList, statusWords } from '../../graphql/errors';
import { excerpt, INCIDENT_SEVERITY_LABELS } from '../../../rules/labels';
import { instantFieldProblems } from '../../graphql/date-bounds';
import { INCIDENT_TRANSITIONS } from '../../../rules/transitions';
import { today } from '../../shared/clock';
import { Deployment, DeploymentStatus } from '../deployment/deployment.entity';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { Task } from '../task/task.entity';
import { completeWithEvidence } from '../task/task.service';
import { CLOSE_OUT_BLOCKING_SEVERITIES, CloseOut, Incident, IncidentStatus, SETTLED_INCIDENT_STATUSES } from './incident.entity';
import { ApproveCloseOutInput, ReportIncidentInput, UpdateIncidentInput } from './incident.inputs';
import { refuseTakenId } from '../sync/client-id';
import { Organization } from '../organization/organization.entity';
import { MailKind } from '../mail/mail.entity';
import { partnersOf, queueMail, teamOf } from '../mail/outbox';
import { formatDate } from '../../../rules/dates';
import { californiaDate } from '../../shared/dates';

/** Both sides hear of an incident reported or resolved: the court's and its LEAs' partners, and the coordinator and field staff. */
async function mailIncident(tx: EntityManager, ctx: Context, incident: Incident, resolved: boolean) {
  const deployment = await tx.findOneByOrFail(Deployment, { id: incident.deploymentId });
  const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
  const what = `the ${incident.severity} incident of ${court.name} reported on ${formatDate(californiaDate(incident.reportedAt))}`;
  await queueMail(tx, ctx, [...await partnersOf(tx, deployment.id), ...await teamOf(tx, deployment.id)], {
    kind: MailKind.INCIDENT,
    subject: `Incident ${resolved ? 'resolved' : 'reported'} (${incident.severity}): ${court.name}`,
    action: resolved ? `Check that it holds: ${what} is resolved.` : `Look into ${what}.`,
    route: `/deployments/${deployment.id}/incidents`,
    lines: [`Severity: ${INCIDENT_SEVERITY_LABELS[incident.severity]}`, `${resolved ? 'Resolved' : 'Reported'} by: ${resolved ? ctx.actor.name : incident.reportedBy}`],
  });
}

export function reportIncident(ctx: Context, input: ReportIncidentInput) {
  return applyMutation(ctx, { operation: 'reportIncident', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    if (!deployment.actualGoLive) {
      throw invalidTransition('Deployment', deployment.id, deployment.status, 'given incidents', 'incidents are reported after go-live; before it, raise a defect from a test attempt.');
    }
    await refuseTakenId(tx, Incident, input.id);
    const problems = instantFieldProblems(ctx, 'reportedAt', input.reportedAt);
    if (problems.length) throw badInput(problems);
    const incident = tx.create(Incident, {
      id: input.id ?? randomUUID(), deploymentId: deployment.id, severity: input.severity, status: IncidentStatus.OPEN,
      description: input.description.trim(), reportedBy: input.reportedBy.trim(), reportedAt: input.reportedAt ?? ctx.clock.now(),
      resolution: null, resolvedAt: null, updatedBy: ctx.actor.name,
    });
    const saved = await tx.save(incident);
    await mailIncident(tx, ctx, saved, false);
    return saved;
  });
}

export function updateIncident(ctx: Context, input: UpdateIncidentInput) {
  return applyMutation(ctx, { operation: 'updateIncident', input }, (tx) => applyUpdateIncident(tx, ctx, input));
}

/** The update itself, also run when a person resolves its conflict by keeping their values or merging. */
export async function applyUpdateIncident(tx: EntityManager, ctx: Context, input: UpdateIncidentInput): Promise<Incident | Refusal> {
  const incident = await loadForUpdate(tx, Incident, input.incidentId, 'Incident');
  const attempted: Record<string, unknown> = { status: input.status };
  if (input.severity) attempted.severity = input.severity;
  if (input.resolution !== undefined) attempted.resolution = input.resolution;
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'updateIncident', mutationId: input.mutationId, baseVersion: input.baseVersion, record: incident,
    deploymentId: incident.deploymentId, attempted,
  });
  if (stale) return stale;
  if (input.status !== incident.status && !INCIDENT_TRANSITIONS[incident.status].includes(input.status)) {
    const allowed = INCIDENT_TRANSITIONS[incident.status];
    throw invalidTransition('Incident', incident.id, incident.status, input.status, allowed.length ? `from ${statusWords('Incident', incident.status)} it can become ${statusList('Incident', allowed)}.` : 'closed is final.');
  }
  const resolves = input.status === IncidentStatus.RESOLVED && incident.status !== IncidentStatus.RESOLVED;
  if (input.status !== incident.status) {
    incident.resolvedAt = input.status === IncidentStatus.RESOLVED ? ctx.clock.now() : input.status === IncidentStatus.CLOSED ? incident.resolvedAt : null;
  }
  incident.status = input.status;
  if (input.severity) incident.severity = input.severity;
  if (input.resolution !== undefined) incident.resolution = input.resolution?.trim() ?? null;
  incident.updatedBy = ctx.actor.name;
  const saved = await tx.save(incident);
  if (resolves) await mailIncident(tx, ctx, saved, true);
  return saved;
}

/**
 * The court's approval of close-out (docs/domain.md#incidents-and-close-out): refused while a SEV1 or SEV2 incident is neither
 * RESOLVED nor CLOSED; completes the close-out task and the deployment (CLOSED).
 */
export function approveCloseOut(ctx: Context, input: ApproveCloseOutInput) {
  return applyMutation(ctx, { operation: 'approveCloseOut', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'approveCloseOut', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { status: DeploymentStatus.CLOSED },
    });
    if (stale) return stale;
    // Close-out is the court's approval: only a person of the deployment's court gives it.
    if (ctx.actor.organizationId !== deployment.courtId) deny(ctx, 'approve the close-out', 'only the court of this deployment approves its close-out.');
    if (deployment.status !== DeploymentStatus.LIVE) {
      throw invalidTransition('Deployment', deployment.id, deployment.status, DeploymentStatus.CLOSED, 'only a live deployment can be closed out.');
    }
    const open = await tx.find(Incident, {
      where: { deploymentId: deployment.id, severity: In(CLOSE_OUT_BLOCKING_SEVERITIES), status: Not(In(SETTLED_INCIDENT_STATUSES)) },
      order: { reportedAt: 'ASC' },
    });
    if (open.length) {
      throw problem('INVALID_TRANSITION',
        `The deployment cannot be closed out while ${open.map((i) => `the ${INCIDENT_SEVERITY_LABELS[i.severity].split(' – ')[0]} incident “${excerpt(i.description, 60)}” is ${statusWords('Incident', i.status)}`).join('; ')}. Resolve ${open.length === 1 ? 'it' : 'them'} first.`,
        {
          noun: 'Deployment', id: deployment.id, from: deployment.status, to: DeploymentStatus.CLOSED,
          openIncidents: open.map((i) => ({ id: i.id, severity: i.severity, status: i.status, reportedAt: i.reportedAt.toISOString() })),
        });
    }
    const now = today(ctx.clock);
    await tx.insert(CloseOut, {
      deploymentId: deployment.id, approvedBy: input.approvedBy.trim(), approverRole: input.approverRole.trim(),
      statement: input.statement?.trim() ?? null, approvedOn: now, recordedBy: ctx.actor.name,
    });
    const task = await tx.findOneByOrFail(Task, { deploymentId: deployment.id, key: 'APPROVAL_CLOSE_OUT' });
    await completeWithEvidence(tx, ctx, task.id, `Close-out approved by ${input.approvedBy.trim()} on ${formatDate(now)}`);
    deployment.status = DeploymentStatus.CLOSED;
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}
