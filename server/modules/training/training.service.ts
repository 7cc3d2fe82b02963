import { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import type { MutationName } from '../../../rules/mutation-names';
import { badInput, invalidTransition } from '../../graphql/errors';
import { isIsoDate } from '../../shared/dates';
import { Deployment } from '../deployment/deployment.entity';
import { refuseTakenId } from '../sync/client-id';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { refuseDatesOutOfBounds } from '../../graphql/date-bounds';
import { fulfil } from '../task/fulfilled-task';
import { Task } from '../task/task.entity';
import { Organization } from '../organization/organization.entity';
import { MailKind } from '../mail/mail.entity';
import { partnersOf, queueMail } from '../mail/outbox';
import { TRAINING_AUDIENCE_LABELS, TRAINING_MODE_LABELS, TRAINING_MODULE_LABELS } from '../../../rules/labels';
import { formatDate } from '../../../rules/dates';
import { Attendee, TrainingSession, TrainingStatus } from './training.entity';
import { RecordTrainingHeldInput, ScheduleTrainingInput, UpdateTrainingSessionInput } from './training.inputs';

const attendeesOf = (list: { name: string; role: string }[]): Attendee[] => list.map((a) => ({ name: a.name.trim(), role: a.role.trim() }));

/** The court's and its LEAs' partners are asked to plan for a scheduled training. */
async function mailTrainingScheduled(tx: EntityManager, ctx: Context, deployment: Deployment, session: TrainingSession) {
  const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
  const what = `${TRAINING_AUDIENCE_LABELS[session.audience]} training (${TRAINING_MODULE_LABELS[session.module]})`;
  await queueMail(tx, ctx, await partnersOf(tx, deployment.id), {
    kind: MailKind.TRAINING_SCHEDULED,
    subject: `Training scheduled on ${formatDate(session.scheduledOn)}: ${court.name}`,
    action: `Plan who attends: ${what} for ${court.name} is scheduled on ${formatDate(session.scheduledOn)}.`,
    route: `/deployments/${deployment.id}`,
    lines: [`Mode: ${TRAINING_MODE_LABELS[session.mode]}`, `Trainer: ${session.trainer}`],
  });
}

export function scheduleTraining(ctx: Context, input: ScheduleTrainingInput) {
  return applyMutation(ctx, { operation: 'scheduleTraining', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    await refuseTakenId(tx, TrainingSession, input.id);
    refuseDatesOutOfBounds(ctx, [{ field: 'scheduledOn', kind: input.held ? 'happened' : 'planned', date: input.scheduledOn }]);
    const session = await tx.save(tx.create(TrainingSession, {
      ...(input.id ? { id: input.id } : {}), deploymentId: deployment.id, scheduledOn: input.scheduledOn, mode: input.mode, module: input.module,
      audience: input.audience, trainer: input.trainer.trim(), attendees: attendeesOf(input.attendees),
      status: input.held ? TrainingStatus.HELD : TrainingStatus.PLANNED, heldOn: input.held ? input.scheduledOn : null,
      notes: input.notes ?? null, recordedBy: ctx.actor.name, updatedBy: ctx.actor.name,
    }));
    // A session entered after it was held (docs/domain.md#training) is not announced; it completes its task as holding one does.
    if (input.held) await fulfilTraining(tx, ctx, session);
    else await mailTrainingScheduled(tx, ctx, deployment, session);
    return session;
  });
}

async function loadSession(
  tx: EntityManager, ctx: Context, operation: MutationName, input: { sessionId: string; mutationId?: string | null; baseVersion?: number | null },
  attempted: Record<string, unknown>,
): Promise<TrainingSession | Refusal> {
  const session = await loadForUpdate(tx, TrainingSession, input.sessionId, 'TrainingSession');
  const stale = await refuseIfStale(tx, ctx, { operation, mutationId: input.mutationId, baseVersion: input.baseVersion, record: session, deploymentId: session.deploymentId, attempted });
  if (stale) return stale;
  if (session.status !== TrainingStatus.PLANNED) {
    throw invalidTransition('TrainingSession', session.id, session.status, String(attempted.status ?? 'changed'), 'it has already been held.');
  }
  return session;
}

export const updateTrainingSession = (ctx: Context, input: UpdateTrainingSessionInput) =>
  applyMutation(ctx, { operation: 'updateTrainingSession', input }, (tx) => applySessionUpdate(tx, ctx, input));

export async function applySessionUpdate(tx: EntityManager, ctx: Context, input: UpdateTrainingSessionInput): Promise<TrainingSession | Refusal> {
  const attempted: Record<string, unknown> = {};
  for (const key of ['scheduledOn', 'mode', 'module', 'audience', 'trainer', 'attendees'] as const) {
    if (input[key] !== undefined && input[key] !== null) attempted[key] = key === 'attendees' ? attendeesOf(input.attendees!) : input[key];
  }
  if (input.notes !== undefined) attempted.notes = input.notes;
  const session = await loadSession(tx, ctx, 'updateTrainingSession', input, attempted);
  if (session instanceof Refusal) return session;
  if (typeof attempted.scheduledOn === 'string' && !isIsoDate(attempted.scheduledOn)) {
    throw badInput([{ field: 'scheduledOn', message: 'must be a date (YYYY-MM-DD).' }]);
  }
  refuseDatesOutOfBounds(ctx, [{ field: 'scheduledOn', kind: 'planned', date: input.scheduledOn }]);
  Object.assign(session, attempted, { updatedBy: ctx.actor.name });
  return tx.save(session);
}

export const recordTrainingHeld = (ctx: Context, input: RecordTrainingHeldInput) =>
  applyMutation(ctx, { operation: 'recordTrainingHeld', input }, (tx) => applyTrainingHeld(tx, ctx, input));

/** Holding the planned training completes the CCPOR training task, obeying its prerequisites. */
export async function applyTrainingHeld(tx: EntityManager, ctx: Context, input: RecordTrainingHeldInput): Promise<TrainingSession | Refusal> {
  const attempted: Record<string, unknown> = { status: TrainingStatus.HELD, heldOn: input.heldOn };
  if (input.attendees) attempted.attendees = attendeesOf(input.attendees);
  if (input.notes !== undefined) attempted.notes = input.notes;
  const session = await loadSession(tx, ctx, 'recordTrainingHeld', input, attempted);
  if (session instanceof Refusal) return session;
  if (!isIsoDate(input.heldOn)) throw badInput([{ field: 'heldOn', message: 'must be a date (YYYY-MM-DD).' }]);
  refuseDatesOutOfBounds(ctx, [{ field: 'heldOn', kind: 'happened', date: input.heldOn }]);
  Object.assign(session, attempted, { updatedBy: ctx.actor.name });
  const saved = await tx.save(session);
  await fulfilTraining(tx, ctx, saved);
  return saved;
}

/** A held session completes the CCPOR training task, obeying its prerequisites. */
async function fulfilTraining(tx: EntityManager, ctx: Context, session: TrainingSession) {
  const task = await tx.findOneBy(Task, { deploymentId: session.deploymentId, key: 'CCPOR_TRAINING' });
  const what = `${TRAINING_AUDIENCE_LABELS[session.audience]} training (${TRAINING_MODULE_LABELS[session.module].toLowerCase()}, ${TRAINING_MODE_LABELS[session.mode].toLowerCase()})`;
  await fulfil(tx, ctx, task, `${what} held on ${formatDate(session.heldOn!)}`);
}
