import { EntityManager } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, invalidTransition, notConfigured, notFound } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { isIsoDate } from '../../shared/dates';
import { formatDate } from '../../../rules/dates';
import { Dependency, DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { applyStatus } from '../dependency/dependency.service';
import { AuditEvent } from '../audit/audit-event.entity';
import { noteChange } from '../audit/audit.subscriber';
import { Deployment, DeploymentStatus } from '../deployment/deployment.entity';
import { requireFiles } from '../file/file.service';
import { Location } from '../organization/organization.entity';
import { refuseTakenId } from '../sync/client-id';
import { deploymentScope } from '../access/scope';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { refuseDatesOutOfBounds } from '../../graphql/date-bounds';
import { fulfil } from '../task/fulfilled-task';
import { Task } from '../task/task.entity';
import { checkRequirementRules, evaluateScanner, RequirementRule } from '../../../rules/scanner';
import { ScannerAssessmentStatus, ScannerVerdict } from './scanner.enums';
import { ScannerAssessment, ScannerRequirementSet, ScannerWorkstation } from './scanner.entity';
import {
  CompleteScannerAssessmentInput, PublishScannerRequirementsInput, RecordScannerWorkstationInput, ScannerInventoryFilter,
  StartScannerAssessmentInput, UpdateScannerAssessmentInput, UpdateScannerWorkstationInput,
} from './scanner.inputs';
import { ScannerInventoryRow } from './scanner.types';

/** Deployments whose verdicts follow newly published requirements: those not yet live. */
const SETTLED_DEPLOYMENTS = [DeploymentStatus.LIVE, DeploymentStatus.CLOSED];

const FACT_FIELDS = [
  'label', 'make', 'model', 'serialNumber', 'connection', 'drivers', 'opticalResolutionDpi', 'duplex', 'automaticDocumentFeeder',
  'colour', 'operatingSystem', 'browser', 'scanProfileSet', 'testScanOutcome', 'photoShas', 'notes',
] as const;
const CLEARABLE = new Set<string>(['serialNumber', 'operatingSystem', 'browser', 'notes']);

// ---------------------------------------------------------------------------------------------
// Requirements

export async function latestRequirements(em: EntityManager, version?: number | null): Promise<ScannerRequirementSet> {
  const set = await em.findOne(ScannerRequirementSet, { where: version ? { version } : {}, order: { version: 'DESC' } });
  if (!set) {
    if (version) throw notFound('ScannerRequirementSet', `version ${version}`, `Scanner requirements version ${version} do not exist.`);
    throw notConfigured('ScannerRequirementSet', 'No scanner requirements are published. An administrator must publish them before scanners can be assessed.');
  }
  return set;
}

export function publishScannerRequirements(ctx: Context, input: PublishScannerRequirementsInput) {
  return applyMutation(ctx, { operation: 'publishScannerRequirements', input }, async (tx) => {
    const rules: RequirementRule[] = input.requirements.map((r) => ({
      key: r.key, category: r.category, description: r.description.trim(), fact: r.fact, operator: r.operator,
      minimum: r.minimum ?? null, anyOf: r.anyOf ?? null,
    }));
    const problems = checkRequirementRules(rules);
    if (problems.length) throw badInput(problems);
    const latest = await latestRequirements(tx);
    const set = await tx.save(tx.create(ScannerRequirementSet, {
      version: latest.version + 1, requirements: rules, publishedBy: ctx.actor.name, publishedAt: ctx.clock.now(),
    }));
    await reevaluateOpenDeployments(tx, ctx, set);
    return set;
  });
}

/**
 * New requirements apply to every deployment not yet live. Only the verdicts change: the recorded
 * facts, their version and who recorded them stay as they were, so a device editing a workstation
 * offline gets no CONFLICT from a re-evaluation it did not cause.
 */
async function reevaluateOpenDeployments(tx: EntityManager, ctx: Context, set: ScannerRequirementSet) {
  const workstations = await tx.createQueryBuilder(ScannerWorkstation, 'w')
    .innerJoin(Deployment, 'd', 'd.id = w."deploymentId"')
    .where('d.status NOT IN (:...settled)', { settled: SETTLED_DEPLOYMENTS })
    .getMany();
  for (const w of workstations) {
    const { verdict, missed } = evaluateScanner(w, set.requirements);
    // Naming version and updatedAt keeps TypeORM from bumping them.
    await tx.createQueryBuilder().update(ScannerWorkstation)
      .set({ verdict, missedRequirements: missed, requirementsVersion: set.version, evaluatedAt: ctx.clock.now(), version: w.version, updatedAt: w.updatedAt })
      .where('id = :id', { id: w.id }).execute();
    // A query-builder update passes the audit subscriber by; a changed verdict is a change like any other.
    if (verdict !== w.verdict) {
      noteChange(tx.queryRunner, tx.connection.getMetadata(ScannerWorkstation), w.id,
        { verdict: w.verdict, requirementsVersion: w.requirementsVersion }, { verdict, requirementsVersion: set.version });
    }
  }
  for (const deploymentId of new Set(workstations.map((w) => w.deploymentId))) await syncScannerSetup(tx, ctx, deploymentId);
}

function evaluate(ctx: Context, w: ScannerWorkstation, set: ScannerRequirementSet) {
  const { verdict, missed } = evaluateScanner(w, set.requirements);
  Object.assign(w, { verdict, missedRequirements: missed, requirementsVersion: set.version, evaluatedAt: ctx.clock.now() });
}

/**
 * The scanner set-up dependency is met when every assessed workstation MEETS; a workstation that
 * stops meeting reopens it. A dependency marked NOT_APPLICABLE by a person is left alone.
 */
async function syncScannerSetup(tx: EntityManager, ctx: Context, deploymentId: string) {
  const dependency = await tx.findOneBy(Dependency, { deploymentId, kind: DependencyKind.SCANNER_SETUP });
  if (!dependency || dependency.status === DependencyStatus.NOT_APPLICABLE) return;
  const [{ total, meeting }] = await rawQuery<{ total: number; meeting: number }>(tx,
    `SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN verdict = :meets THEN 1 ELSE 0 END), 0) AS meeting
     FROM scanner_workstation WHERE "deploymentId" = :deploymentId`, { meets: ScannerVerdict.MEETS, deploymentId });
  const allMeet = Number(total) > 0 && Number(total) === Number(meeting);
  const target = allMeet ? DependencyStatus.MET
    : (dependency.status === DependencyStatus.NOT_STARTED || dependency.status === DependencyStatus.MET) ? DependencyStatus.IN_PROGRESS : dependency.status;
  if (target === dependency.status) return;
  applyStatus(dependency, target, dependency.waitingOn, today(ctx.clock));
  dependency.updatedBy = ctx.actor.name;
  await tx.save(dependency);
}

// ---------------------------------------------------------------------------------------------
// Assessments

export function startScannerAssessment(ctx: Context, input: StartScannerAssessmentInput) {
  return applyMutation(ctx, { operation: 'startScannerAssessment', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    if (!(await tx.existsBy(Location, { id: input.locationId, organizationId: deployment.courtId }))) {
      throw badInput([{ field: 'locationId', message: 'is not a location of the deployment’s court.' }]);
    }
    refuseDatesOutOfBounds(ctx, [{ field: 'assessedOn', kind: 'happened', date: input.assessedOn }]);
    await refuseTakenId(tx, ScannerAssessment, input.id);
    const assessment = await tx.save(tx.create(ScannerAssessment, {
      ...(input.id ? { id: input.id } : {}), deploymentId: deployment.id, locationId: input.locationId, assessedOn: input.assessedOn,
      status: ScannerAssessmentStatus.IN_PROGRESS, completedOn: null, notes: input.notes ?? null, assessor: ctx.actor.name,
      updatedBy: ctx.actor.name,
    }));
    await syncScannerSetup(tx, ctx, deployment.id);
    return assessment;
  });
}

export const updateScannerAssessment = (ctx: Context, input: UpdateScannerAssessmentInput) =>
  applyMutation(ctx, { operation: 'updateScannerAssessment', input }, (tx) => applyAssessmentUpdate(tx, ctx, input));

export async function applyAssessmentUpdate(tx: EntityManager, ctx: Context, input: UpdateScannerAssessmentInput): Promise<ScannerAssessment | Refusal> {
  const assessment = await loadForUpdate(tx, ScannerAssessment, input.assessmentId, 'ScannerAssessment');
  const attempted: Record<string, unknown> = {};
  if (input.assessedOn !== undefined && input.assessedOn !== null) attempted.assessedOn = input.assessedOn;
  if (input.notes !== undefined) attempted.notes = input.notes;
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'updateScannerAssessment', mutationId: input.mutationId, baseVersion: input.baseVersion, record: assessment,
    deploymentId: assessment.deploymentId, attempted,
  });
  if (stale) return stale;
  if (typeof attempted.assessedOn === 'string') {
    if (!isIsoDate(attempted.assessedOn)) throw badInput([{ field: 'assessedOn', message: 'must be a date (YYYY-MM-DD).' }]);
    refuseDatesOutOfBounds(ctx, [{ field: 'assessedOn', kind: 'happened', date: attempted.assessedOn }]);
  }
  Object.assign(assessment, attempted, { updatedBy: ctx.actor.name });
  return tx.save(assessment);
}

