import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { rawQuery, selectWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, FieldProblem, invalidTransition, notFound, problem } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { today } from '../../shared/clock';
import { addDays } from '../../shared/dates';
import { DEFAULT_DEPENDENCIES, Dependency, DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { Phase, PHASE_ORDER } from '../lifecycle-template/lifecycle.enums';
import { TemplateTask } from '../lifecycle-template/lifecycle-template.entity';
import { findCurrentTemplate } from '../lifecycle-template/lifecycle-template.service';
import { CcporProfile, Organization, OrganizationKind } from '../organization/organization.entity';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { deploymentScope, requireDeploymentInScope } from '../access/scope';
import { OPEN_TASK_STATUSES, Task, TaskStatus } from '../task/task.entity';
import { Deployment, DeploymentStatus } from './deployment.entity';
import {
  AdvancePhaseInput, ChangeDeploymentStatusInput, CreateDeploymentInput, DeploymentFilter, RescheduleGoLiveInput,
  UndoRescheduleInput, UpdateDeploymentInput,
} from './deployment.inputs';
import { Reschedule, ScheduleBefore } from './reschedule.entity';
import { checkStaff } from '../user/user.service';
import { healthParams, healthTableSql, HealthRow } from './health';
import { dueDate, phasesWithShortWindows, replan } from './scheduling';
import { RescheduleReport } from './deployment.types';

/** How far ahead a go-live may be planned. */
const MAX_PLANNING_YEARS = 5;

// ---------------------------------------------------------------------------------------------
// Reads

/**
 * The deployments the caller may see (deploymentScope) that match the filter: `from` joins the
 * deployment `d`, its court `c` and its health row `h`; `where` holds the conditions. The list and
 * every report select from it, so they agree on what a filter means.
 */
export function filteredDeploymentsSql(ctx: Context, filter: DeploymentFilter | null | undefined, withHealth = !!filter?.health?.length) {
  validateFilter(filter);
  const scope = deploymentScope(ctx);
  const params: Record<string, unknown> = { ...healthParams(today(ctx.clock)), ...scope.params };
  const where: string[] = [scope.sql];
  if (filter?.phase?.length) { where.push('d.phase IN (:...phases)'); params.phases = filter.phase; }
  if (filter?.status?.length) { where.push('d.status IN (:...statuses)'); params.statuses = filter.status; }
  if (filter?.health?.length) { where.push('h.health IN (:...healths)'); params.healths = filter.health; }
  if (filter?.county?.length) { where.push('c.county IN (:...counties)'); params.counties = filter.county; }
  if (filter?.wave?.length) { where.push('d.wave IN (:...waves)'); params.waves = filter.wave; }
  if (filter?.goLiveFrom) { where.push('d."targetGoLive" >= :goLiveFrom'); params.goLiveFrom = filter.goLiveFrom; }
  if (filter?.goLiveTo) { where.push('d."targetGoLive" <= :goLiveTo'); params.goLiveTo = filter.goLiveTo; }
  if (filter?.wentLiveFrom) { where.push('d."actualGoLive" >= :wentLiveFrom'); params.wentLiveFrom = filter.wentLiveFrom; }
  if (filter?.wentLiveTo) { where.push('d."actualGoLive" <= :wentLiveTo'); params.wentLiveTo = filter.wentLiveTo; }
  // Health is derived over every deployment; join it only when the filter or the caller needs it.
  const health = withHealth ? ` JOIN (${healthTableSql(ctx.db)}) h ON h."deploymentId" = d.id` : '';
  return { from: `FROM deployment d JOIN organization c ON c.id = d."courtId"${health}`, where, params, withHealth };
}

/**
 * A page of deployments. Filtered by health, the page's health comes from the same statement;
 * otherwise the health loader derives it for the page's deployments only.
 */
export async function listDeployments(ctx: Context, page: PageArgs, filter: DeploymentFilter | null | undefined) {
  const { from, where, params, withHealth } = filteredDeploymentsSql(ctx, filter);
  const filtered = `WHERE ${where.join(' AND ')}`;

  const cursor = decodeCursor(page.after, 2);
  const pageWhere = [...where];
  if (cursor) {
    pageWhere.push('(d."targetGoLive" > :afterGoLive OR (d."targetGoLive" = :afterGoLive AND d.id > :afterId))');
    Object.assign(params, { afterGoLive: cursor[0], afterId: cursor[1] });
  }
  const rows = await rawQuery<HealthRow & { id: string }>(ctx.db,
    `SELECT d.id${withHealth ? ', h.*' : ''} ${from} WHERE ${pageWhere.join(' AND ')}
     ORDER BY d."targetGoLive", d.id LIMIT ${page.first + 1}`, params);
  const [{ total }] = await rawQuery<{ total: number }>(ctx.db, `SELECT COUNT(*) AS total ${from} ${filtered}`, params);

  const byId = new Map((await selectWhereIn(ctx.db, Deployment, 'id', rows.map((r) => r.id))).map((d) => [d.id, d]));
  if (withHealth) for (const row of rows) ctx.loaders.health.prime(row.id, row);
  const deployments = rows.map((r) => byId.get(r.id)!).filter(Boolean);
  return toConnection(deployments, page.first, Number(total), (d) => [d.targetGoLive, d.id]);
}

export async function getDeployment(ctx: Context, id: string) {
  await requireDeploymentInScope(ctx, ctx.db.manager, id);
  const deployment = await ctx.db.manager.findOneBy(Deployment, { id });
  if (!deployment) throw notFound('Deployment', id);
  return deployment;
}

function validateFilter(filter: DeploymentFilter | null | undefined) {
  if (filter?.goLiveFrom && filter.goLiveTo && filter.goLiveFrom > filter.goLiveTo) {
    throw badInput([{ field: 'filter.goLiveTo', message: 'must be on or after goLiveFrom.' }]);
  }
  if (filter?.wentLiveFrom && filter.wentLiveTo && filter.wentLiveFrom > filter.wentLiveTo) {
    throw badInput([{ field: 'filter.wentLiveTo', message: 'must be on or after wentLiveFrom.' }]);
  }
}

// ---------------------------------------------------------------------------------------------
// Writes

function checkGoLive(ctx: Context, goLive: string, field = 'targetGoLive'): FieldProblem[] {
  const now = today(ctx.clock);
  if (goLive < now) return [{ field, message: `must be today (${now}) or later.` }];
  if (goLive > addDays(now, 365 * MAX_PLANNING_YEARS)) return [{ field, message: `must be within ${MAX_PLANNING_YEARS} years.` }];
  return [];
}

async function checkLeas(tx: EntityManager, leaIds: string[]): Promise<FieldProblem[]> {
  const unique = [...new Set(leaIds)];
  if (!unique.length) return [];
  const found = await tx.findBy(Organization, { id: In(unique), kind: OrganizationKind.LEA });
  const missing = unique.filter((id) => !found.some((o) => o.id === id));
  return missing.length ? [{ field: 'leaIds', message: `no law-enforcement agency with id ${missing.join(', ')}.` }] : [];
}

export async function currentTemplate(tx: EntityManager) {
  const template = await findCurrentTemplate(tx);
  if (!template) throw problem('INTERNAL_SERVER_ERROR', 'No lifecycle template is published. An administrator must publish one.');
  return { template, tasks: await tx.find(TemplateTask, { where: { templateId: template.id }, order: { number: 'ASC' } }) };
}

export function createDeployment(ctx: Context, input: CreateDeploymentInput) {
  return applyMutation(ctx, { operation: 'createDeployment', input }, async (tx) => {
    const problems = checkGoLive(ctx, input.targetGoLive);
    const court = await tx.findOneBy(Organization, { id: input.courtId });
    if (!court || court.kind !== OrganizationKind.COURT) problems.push({ field: 'courtId', message: `no court with id ${input.courtId}.` });
    problems.push(...(await checkLeas(tx, input.leaIds)));
    if (court) {
      const active = await tx.findOne(Deployment, {
        where: { courtId: court.id, status: In(Object.values(DeploymentStatus).filter((s) => s !== DeploymentStatus.WITHDRAWN)) },
      });
      if (active) problems.push({ field: 'courtId', message: `${court.name} already has deployment ${active.id}; reschedule or withdraw it instead.` });
    }
    if (problems.length) throw badInput(problems);
    const fieldStaff = await checkStaff(tx, input.coordinatorId, input.fieldStaffIds ?? []);

    const now = today(ctx.clock);
    const { template, tasks: templateTasks } = await currentTemplate(tx);
    const deployment = await tx.save(tx.create(Deployment, {
      courtId: court!.id,
      participatingLeas: [...new Set(input.leaIds)].map((id) => ({ id }) as Organization),
      templateId: template.id,
      coordinatorId: input.coordinatorId ?? null,
      fieldStaff,
      wave: input.wave ?? null,
      targetGoLive: input.targetGoLive,
      actualGoLive: null,
      phase: Phase.PLANNING,
      phaseEnteredOn: now,
      status: DeploymentStatus.INTERESTED,
      plannedOn: now,
      updatedBy: ctx.actor.name,
    }));
    await instantiateTasks(tx, deployment, templateTasks, now);
    await instantiateDependencies(tx, deployment, court!);
    return deployment;
  });
}

/** Every task of the template at its offset from go-live, with its prerequisites linked. */
export async function instantiateTasks(tx: EntityManager, deployment: Deployment, templateTasks: TemplateTask[], now: string) {
  const idByNumber = new Map(templateTasks.map((t) => [t.number, randomUUID()]));
  const rows = templateTasks.map((t) => {
    const due = dueDate(deployment.targetGoLive, t.offsetDays);
    return {
      id: idByNumber.get(t.number)!, deploymentId: deployment.id, number: t.number, key: t.key, title: t.title,
      phase: t.phase, lane: t.lane, party: t.party, kind: t.kind, offsetDays: t.offsetDays, required: t.required,
      dueDate: due, pinned: false, pastDueAtCreation: due < now, status: TaskStatus.OPEN, updatedBy: null,
    };
  });
  await tx.insert(Task, rows);
  const links = templateTasks.flatMap((t) => t.prerequisiteNumbers.map((n) => ({ taskId: idByNumber.get(t.number)!, prerequisiteId: idByNumber.get(n)! })));
  if (links.length) await tx.createQueryBuilder().insert().into('task_prerequisite').values(links).execute();
}

export async function instantiateDependencies(tx: EntityManager, deployment: Deployment, court: Organization) {
  const imagesOnly = court.ccporProfile === CcporProfile.IMAGES_ONLY;
  await tx.insert(Dependency, DEFAULT_DEPENDENCIES.map((d) => {
    const notApplicable = imagesOnly && d.kind === DependencyKind.DOJ_CLETS_CARPOS;
    return {
      deploymentId: deployment.id, kind: d.kind, title: d.title, offsetDays: d.offsetDays,
      dueDate: dueDate(deployment.targetGoLive, d.offsetDays), ownerParty: d.owner,
      status: notApplicable ? DependencyStatus.NOT_APPLICABLE : DependencyStatus.NOT_STARTED,
      note: notApplicable ? 'Images-only court: CLETS/CARPOS transmission through the CCPOR gateway does not apply.' : null,
    };
  }));
}

export function updateDeployment(ctx: Context, input: UpdateDeploymentInput) {
  return applyMutation(ctx, { operation: 'updateDeployment', input }, (tx) => applyUpdateDeployment(tx, ctx, input));
}

/** The update itself, also run when a person resolves its conflict by keeping their values or merging. */
export async function applyUpdateDeployment(tx: EntityManager, ctx: Context, input: UpdateDeploymentInput): Promise<Deployment | Refusal> {
  const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
  const attempted: Record<string, unknown> = {};
  if (input.wave !== undefined) attempted.wave = input.wave;
  if (input.leaIds) attempted.leaIds = input.leaIds;
  const stale = await refuseIfStale(tx, ctx, { operation: 'updateDeployment', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment, deploymentId: deployment.id, attempted });
  if (stale) return stale;
  const problems = input.leaIds ? await checkLeas(tx, input.leaIds) : [];
  if (problems.length) throw badInput(problems);
  if (input.wave !== undefined) deployment.wave = input.wave;
  if (input.leaIds) deployment.participatingLeas = [...new Set(input.leaIds)].map((id) => ({ id }) as Organization);
  deployment.updatedBy = ctx.actor.name;
  return tx.save(deployment);
}

function refuseAfterGoLive(deployment: Deployment) {
  if (deployment.actualGoLive) {
    throw problem('GO_LIVE_LOCKED', `The court went live on ${deployment.actualGoLive}; its schedule is history and can no longer change.`, {
      deploymentId: deployment.id, actualGoLive: deployment.actualGoLive,
    });
  }
}

const INACTIVE = [DeploymentStatus.WITHDRAWN, DeploymentStatus.CLOSED];
/** Dependencies still to be met: they follow go-live when it moves. */
const OPEN_DEPENDENCY_STATUSES = [DependencyStatus.NOT_STARTED, DependencyStatus.IN_PROGRESS, DependencyStatus.WAITING];

/** What moving go-live would do, computed without writing anything. */
async function planReschedule(ctx: Context, tx: EntityManager, deployment: Deployment, targetGoLive: string): Promise<RescheduleReport> {
  refuseAfterGoLive(deployment);
  if (INACTIVE.includes(deployment.status)) {
    throw invalidTransition('Deployment', deployment.id, deployment.status, 'rescheduled', 'a withdrawn or closed deployment has no schedule to move.');
  }
  const problems = checkGoLive(ctx, targetGoLive);
  if (problems.length) throw badInput(problems);
  const now = today(ctx.clock);
  const tasks = await tx.find(Task, { where: { deploymentId: deployment.id }, order: { number: 'ASC' } });
  const plan = replan(
    tasks.map((t) => ({ id: t.id, offsetDays: t.offsetDays, dueDate: t.dueDate, pinned: t.pinned, open: OPEN_TASK_STATUSES.includes(t.status) })),
    targetGoLive, now,
  );
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return {
    deployment,
    fromGoLive: deployment.targetGoLive,
    toGoLive: targetGoLive,
    moved: plan.moved.map((m) => ({ task: byId.get(m.id)!, from: m.from, to: m.to })),
    pinned: plan.pinned.map((id) => byId.get(id)!),
    newlyPastDue: plan.newlyPastDue.map((id) => byId.get(id)!),
    phasesWithShortWindows: phasesWithShortWindows(targetGoLive, deployment.phase, deployment.phaseEnteredOn, now),
    reschedule: null,
  };
}

export async function previewReschedule(ctx: Context, deploymentId: string, targetGoLive: string) {
  return planReschedule(ctx, ctx.db.manager, await getDeployment(ctx, deploymentId), targetGoLive);
}

export function rescheduleGoLive(ctx: Context, input: RescheduleGoLiveInput) {
  return applyMutation(ctx, { operation: 'rescheduleGoLive', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'rescheduleGoLive', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { targetGoLive: input.targetGoLive },
    });
    if (stale) return stale;
    const report = await planReschedule(ctx, tx, deployment, input.targetGoLive);
    const scheduleBefore = await openSchedule(tx, deployment.id);
    for (const move of report.moved) {
      move.task.dueDate = move.to;
      move.task.updatedBy = ctx.actor.name;
    }
    await tx.save(report.moved.map((m) => m.task));
    // Dependencies are not pinned by hand: open ones follow go-live like unpinned tasks.
    const dependencies = await tx.findBy(Dependency, { deploymentId: deployment.id, status: In(OPEN_DEPENDENCY_STATUSES) });
    for (const d of dependencies) d.dueDate = dueDate(input.targetGoLive, d.offsetDays);
    await tx.save(dependencies);
    const fromGoLive = deployment.targetGoLive;
    deployment.targetGoLive = input.targetGoLive;
    deployment.updatedBy = ctx.actor.name;
    report.deployment = await tx.save(deployment);
    report.reschedule = await tx.save(tx.create(Reschedule, {
      deploymentId: deployment.id, deploymentVersion: report.deployment.version, fromGoLive, toGoLive: input.targetGoLive,
      scheduleBefore, createdAt: ctx.clock.now(), createdBy: ctx.actor.name, undoneAt: null, undoneBy: null,
    }));
    return report;
  });
}

