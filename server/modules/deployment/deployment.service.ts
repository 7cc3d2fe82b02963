import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, FieldProblem, notConfigured } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { dateProblem, formatDate } from '../../../rules/dates';
import { DEPLOYMENT_STATUS_LABELS, IMAGES_ONLY_DEPENDENCY_REASON, PHASE_LABELS } from '../../../rules/labels';
import { DEFAULT_DEPENDENCIES, Dependency, DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { TemplateTask } from '../lifecycle-template/lifecycle-template.entity';
import { findCurrentTemplate } from '../lifecycle-template/lifecycle-template.service';
import { CcporProfile, Organization, OrganizationKind } from '../organization/organization.entity';
import { noteChange } from '../audit/audit.subscriber';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { Task, TaskStatus } from '../task/task.entity';
import { mailGoLive } from './go-live.mail';
import { Deployment, DeploymentStatus } from './deployment.entity';
import { CreateDeploymentInput, UpdateDeploymentInput } from './deployment.inputs';
import { checkStaff } from './deployment-staff.service';
import { dueDate } from './scheduling';
import { insertRows } from '../../db/sql';

/** A go-live is planned (docs/domain.md#dates), and not in the past. */
export function checkGoLive(ctx: Context, goLive: string, field = 'targetGoLive'): FieldProblem[] {
  const now = today(ctx.clock);
  if (goLive < now) return [{ field, message: `must be today (${formatDate(now)}) or later.` }];
  const problem = dateProblem('planned', goLive, ctx.clock.now());
  return problem ? [{ field, message: problem }] : [];
}

async function checkLeas(tx: EntityManager, leaIds: string[]): Promise<FieldProblem[]> {
  const unique = [...new Set(leaIds)];
  if (!unique.length) return [];
  const found = await tx.findBy(Organization, { id: In(unique), kind: OrganizationKind.LEA });
  const missing = unique.filter((id) => !found.some((o) => o.id === id)).length;
  return missing ? [{ field: 'leaIds', message: `${missing === 1 ? 'names an organization that is' : `names ${missing} organizations that are`} not a law-enforcement agency.` }] : [];
}

export async function currentTemplate(tx: EntityManager) {
  const template = await findCurrentTemplate(tx);
  if (!template) throw notConfigured('LifecycleTemplate', 'No lifecycle template is published. An administrator must publish one before deployments can be created.');
  return { template, tasks: await tx.find(TemplateTask, { where: { templateId: template.id }, order: { number: 'ASC' } }) };
}

export function createDeployment(ctx: Context, input: CreateDeploymentInput) {
  return applyMutation(ctx, { operation: 'createDeployment', input }, async (tx) => {
    const problems = checkGoLive(ctx, input.targetGoLive);
    const court = await tx.findOneBy(Organization, { id: input.courtId });
    if (!court || court.kind !== OrganizationKind.COURT) problems.push({ field: 'courtId', message: 'is not a court.' });
    problems.push(...(await checkLeas(tx, input.leaIds)));
    if (court) {
      const active = await tx.findOne(Deployment, {
        where: { courtId: court.id, status: In(Object.values(DeploymentStatus).filter((s) => s !== DeploymentStatus.WITHDRAWN)) },
      });
      if (active) problems.push({ field: 'courtId', message: `${court.name} already has a deployment (${DEPLOYMENT_STATUS_LABELS[active.status].toLowerCase()}, ${PHASE_LABELS[active.phase]}, go-live ${formatDate(active.targetGoLive)}); reschedule or withdraw it instead.` });
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
    await mailGoLive(tx, ctx, deployment, null);
    return deployment;
  });
}

/** Values a task starts with other than open (an imported deployment's earlier phases are done). */
type TaskStart = Partial<Pick<Task, 'status' | 'evidence' | 'completedOn' | 'updatedBy'>>;

/** Every task of the template at its offset from go-live, with its prerequisites linked. */
export async function instantiateTasks(
  tx: EntityManager, deployment: Deployment, templateTasks: TemplateTask[], now: string, startOf: (t: TemplateTask) => TaskStart = () => ({}),
) {
  const idByNumber = new Map(templateTasks.map((t) => [t.number, randomUUID()]));
  const rows = templateTasks.map((t) => {
    const due = dueDate(deployment.targetGoLive, t.offsetDays);
    return {
      id: idByNumber.get(t.number)!, deploymentId: deployment.id, number: t.number, key: t.key, title: t.title,
      phase: t.phase, lane: t.lane, party: t.party, kind: t.kind, offsetDays: t.offsetDays, required: t.required,
      dueDate: due, pinned: false, pastDueAtCreation: due < now, status: TaskStatus.OPEN, evidence: null, completedOn: null,
      updatedBy: null, ...startOf(t),
    };
  });
  await insertRows(tx, Task, rows);
  const links = templateTasks.flatMap((t) => t.prerequisiteNumbers.map((n) => ({ taskId: idByNumber.get(t.number)!, prerequisiteId: idByNumber.get(n)! })));
  if (links.length) await tx.createQueryBuilder().insert().into('task_prerequisite').values(links).execute();
}

export async function instantiateDependencies(tx: EntityManager, deployment: Deployment, court: Organization) {
  const imagesOnly = court.ccporProfile === CcporProfile.IMAGES_ONLY;
  await insertRows(tx, Dependency, DEFAULT_DEPENDENCIES.map((d) => {
    const notApplicable = imagesOnly && d.kind === DependencyKind.DOJ_CLETS_CARPOS;
    // A court imported as already live met the applicable ones by its go-live, before it was tracked here.
    const met = !notApplicable && !!deployment.actualGoLive;
    return {
      deploymentId: deployment.id, kind: d.kind, title: d.title, offsetDays: d.offsetDays,
      dueDate: dueDate(deployment.targetGoLive, d.offsetDays), ownerParty: d.owner,
      status: notApplicable ? DependencyStatus.NOT_APPLICABLE : met ? DependencyStatus.MET : DependencyStatus.NOT_STARTED,
      metOn: met ? deployment.actualGoLive : null,
      note: notApplicable ? IMAGES_ONLY_DEPENDENCY_REASON : null,
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
  const before = input.leaIds ? (await tx.createQueryBuilder().relation(Deployment, 'participatingLeas').of(deployment.id).loadMany<Organization>()).map((o) => o.id).sort() : [];
  const after = input.leaIds ? [...new Set(input.leaIds)].sort() : before;
  if (input.wave !== undefined) deployment.wave = input.wave;
  if (input.leaIds) deployment.participatingLeas = after.map((id) => ({ id }) as Organization);
  deployment.updatedBy = ctx.actor.name;
  const version = deployment.version;
  const saved = await tx.save(deployment);
  if (before.join() === after.join()) return saved;
  // The LEAs live in a join table, which neither TypeORM's events nor its version see as a change of
  // the deployment (as with its staff, deployment-staff.service.ts): noted here, the version moved.
  noteChange(tx.queryRunner, tx.connection.getMetadata(Deployment), deployment.id, { leaIds: before }, { leaIds: after });
  if (saved.version !== version) return saved;
  await tx.update(Deployment, { id: deployment.id }, { updatedBy: ctx.actor.name });
  return tx.findOneByOrFail(Deployment, { id: deployment.id });
}