export const completeScannerAssessment = (ctx: Context, input: CompleteScannerAssessmentInput) =>
  applyMutation(ctx, { operation: 'completeScannerAssessment', input }, (tx) => applyAssessmentCompletion(tx, ctx, input));

/** Completes the assessment; the last one of a deployment to complete completes the scanner assessment task. */
export async function applyAssessmentCompletion(tx: EntityManager, ctx: Context, input: CompleteScannerAssessmentInput): Promise<ScannerAssessment | Refusal> {
  const assessment = await loadForUpdate(tx, ScannerAssessment, input.assessmentId, 'ScannerAssessment');
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'completeScannerAssessment', mutationId: input.mutationId, baseVersion: input.baseVersion, record: assessment,
    deploymentId: assessment.deploymentId, attempted: { status: ScannerAssessmentStatus.COMPLETED },
  });
  if (stale) return stale;
  const to = ScannerAssessmentStatus.COMPLETED;
  if (assessment.status !== ScannerAssessmentStatus.IN_PROGRESS) throw invalidTransition('ScannerAssessment', assessment.id, assessment.status, to, 'it is already completed.');
  if (!(await tx.existsBy(ScannerWorkstation, { assessmentId: assessment.id }))) {
    throw invalidTransition('ScannerAssessment', assessment.id, assessment.status, to, 'record at least one workstation first.');
  }
  assessment.status = to;
  assessment.completedOn = today(ctx.clock);
  assessment.updatedBy = ctx.actor.name;
  const saved = await tx.save(assessment);
  const stillOpen = await tx.existsBy(ScannerAssessment, { deploymentId: assessment.deploymentId, status: ScannerAssessmentStatus.IN_PROGRESS });
  if (!stillOpen) {
    const task = await tx.findOneBy(Task, { deploymentId: assessment.deploymentId, key: 'SCANNER_ASSESSMENT' });
    await fulfil(tx, ctx, task, `Scanner assessment completed on ${formatDate(saved.completedOn!)}`);
  }
  return saved;
}