/** Every open task's date and pin and every open dependency's date, as a go-live move finds them. */
async function openSchedule(tx: EntityManager, deploymentId: string): Promise<ScheduleBefore> {
  const tasks = await tx.find(Task, { where: { deploymentId, status: In(OPEN_TASK_STATUSES) }, order: { number: 'ASC' } });
  const dependencies = await tx.findBy(Dependency, { deploymentId, status: In(OPEN_DEPENDENCY_STATUSES) });
  return {
    tasks: tasks.map((t) => ({ id: t.id, dueDate: t.dueDate, pinned: t.pinned })),
    dependencies: dependencies.map((d) => ({ id: d.id, dueDate: d.dueDate })),
  };
}

/** The deployment's latest go-live move, undone or not; null if go-live never moved. */
export function latestReschedule(tx: EntityManager, deploymentId: string) {
  return tx.findOne(Reschedule, { where: { deploymentId }, order: { deploymentVersion: 'DESC' } });
}

/**
 * Undoes the latest go-live move: go-live returns to its date before the move, and every task and
 * dependency still open returns to the date (and pin) it had then, including tasks moved by hand
 * after the move; work settled since keeps its dates, as completed work does when go-live moves.
 */
export function undoReschedule(ctx: Context, input: UndoRescheduleInput) {
  return applyMutation(ctx, { operation: 'undoReschedule', input }, async (tx) => {
    const move = await tx.findOneBy(Reschedule, { id: input.rescheduleId });
    if (!move) throw notFound('Reschedule', input.rescheduleId);
    await requireDeploymentInScope(ctx, tx, move.deploymentId);
    const deployment = await loadForUpdate(tx, Deployment, move.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'undoReschedule', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { targetGoLive: move.fromGoLive },
    });
    if (stale) return stale;
    refuseAfterGoLive(deployment);
    if (move.undoneAt) {
      throw problem('INVALID_TRANSITION', `${move.undoneBy} already undid this move of go-live to ${move.toGoLive}.`, { noun: 'Reschedule', id: move.id, from: 'UNDONE', to: 'UNDONE' });
    }
    const latest = (await latestReschedule(tx, deployment.id))!;
    if (latest.id !== move.id) {
      throw problem('INVALID_TRANSITION', `Go-live moved again afterwards (to ${latest.toGoLive}); undo that move first.`, { noun: 'Reschedule', id: move.id, from: 'SUPERSEDED', to: 'UNDONE', latestId: latest.id });
    }
    const report = await planReschedule(ctx, tx, deployment, move.fromGoLive);
    const before = new Map(move.scheduleBefore.tasks.map((t) => [t.id, t]));
    const tasks = await tx.find(Task, { where: { deploymentId: deployment.id, status: In(OPEN_TASK_STATUSES) }, order: { number: 'ASC' } });
    const restored: Task[] = [];
    const now = today(ctx.clock);
    report.moved = [];
    report.newlyPastDue = [];
    for (const task of tasks) {
      const was = before.get(task.id);
      if (!was || (was.dueDate === task.dueDate && was.pinned === task.pinned)) continue;
      if (was.dueDate !== task.dueDate) report.moved.push({ task, from: task.dueDate, to: was.dueDate });
      if (was.dueDate < now && task.dueDate >= now) report.newlyPastDue.push(task);
      task.dueDate = was.dueDate;
      task.pinned = was.pinned;
      task.updatedBy = ctx.actor.name;
      restored.push(task);
    }
    await tx.save(restored);
    report.pinned = tasks.filter((t) => t.pinned);
    const dependencyDates = new Map(move.scheduleBefore.dependencies.map((d) => [d.id, d.dueDate]));
    const dependencies = await tx.findBy(Dependency, { deploymentId: deployment.id, status: In(OPEN_DEPENDENCY_STATUSES) });
    for (const d of dependencies) d.dueDate = dependencyDates.get(d.id) ?? d.dueDate;
    await tx.save(dependencies);
    deployment.targetGoLive = move.fromGoLive;
    deployment.updatedBy = ctx.actor.name;
    report.deployment = await tx.save(deployment);
    move.undoneAt = ctx.clock.now();
    move.undoneBy = ctx.actor.name;
    report.reschedule = await tx.save(move);
    return report;
  });
}

