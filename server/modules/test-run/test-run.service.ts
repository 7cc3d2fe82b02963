import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, invalidTransition, notConfigured, notFound, statusWords } from '../../graphql/errors';
import { isPostgresSource } from '../../db/data-source';
import { instantFieldProblems } from '../../graphql/date-bounds';
import { validationProblems } from '../../graphql/validation';
import { Deployment, DeploymentStatus } from '../deployment/deployment.entity';
import { CcporProfile, Organization } from '../organization/organization.entity';
import { applyMutation, applyMutationBatch } from '../sync/replay';
import { photoProblem, SHA256_HEX, uploadedFiles } from '../file/file.service';
import { findWhereIn, insertRows, rawQuery } from '../../db/sql';
import { TestCase } from '../test-plan/test-plan.entity';
import { findCurrentPlan } from '../test-plan/test-plan.service';
import { refreshLatestAttempts, refreshRunCounts } from './run-status';
import { CaseStatus, TestResult, TestResultStatus, TestRun, TestRunPurpose } from './test-run.entity';
import { RecordTestResultInput, RecordTestResultsInput, StartTestRunInput, TestResultItemInput } from './test-run.inputs';
import { RecordTestResultsPayload } from './test-run.types';
import { refuseTakenId } from '../sync/client-id';
import { noteRunRead } from '../audit/audit.subscriber';
import { attemptProblems } from '../../../rules/attempts';
import { IMAGES_ONLY_CASE_REASON } from '../../../rules/labels';

/** Who records the NOT_APPLICABLE attempts a run starts with. */
export const SYSTEM_TESTER = 'system';

const FINISHED: DeploymentStatus[] = [DeploymentStatus.CLOSED, DeploymentStatus.WITHDRAWN];

/** Refuses test work on a deployment that is closed or withdrawn. */
export function refuseFinished(deployment: Pick<Deployment, 'id' | 'status'>, to: string) {
  if (FINISHED.includes(deployment.status)) {
    throw invalidTransition('Deployment', deployment.id, deployment.status, to, `a ${statusWords('Deployment', deployment.status)} deployment takes no more test results.`);
  }
}

export async function getTestRun(ctx: Context, id: string) {
  const run = await ctx.loaders.testRun.load(id);
  if (!run) throw notFound('TestRun', id);
  return run;
}

export function startTestRun(ctx: Context, input: StartTestRunInput) {
  return applyMutation(ctx, { operation: 'startTestRun', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    refuseFinished(deployment, 'tested');
    await refuseTakenId(tx, TestRun, input.id);
    const plan = await findCurrentPlan(tx);
    if (!plan) throw notConfigured('TestPlan', 'No CAT plan is published. An administrator must publish one before a run can start.');
    const now = ctx.clock.now();
    const run = tx.create(TestRun, {
      id: input.id ?? randomUUID(), deploymentId: deployment.id, planId: plan.id, environment: input.environment,
      purpose: input.purpose, startedAt: now, startedBy: ctx.actor.name,
    });
    await tx.insert(TestRun, run);
    // docs/domain.md#court-profiles: for an images-only court the CARPOS cases are NOT_APPLICABLE with that reason, kept
    // in the run and counted as done, never as missing.
    const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
    if (court.ccporProfile === CcporProfile.IMAGES_ONLY) {
      const carpos = await tx.findBy(TestCase, { planId: plan.id, requiresCarpos: true });
      await insertRows(tx, TestResult, carpos.map((c, i) => ({
        id: randomUUID(), runId: run.id, caseId: c.id, status: TestResultStatus.NOT_APPLICABLE, actualResult: null,
        notes: IMAGES_ONLY_CASE_REASON, tester: SYSTEM_TESTER, build: null, testedAt: now, photos: [], mutationId: null,
        sequence: i + 1, recordedAt: now, recordedBy: ctx.actor.name,
      })));
      await refreshLatestAttempts(tx, [run.id]);
    } else {
      // Every case UNTESTED: counted now, so that reports list the run before its first attempt.
      await refreshRunCounts(tx, [run.id]);
    }
    return run;
  });
}

interface LockedRun {
  deployment: Pick<Deployment, 'id' | 'status'>;
  courtProfile: CcporProfile;
  planCases: Pick<TestCase, 'id' | 'key' | 'requiresCarpos'>[];
}

/**
 * What recording attempts needs to know of a run, read with one statement: the run (locked on
 * PostgreSQL, so that concurrent writers to one run queue and number their attempts in turn), its
 * deployment's status, its court's profile and the cases of its plan.
 */
async function lockRun(tx: EntityManager, runId: string): Promise<LockedRun> {
  const rows = await rawQuery<{ deploymentId: string; purpose: TestRunPurpose; status: DeploymentStatus; ccporProfile: CcporProfile; caseId: string | null; caseKey: string; requiresCarpos: boolean | number }>(tx, `
    SELECT r."deploymentId", r.purpose, d.status, o."ccporProfile", c.id AS "caseId", c.key AS "caseKey", c."requiresCarpos"
    FROM test_run r
    JOIN deployment d ON d.id = r."deploymentId"
    JOIN organization o ON o.id = d."courtId"
    LEFT JOIN test_case c ON c."planId" = r."planId"
    WHERE r.id = :runId${isPostgresSource(tx) ? ' FOR UPDATE OF r' : ''}`, { runId });
  if (!rows.length) throw notFound('TestRun', runId);
  const [first] = rows;
  noteRunRead(tx, runId, { deploymentId: first.deploymentId, purpose: first.purpose });
  return {
    deployment: { id: first.deploymentId, status: first.status },
    courtProfile: first.ccporProfile,
    planCases: rows.flatMap((r) => (r.caseId ? [{ id: r.caseId, key: r.caseKey, requiresCarpos: !!r.requiresCarpos }] : [])),
  };
}

