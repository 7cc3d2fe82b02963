import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, invalidTransition, statusList, statusWords } from '../../graphql/errors';
import { DEFECT_TRANSITIONS } from '../../../rules/transitions';
import { Deployment } from '../deployment/deployment.entity';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { TestResult, TestResultStatus, TestRun } from '../test-run/test-run.entity';
import { refuseFinished } from '../test-run/test-run.service';
import { Defect, DefectStatus } from './defect.entity';
import { RaiseDefectInput, UpdateDefectInput } from './defect.inputs';
import { refuseTakenId } from '../sync/client-id';

/** Loads attempts to link (each one the caller may see, said the scope check), refusing attempts of another run. */
async function attemptsOfRun(tx: EntityManager, ids: string[], runId: string | null): Promise<TestResult[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const attempts = await tx.findBy(TestResult, { id: In(unique) });
  const run = runId ?? attempts[0].runId;
  if (attempts.some((a) => a.runId !== run)) throw badInput([{ field: 'attemptIds', message: `every attempt must belong to run ${run}.` }]);
  return attempts;
}

export function raiseDefect(ctx: Context, input: RaiseDefectInput) {
  return applyMutation(ctx, { operation: 'raiseDefect', input }, async (tx) => {
    const attempts = await attemptsOfRun(tx, input.attemptIds, null);
    if (!attempts.some((a) => a.status === TestResultStatus.FAILED)) {
      throw badInput([{ field: 'attemptIds', message: 'a defect is raised from a FAILED attempt; include at least one.' }]);
    }
    await refuseTakenId(tx, Defect, input.id);
    const run = await tx.findOneByOrFail(TestRun, { id: attempts[0].runId });
    const deployment = await tx.findOneByOrFail(Deployment, { id: run.deploymentId });
    refuseFinished(deployment, 'given defects');
    const now = ctx.clock.now();
    return tx.save(tx.create(Defect, {
      id: input.id ?? randomUUID(), deploymentId: deployment.id, runId: run.id, title: input.title.trim(),
      description: input.description.trim(), severity: input.severity, status: DefectStatus.OPEN, note: null,
      fixedInBuild: null, raisedAt: now, raisedBy: ctx.actor.name, updatedBy: ctx.actor.name, attempts,
    }));
  });
}

export function updateDefect(ctx: Context, input: UpdateDefectInput) {
  return applyMutation(ctx, { operation: 'updateDefect', input }, (tx) => applyUpdateDefect(tx, ctx, input));
}

/** The update itself, also run when a person resolves its conflict by keeping their values or merging. */
export async function applyUpdateDefect(tx: EntityManager, ctx: Context, input: UpdateDefectInput): Promise<Defect | Refusal> {
  const defect = await loadForUpdate(tx, Defect, input.defectId, 'Defect');
  const attempted: Record<string, unknown> = { status: input.status };
  if (input.note !== undefined) attempted.note = input.note;
  if (input.fixedInBuild !== undefined) attempted.fixedInBuild = input.fixedInBuild;
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'updateDefect', mutationId: input.mutationId, baseVersion: input.baseVersion, record: defect,
    deploymentId: defect.deploymentId, attempted,
  });
  if (stale) return stale;
  if (input.status !== defect.status && !DEFECT_TRANSITIONS[defect.status].includes(input.status)) {
    throw invalidTransition('Defect', defect.id, defect.status, input.status,
      `from ${statusWords('Defect', defect.status)} it can become ${statusList('Defect', DEFECT_TRANSITIONS[defect.status])}.`);
  }
  refuseFinished(await tx.findOneByOrFail(Deployment, { id: defect.deploymentId }), 'given defect changes');
  const link = await attemptsOfRun(tx, input.attemptIds, defect.runId);
  if (link.length) {
    const linked = await tx.createQueryBuilder().select('da."attemptId"', 'attemptId').from('defect_attempt', 'da')
      .where('da."defectId" = :id', { id: defect.id }).getRawMany<{ attemptId: string }>();
    const fresh = link.filter((a) => !linked.some((l) => l.attemptId === a.id));
    if (fresh.length) await tx.createQueryBuilder().insert().into('defect_attempt').values(fresh.map((a) => ({ defectId: defect.id, attemptId: a.id }))).execute();
  }
  defect.status = input.status;
  if (input.note !== undefined) defect.note = input.note?.trim() ?? null;
  if (input.fixedInBuild !== undefined) defect.fixedInBuild = input.fixedInBuild?.trim() ?? null;
  defect.updatedBy = ctx.actor.name;
  return tx.save(defect);
}