export function advancePhase(ctx: Context, input: AdvancePhaseInput) {
  return applyMutation(ctx, { operation: 'advancePhase', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const next = PHASE_ORDER[PHASE_ORDER.indexOf(deployment.phase) + 1];
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'advancePhase', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { phase: next ?? deployment.phase },
    });
    if (stale) return stale;
    if ([...INACTIVE, DeploymentStatus.ON_HOLD].includes(deployment.status)) {
      throw invalidTransition('Deployment', deployment.id, deployment.status, `advanced to ${next}`, 'resume the deployment first.');
    }
    if (deployment.phase === Phase.IMPLEMENT || !next || next === Phase.POST_GO_LIVE) {
      throw invalidTransition('Deployment', deployment.id, deployment.phase, 'the next phase', 'going live is its own action (goLive), allowed when readiness is GO.');
    }
    const open = await tx.find(Task, {
      where: { deploymentId: deployment.id, phase: deployment.phase, required: true, status: In(OPEN_TASK_STATUSES) },
      order: { number: 'ASC' },
    });
    if (open.length) {
      throw problem('PHASE_GATE_BLOCKED',
        `${deployment.phase} cannot end while ${open.length} required task(s) are open: ${open.map((t) => `#${t.number} ${t.title}`).join('; ')}. Complete or waive them first.`,
        { phase: deployment.phase, open: open.map((t) => ({ id: t.id, number: t.number, title: t.title, status: t.status, dueDate: t.dueDate })) });
    }
    deployment.phase = next;
    deployment.phaseEnteredOn = today(ctx.clock);
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}