// ---------------------------------------------------------------------------------------------
// Workstations

export function recordScannerWorkstation(ctx: Context, input: RecordScannerWorkstationInput) {
  return applyMutation(ctx, { operation: 'recordScannerWorkstation', input }, async (tx) => {
    const assessment = await tx.findOneByOrFail(ScannerAssessment, { id: input.assessmentId });
    await refuseTakenId(tx, ScannerWorkstation, input.id);
    await requireFiles(ctx, tx, input.photoShas.map((sha256, i) => ({ field: `photoShas[${i}]`, sha256 })), 'photo');
    const facts = Object.fromEntries(FACT_FIELDS.map((k) => [k, input[k] ?? null]));
    const workstation = tx.create(ScannerWorkstation, {
      ...facts, ...(input.id ? { id: input.id } : {}), label: input.label.trim(), make: input.make.trim(), model: input.model.trim(),
      photoShas: input.photoShas, assessmentId: assessment.id, deploymentId: assessment.deploymentId, recordedBy: ctx.actor.name, updatedBy: ctx.actor.name,
    });
    evaluate(ctx, workstation, await latestRequirements(tx));
    const saved = await tx.save(workstation);
    await syncScannerSetup(tx, ctx, assessment.deploymentId);
    return saved;
  });
}

export const updateScannerWorkstation = (ctx: Context, input: UpdateScannerWorkstationInput) =>
  applyMutation(ctx, { operation: 'updateScannerWorkstation', input }, (tx) => applyWorkstationUpdate(tx, ctx, input));

