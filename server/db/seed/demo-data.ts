import { DataSource, In } from 'typeorm';
import type { Config } from '../../config';
import { createContext, systemActor } from '../../graphql/context';
import { Clock, today } from '../../shared/clock';
import { addDays } from '../../shared/dates';
import * as deployments from '../../modules/deployment/deployment.service';
import { advancePhase, changeDeploymentStatus } from '../../modules/deployment/deployment-transition.service';
import { refreshHealthFacts } from '../../modules/deployment/health-facts';
import { Deployment, DeploymentStatus } from '../../modules/deployment/deployment.entity';
import { Dependency, DependencyKind, DependencyStatus } from '../../modules/dependency/dependency.entity';
import { updateDependency } from '../../modules/dependency/dependency.service';
import { Party, Phase, PHASE_ORDER } from '../../modules/lifecycle-template/lifecycle.enums';
import { Organization, OrganizationKind } from '../../modules/organization/organization.entity';
import { Task, TaskStatus } from '../../modules/task/task.entity';
import * as tasks from '../../modules/task/task.service';
import { inTransaction } from '../data-source';
import { hashPassword } from '../../modules/user/credentials';
import { Role, User } from '../../modules/user/user.entity';
import { assignDeploymentStaff } from '../../modules/deployment/deployment-staff.service';
import { courtName, sheriffName } from './california';

interface DemoDeployment {
  county: string;
  wave: number;
  /** Days before today the deployment was created. */
  createdAgo: number;
  /** Target go-live in days from today. */
  goLiveIn: number;
  /** Tasks 1..doneThrough are completed, each on its due date (or today if that is later). */
  doneThrough: number;
  status?: DeploymentStatus;
  dependencies?: Partial<Record<DependencyKind, { status: DependencyStatus; waitingOn?: Party; sinceAgo?: number }>>;
  /** Went live this many days ago (recorded directly: readiness arrives with CAT). */
  liveAgo?: number;
  pinTask?: { number: number; dueIn: number };
}

const MET = { status: DependencyStatus.MET };
const ALL_MET = Object.fromEntries(Object.values(DependencyKind).map((k) => [k, MET])) as DemoDeployment['dependencies'];

/** A dozen deployments over every phase and health, built through the same services the API uses. */
const DEMO: DemoDeployment[] = [
  { county: 'Humboldt', wave: 3, createdAgo: 5, goLiveIn: 160, doneThrough: 0 },
  { county: 'Sacramento', wave: 2, createdAgo: 40, goLiveIn: 110, doneThrough: 4 },
  { county: 'Placer', wave: 3, createdAgo: 10, goLiveIn: 75, doneThrough: 2 },
  { county: 'Tulare', wave: 2, createdAgo: 60, goLiveIn: 70, doneThrough: 6, status: DeploymentStatus.ON_HOLD },
  { county: 'Marin', wave: 2, createdAgo: 50, goLiveIn: 65, doneThrough: 10, status: DeploymentStatus.COMMITTED },
  {
    county: 'Orange', wave: 2, createdAgo: 70, goLiveIn: 55, doneThrough: 9, status: DeploymentStatus.INTERESTED,
    dependencies: { INFRASTRUCTURE_ASSESSMENT: { status: DependencyStatus.WAITING, waitingOn: Party.COURT, sinceAgo: 35 } },
  },
  { county: 'Alameda', wave: 1, createdAgo: 80, goLiveIn: 46, doneThrough: 12, status: DeploymentStatus.COMMITTED },
  {
    county: 'Shasta', wave: 1, createdAgo: 90, goLiveIn: 29, doneThrough: 14, status: DeploymentStatus.IN_PROGRESS,
    pinTask: { number: 15, dueIn: 6 },
    dependencies: { RESOURCE_PLANNING: MET, INFRASTRUCTURE_ASSESSMENT: MET, CCTC_CONNECTIVITY: { status: DependencyStatus.IN_PROGRESS } },
  },
  {
    county: 'Los Angeles', wave: 1, createdAgo: 120, goLiveIn: 25, doneThrough: 16, status: DeploymentStatus.IN_PROGRESS,
    dependencies: { RESOURCE_PLANNING: MET, INFRASTRUCTURE_ASSESSMENT: MET, DOJ_CLETS_CARPOS: { status: DependencyStatus.WAITING, waitingOn: Party.DOJ, sinceAgo: 12 } },
  },
  {
    county: 'San Diego', wave: 1, createdAgo: 110, goLiveIn: 12, doneThrough: 18, status: DeploymentStatus.IN_PROGRESS,
    dependencies: { ...ALL_MET, DOJ_CLETS_CARPOS: { status: DependencyStatus.WAITING, waitingOn: Party.DOJ, sinceAgo: 40 }, USER_PROFILES_ACCESS: { status: DependencyStatus.IN_PROGRESS }, TRAINING_TESTING: { status: DependencyStatus.IN_PROGRESS } },
  },
  { county: 'Kern', wave: 1, createdAgo: 100, goLiveIn: -2, doneThrough: 20, status: DeploymentStatus.IN_PROGRESS, dependencies: ALL_MET },
  { county: 'Santa Clara', wave: 1, createdAgo: 150, goLiveIn: -3, doneThrough: 22, status: DeploymentStatus.IN_PROGRESS, dependencies: ALL_MET, liveAgo: 3 },
];

