import { randomUUID } from 'node:crypto';
import { IsNull, Not, In, type EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { findWhereIn, insertRows, rawQuery } from '../../db/sql';
import { today } from '../../shared/clock';
import { INACTIVE_DEPLOYMENT_STATUSES } from '../../../rules/statuses';
import { Dependency, DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { applyStatus } from '../dependency/dependency.service';
import { Deployment } from '../deployment/deployment.entity';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { TestCase } from '../test-plan/test-plan.entity';
import { caseStatuses, refreshLatestAttempts } from '../test-run/run-status';
import { CaseStatus, TestResult, TestResultStatus, TestRun } from '../test-run/test-run.entity';
import { SYSTEM_TESTER } from '../test-run/test-run.service';
import { DATA_AND_IMAGES_RETEST_REASON, IMAGES_ONLY_CASE_REASON, IMAGES_ONLY_DEPENDENCY_REASON } from '../../../rules/labels';
import { SetCourtProfileInput } from './court-profile.inputs';
import { CcporProfile, Organization, OrganizationKind } from './organization.entity';

/** Case statuses that leave a run unfinished: a profile change reaches only such runs. */
const UNFINISHED: CaseStatus[] = [CaseStatus.UNTESTED, CaseStatus.RETEST, CaseStatus.BLOCKED];

/**
 * Sets a court's profile (docs/domain.md#court-profiles). Deployments of the court not yet live,
 * closed or withdrawn follow at once: the CLETS/CARPOS dependency becomes NOT_APPLICABLE with the
 * reason, or back to NOT_STARTED; each unfinished run gets a system attempt on its CARPOS cases
 * (NOT_APPLICABLE with the reason, or RETEST), so attempts stay append-only and sign-offs of those
 * runs turn STALE. Finished runs and live deployments keep their record.
 */
export function setCourtProfile(ctx: Context, input: SetCourtProfileInput) {
  return applyMutation(ctx, { operation: 'setCourtProfile', input }, async (tx) => {
    const court = await loadForUpdate(tx, Organization, input.courtId, 'Organization');
    if (court.kind !== OrganizationKind.COURT) throw badInput([{ field: 'courtId', message: 'names a law-enforcement agency; only a court has a CCPOR profile.' }]);
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'setCourtProfile', mutationId: input.mutationId, baseVersion: input.baseVersion, record: court,
      deploymentId: null, attempted: { ccporProfile: input.profile },
    });
    if (stale) return stale;
    if (court.ccporProfile === input.profile) return court;
    court.ccporProfile = input.profile;
    court.updatedBy = ctx.actor.name;
    const saved = await tx.save(court);
    const deployments = await tx.find(Deployment, {
      select: { id: true },
      where: { courtId: court.id, actualGoLive: IsNull(), status: Not(In([...INACTIVE_DEPLOYMENT_STATUSES])) },
    });
    const ids = deployments.map((d) => d.id);
    if (ids.length) {
      await followDependencies(tx, ctx, ids, input.profile);
      await followRuns(tx, ctx, ids, input.profile);
    }
    return saved;
  });
}

async function followDependencies(tx: EntityManager, ctx: Context, deploymentIds: string[], profile: CcporProfile) {
  const imagesOnly = profile === CcporProfile.IMAGES_ONLY;
  const dependencies = (await findWhereIn(tx, Dependency, 'deploymentId', deploymentIds))
    .filter((d) => d.kind === DependencyKind.DOJ_CLETS_CARPOS && (d.status === DependencyStatus.NOT_APPLICABLE) !== imagesOnly);
  for (const dependency of dependencies) {
    applyStatus(dependency, imagesOnly ? DependencyStatus.NOT_APPLICABLE : DependencyStatus.NOT_STARTED, null, today(ctx.clock));
    dependency.note = imagesOnly ? IMAGES_ONLY_DEPENDENCY_REASON : null;
    dependency.updatedBy = ctx.actor.name;
    await tx.save(dependency);
  }
}

async function followRuns(tx: EntityManager, ctx: Context, deploymentIds: string[], profile: CcporProfile) {
  const imagesOnly = profile === CcporProfile.IMAGES_ONLY;
  const runs = await findWhereIn(tx, TestRun, 'deploymentId', deploymentIds);
  if (!runs.length) return;
  const carpos = new Set((await findWhereIn(tx, TestCase, 'planId', runs.map((r) => r.planId))).filter((c) => c.requiresCarpos).map((c) => c.id));
  const statuses = await caseStatuses(tx, runs.map((r) => r.id));
  const unfinished = new Set(statuses.filter((s) => UNFINISHED.includes(s.status)).map((s) => s.runId));
  const toChange = statuses.filter((s) => unfinished.has(s.runId) && carpos.has(s.caseId)
    && (s.status === CaseStatus.NOT_APPLICABLE) !== imagesOnly);
  if (!toChange.length) return;
  const runIds = [...new Set(toChange.map((s) => s.runId))];
  const last = new Map((await rawQuery<{ runId: string; last: number }>(tx,
    'SELECT "runId", MAX(sequence) AS last FROM test_result WHERE "runId" IN (:...runIds) GROUP BY "runId"', { runIds }))
    .map((r) => [r.runId, Number(r.last)]));
  const now = ctx.clock.now();
  await insertRows(tx, TestResult, toChange.map((s) => {
    const sequence = (last.get(s.runId) ?? 0) + 1;
    last.set(s.runId, sequence);
    return {
      id: randomUUID(), runId: s.runId, caseId: s.caseId,
      status: imagesOnly ? TestResultStatus.NOT_APPLICABLE : TestResultStatus.RETEST, actualResult: null,
      notes: imagesOnly ? IMAGES_ONLY_CASE_REASON : DATA_AND_IMAGES_RETEST_REASON,
      tester: SYSTEM_TESTER, build: null, testedAt: now, photos: [], mutationId: null, sequence, recordedAt: now, recordedBy: ctx.actor.name,
    };
  }));
  await refreshLatestAttempts(tx, runIds, [...new Set(toChange.map((s) => s.caseId))]);
}