/** Status changes a person may make; LIVE and CLOSED come only from goLive and close-out. */
const STATUS_TRANSITIONS: Record<DeploymentStatus, DeploymentStatus[]> = {
  [DeploymentStatus.INTERESTED]: [DeploymentStatus.COMMITTED, DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN],
  [DeploymentStatus.COMMITTED]: [DeploymentStatus.IN_PROGRESS, DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN],
  [DeploymentStatus.IN_PROGRESS]: [DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN],
  [DeploymentStatus.ON_HOLD]: [DeploymentStatus.INTERESTED, DeploymentStatus.COMMITTED, DeploymentStatus.IN_PROGRESS, DeploymentStatus.WITHDRAWN],
  [DeploymentStatus.LIVE]: [],
  [DeploymentStatus.CLOSED]: [],
  [DeploymentStatus.WITHDRAWN]: [],
};

export function changeDeploymentStatus(ctx: Context, input: ChangeDeploymentStatusInput) {
  return applyMutation(ctx, { operation: 'changeDeploymentStatus', input }, async (tx) => {
    const deployment = await loadForUpdate(tx, Deployment, input.deploymentId, 'Deployment');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'changeDeploymentStatus', mutationId: input.mutationId, baseVersion: input.baseVersion, record: deployment,
      deploymentId: deployment.id, attempted: { status: input.status },
    });
    if (stale) return stale;
    if (!STATUS_TRANSITIONS[deployment.status].includes(input.status)) {
      const allowed = STATUS_TRANSITIONS[deployment.status];
      throw invalidTransition('Deployment', deployment.id, deployment.status, input.status,
        allowed.length ? `from ${deployment.status} it can become ${allowed.join(', ')}.` : `${deployment.status} is final.`);
    }
    deployment.status = input.status;
    deployment.updatedBy = ctx.actor.name;
    return tx.save(deployment);
  });
}