export async function applyWorkstationUpdate(tx: EntityManager, ctx: Context, input: UpdateScannerWorkstationInput): Promise<ScannerWorkstation | Refusal> {
  const workstation = await loadForUpdate(tx, ScannerWorkstation, input.workstationId, 'ScannerWorkstation');
  const attempted: Record<string, unknown> = {};
  for (const key of FACT_FIELDS) {
    const value = input[key];
    if (value !== undefined && (value !== null || CLEARABLE.has(key))) attempted[key] = typeof value === 'string' ? value.trim() : value;
  }
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'updateScannerWorkstation', mutationId: input.mutationId, baseVersion: input.baseVersion, record: workstation,
    deploymentId: workstation.deploymentId, attempted,
  });
  if (stale) return stale;
  if (attempted.photoShas) await requireFiles(ctx, tx, (attempted.photoShas as string[]).map((sha256, i) => ({ field: `photoShas[${i}]`, sha256 })), 'photo');
  Object.assign(workstation, attempted, { updatedBy: ctx.actor.name });
  evaluate(ctx, workstation, await latestRequirements(tx));
  const saved = await tx.save(workstation);
  await syncScannerSetup(tx, ctx, workstation.deploymentId);
  return saved;
}

// ---------------------------------------------------------------------------------------------
// Reads

export async function getScannerAssessment(ctx: Context, id: string) {
  const assessment = await ctx.db.manager.findOneBy(ScannerAssessment, { id });
  if (!assessment) throw notFound('ScannerAssessment', id);
  return assessment;
}

/** Workstations grouped by make, model and verdict across deployments, counted in SQL. */
export async function scannerInventory(ctx: Context, filter: ScannerInventoryFilter | null | undefined): Promise<ScannerInventoryRow[]> {
  // Counted over the caller's deployments only: a partner sees its own scanners, not the portfolio's.
  const scope = deploymentScope(ctx);
  const where: string[] = [scope.sql];
  const params: Record<string, unknown> = { ...scope.params };
  if (filter?.make) { where.push('LOWER(w.make) = LOWER(:make)'); params.make = filter.make.trim(); }
  if (filter?.model) { where.push('LOWER(w.model) = LOWER(:model)'); params.model = filter.model.trim(); }
  if (filter?.verdict?.length) { where.push('w.verdict IN (:...verdicts)'); params.verdicts = filter.verdict; }
  const rows = await rawQuery<ScannerInventoryRow>(ctx.db,
    `SELECT w.make, w.model, w.verdict, COUNT(*) AS workstations, COUNT(DISTINCT w."deploymentId") AS deployments
     FROM scanner_workstation w JOIN deployment d ON d.id = w."deploymentId" WHERE ${where.join(' AND ')}
     GROUP BY w.make, w.model, w.verdict ORDER BY w.make, w.model, w.verdict`, params);
  return rows.map((r) => ({ ...r, workstations: Number(r.workstations), deployments: Number(r.deployments) }));
}

/**
 * The verdicts a published version changed: the re-evaluation audits each changed verdict with the
 * version's publication instant, so this reads them back from the audit trail.
 */
export async function verdictChanges(em: EntityManager, set: ScannerRequirementSet) {
  const events = await em.find(AuditEvent, {
    where: { operation: 'publishScannerRequirements', entityType: 'ScannerWorkstation', at: set.publishedAt }, order: { entityId: 'ASC' },
  });
  const mine = events.filter((e) => (e.after as { requirementsVersion?: number } | null)?.requirementsVersion === set.version);
  if (!mine.length) return [];
  const rows = await rawQuery<{ id: string; label: string; deploymentId: string; courtName: string }>(em,
    `SELECT w.id, w.label, w."deploymentId", o.name AS "courtName" FROM scanner_workstation w
     JOIN deployment d ON d.id = w."deploymentId" JOIN organization o ON o.id = d."courtId" WHERE w.id IN (:...ids)`,
    { ids: mine.map((e) => e.entityId!) });
  return mine.flatMap((e) => {
    const row = rows.find((r) => r.id === e.entityId);
    if (!row) return [];
    return [{
      workstationId: row.id, label: row.label, deploymentId: row.deploymentId, courtName: row.courtName,
      before: (e.before as { verdict: ScannerVerdict }).verdict, after: (e.after as { verdict: ScannerVerdict }).verdict,
    }];
  }).sort((a, b) => a.courtName.localeCompare(b.courtName) || a.label.localeCompare(b.label));
}