/**
 * Validates and records attempts of one run, the same way for one result and for a device's whole
 * sync: each item is answered with its attempt or its coded error, and only valid items are
 * written (with a few statements, whatever the number of items).
 */
async function recordAttempts(tx: EntityManager, ctx: Context, runId: string, items: TestResultItemInput[]): Promise<(TestResult | GraphQLError)[]> {
  const { deployment, courtProfile, planCases } = await lockRun(tx, runId);
  refuseFinished(deployment, 'tested');
  const cases = new Set(planCases.map((c) => c.id));
  // docs/domain.md#court-profiles: on an images-only court a CARPOS case takes no result but NOT_APPLICABLE.
  const notApplicable = new Map(courtProfile === CcporProfile.IMAGES_ONLY ? planCases.filter((c) => c.requiresCarpos).map((c) => [c.id, c.key]) : []);
  const givenIds = items.map((i) => i.id).filter((id): id is string => !!id);
  const taken = new Set((await findWhereIn(tx, TestResult, 'id', givenIds, { id: true })).map((r) => r.id));
  // A photo must be uploaded before the attempt naming it (the outbox does so), else the record shows a hole.
  const uploaded = await uploadedFiles(ctx, tx, items.flatMap((i) => i.photos ?? []));
  const now = ctx.clock.now();
  const [{ last }] = await rawQuery<{ last: number | null }>(tx, 'SELECT MAX(sequence) AS last FROM test_result WHERE "runId" = :runId', { runId });
  let sequence = Number(last ?? 0);
  const rows: TestResult[] = [];
  const answers = items.map((item) => {
    // Checked here, not by the input's decorators, so a bulk item is refused on its own.
    const problems = [...validationProblems(item), ...attemptProblems(item)];
    if (!cases.has(item.caseId)) problems.push({ field: 'caseId', message: 'is not a case of the CAT plan version this run follows.' });
    if (item.id && taken.has(item.id)) problems.push({ field: 'id', message: 'already identifies another attempt; generate a new UUID.' });
    problems.push(...instantFieldProblems(ctx, 'testedAt', item.testedAt));
    (item.photos ?? []).forEach((sha256, j) => {
      const problem = SHA256_HEX.test(sha256) ? photoProblem(uploaded, sha256) : null;
      if (problem) problems.push({ field: `photos[${j}]`, message: problem });
    });
    if (problems.length) return badInput(problems);
    if (notApplicable.has(item.caseId) && item.status !== TestResultStatus.NOT_APPLICABLE) {
      return invalidTransition('TestCase', item.caseId, CaseStatus.NOT_APPLICABLE, item.status,
        `case ${notApplicable.get(item.caseId)} needs CARPOS transmission, which does not apply to an images-only court. Change the court's profile if it now sends order data.`);
    }
    const attempt = tx.create(TestResult, {
      id: item.id ?? randomUUID(), runId, caseId: item.caseId, status: item.status,
      actualResult: item.actualResult?.trim() || null, notes: item.notes?.trim() || null, tester: item.tester.trim(),
      build: item.build?.trim() || null, testedAt: item.testedAt ?? now, photos: item.photos ?? [],
      mutationId: item.mutationId ?? null, sequence: (sequence += 1), recordedAt: now, recordedBy: ctx.actor.name,
    });
    taken.add(attempt.id);
    rows.push(attempt);
    return attempt;
  });
  await insertRows(tx, TestResult, rows);
  await refreshLatestAttempts(tx, [runId], [...new Set(rows.map((r) => r.caseId))]);
  return answers;
}

export function recordTestResult(ctx: Context, input: RecordTestResultInput) {
  return applyMutation(ctx, { operation: 'recordTestResult', input }, async (tx) => {
    const [answer] = await recordAttempts(tx, ctx, input.runId, [input]);
    if (answer instanceof GraphQLError) throw answer;
    return answer;
  });
}

/**
 * A device's results in one request: each item is recordTestResult under its own mutationId
 * (same validation, same stored outcome), all in one transaction.
 */
export async function recordTestResults(ctx: Context, input: RecordTestResultsInput): Promise<RecordTestResultsPayload> {
  const items = input.results.map((item) => Object.assign(new RecordTestResultInput(), item, { runId: input.runId }));
  const outcomes = await applyMutationBatch(ctx, 'recordTestResult', items, (tx, fresh) => recordAttempts(tx, ctx, input.runId, fresh));
  const results = outcomes.map((o, i) => ({
    mutationId: items[i].mutationId ?? null,
    attempt: o.result,
    replayed: o.replayed,
    error: o.error ? { code: String(o.error.extensions.code), message: o.error.message, details: (o.error.extensions.details as Record<string, unknown>) ?? null } : null,
  }));
  return {
    results,
    applied: results.filter((r) => r.attempt && !r.replayed).length,
    replayed: results.filter((r) => r.replayed).length,
    refused: results.filter((r) => r.error).length,
  };
}