/** The demo accounts development prints at start; production refuses to start while any exists. */
export const DEMO_PASSWORD = 'ccpor-demo-password';
export const DEMO_EMAIL_DOMAIN = '@ccpor.example';
const DEMO_USERS: { email: string; displayName: string; role: Role; county?: string }[] = [
  { email: `admin${DEMO_EMAIL_DOMAIN}`, displayName: 'Alex Admin', role: Role.ADMIN },
  { email: `coordinator${DEMO_EMAIL_DOMAIN}`, displayName: 'Casey Coordinator', role: Role.COORDINATOR },
  { email: `field${DEMO_EMAIL_DOMAIN}`, displayName: 'Frankie Field', role: Role.FIELD_STAFF },
  { email: `partner.la${DEMO_EMAIL_DOMAIN}`, displayName: 'Pat Partner (Los Angeles court)', role: Role.PARTNER_USER, county: 'Los Angeles' },
  { email: `reporter${DEMO_EMAIL_DOMAIN}`, displayName: 'Robin Reporter', role: Role.REPORTER },
];

async function seedDemoUsers(db: DataSource) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const courts = await db.manager.findBy(Organization, { kind: OrganizationKind.COURT });
  return inTransaction(db, (tx) => tx.save(DEMO_USERS.map((u) => tx.create(User, {
    email: u.email, displayName: u.displayName, role: u.role, passwordHash, active: true,
    organizationId: u.county ? courts.find((c) => c.county === u.county)!.id : null,
  }))));
}

export const demoUsersBanner = () => [
  'Demo users (development only; MFA_REQUIRED_ROLES is empty here, so none needs a second factor):',
  ...DEMO_USERS.map((u) => `  ${u.email.padEnd(28)} ${u.role.padEnd(13)} password: ${DEMO_PASSWORD}`),
].join('\n');

/** Seeds the demo deployments into a database that has none. */
export async function seedDemoData(db: DataSource, config: Config, realClock: Clock) {
  if ((await db.manager.count(Deployment)) > 0) return;
  const realToday = today(realClock);
  let now = realToday;
  // Each step happens on its own day, so dates and "who did what when" look like a real history.
  const clock: Clock = { now: () => new Date(`${now}T18:00:00Z`) };
  const ctx = createContext(db, clock, config, systemActor('Demo data'));
  const orgs = await db.manager.findBy(Organization, { county: In(DEMO.map((d) => d.county)) });
  const org = (county: string, kind: OrganizationKind) => orgs.find((o) => o.county === county && o.kind === kind)!;
  // Each change is based on the version the record has now, as an update must be (docs/sync.md#versions-and-conflicts).
  const versionOf = async (entity: typeof Task | typeof Deployment, id: string) => (await db.manager.findOneByOrFail(entity, { id })).version;

  for (const spec of DEMO) {
    now = addDays(realToday, -spec.createdAgo);
    const court = org(spec.county, OrganizationKind.COURT);
    if (court.name !== courtName(spec.county)) throw new Error(`Unexpected court for ${spec.county}`);
    const goLive = addDays(realToday, spec.goLiveIn);
    let d = await deployments.createDeployment(ctx, {
      courtId: court.id, leaIds: [org(spec.county, OrganizationKind.LEA).id], wave: spec.wave, targetGoLive: goLive,
    });
    const all = await db.manager.find(Task, { where: { deploymentId: d.id }, order: { number: 'ASC' } });
    for (const task of all.slice(0, spec.doneThrough)) {
      if (task.number === 23) break;
      const phaseIndex = PHASE_ORDER.indexOf(task.phase);
      now = task.dueDate < realToday ? (task.dueDate > now ? task.dueDate : now) : realToday;
      while (PHASE_ORDER.indexOf(d.phase) < phaseIndex) d = await advancePhase(ctx, { deploymentId: d.id, baseVersion: await versionOf(Deployment, d.id) });
      await tasks.completeTask(ctx, { taskId: task.id, baseVersion: await versionOf(Task, task.id) });
    }
    now = realToday;
    if (spec.pinTask) {
      const task = all.find((t) => t.number === spec.pinTask!.number)!;
      await tasks.moveTask(ctx, { taskId: task.id, dueDate: addDays(realToday, spec.pinTask.dueIn), baseVersion: await versionOf(Task, task.id) });
    }
    for (const [kind, change] of Object.entries(spec.dependencies ?? {})) {
      const dependency = await db.manager.findOneByOrFail(Dependency, { deploymentId: d.id, kind: kind as DependencyKind });
      if (dependency.status === DependencyStatus.NOT_APPLICABLE) continue;
      now = addDays(realToday, -(change.sinceAgo ?? 1));
      await updateDependency(ctx, { dependencyId: dependency.id, status: change.status, waitingOn: change.waitingOn ?? null, baseVersion: dependency.version });
      now = realToday;
    }
    for (const status of statusPath(spec.status ?? DeploymentStatus.INTERESTED)) {
      d = await changeDeploymentStatus(ctx, { deploymentId: d.id, status, baseVersion: await versionOf(Deployment, d.id) });
    }
    if (spec.liveAgo !== undefined) await recordLive(db, d.id, addDays(realToday, -spec.liveAgo));
  }
  // The coordinator leads every demo deployment; the field engineer visits the four nearest go-live.
  const [, coordinator, field] = await seedDemoUsers(db);
  const all = await db.manager.find(Deployment, { order: { targetGoLive: 'ASC' } });
  const visits = all.filter((d) => d.status !== DeploymentStatus.LIVE).slice(0, 4).map((d) => d.id);
  for (const d of all) {
    await assignDeploymentStaff(ctx, { deploymentId: d.id, coordinatorId: coordinator.id, fieldStaffIds: visits.includes(d.id) ? [field.id] : [], baseVersion: d.version });
  }
  // One LEA joins a second deployment, so lists show more than one agency somewhere.
  const la = await db.manager.findOneByOrFail(Deployment, { courtId: org('Los Angeles', OrganizationKind.COURT).id });
  await deployments.updateDeployment(ctx, {
    deploymentId: la.id,
    baseVersion: la.version,
    leaIds: [org('Los Angeles', OrganizationKind.LEA).id, orgs.find((o) => o.name === sheriffName('Orange'))!.id],
  });
}

const statusPath = (target: DeploymentStatus): DeploymentStatus[] => ({
  [DeploymentStatus.INTERESTED]: [],
  [DeploymentStatus.COMMITTED]: [DeploymentStatus.COMMITTED],
  [DeploymentStatus.IN_PROGRESS]: [DeploymentStatus.COMMITTED, DeploymentStatus.IN_PROGRESS],
  [DeploymentStatus.ON_HOLD]: [DeploymentStatus.ON_HOLD],
  [DeploymentStatus.WITHDRAWN]: [DeploymentStatus.WITHDRAWN],
  [DeploymentStatus.LIVE]: [],
  [DeploymentStatus.CLOSED]: [],
})[target];

/** A court that went live: go-live completed and the phase moved on. */
async function recordLive(db: DataSource, deploymentId: string, on: string) {
  await inTransaction(db, async (tx) => {
    await tx.update(Task, { deploymentId, number: 23 }, { status: TaskStatus.DONE, completedOn: on, updatedBy: 'Demo data' });
    await tx.update(Task, { deploymentId, number: 24 }, { status: TaskStatus.DONE, completedOn: on, updatedBy: 'Demo data' });
    await tx.update(Deployment, { id: deploymentId }, {
      status: DeploymentStatus.LIVE, phase: Phase.POST_GO_LIVE, phaseEnteredOn: on, actualGoLive: on, updatedBy: 'Demo data',
    });
    // Recorded directly, not through the write path: the health dates it keeps are brought up to date here.
    await refreshHealthFacts(tx, [deploymentId]);
  });
}
