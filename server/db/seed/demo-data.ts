import { DataSource, In } from 'typeorm';
import type { Config } from '../../config';
import { createContext, systemActor } from '../../graphql/context';
import { Clock, today } from '../../shared/clock';
import { addDays } from '../../shared/dates';
import * as deployments from '../../modules/deployment/deployment.service';
import { advancePhase, changeDeploymentStatus } from '../../modules/deployment/deployment-transition.service';
import { Deployment, DeploymentStatus } from '../../modules/deployment/deployment.entity';
import { Dependency, DependencyKind, DependencyStatus } from '../../modules/dependency/dependency.entity';
import { updateDependency } from '../../modules/dependency/dependency.service';
import { Party, PHASE_ORDER } from '../../modules/lifecycle-template/lifecycle.enums';
import { Organization, OrganizationKind } from '../../modules/organization/organization.entity';
import { Task, TaskStatus } from '../../modules/task/task.entity';
import * as tasks from '../../modules/task/task.service';
import { inTransaction } from '../data-source';
import { hashPassword } from '../../modules/user/credentials';
import { Role, User } from '../../modules/user/user.entity';
import { assignDeploymentStaff } from '../../modules/deployment/deployment-staff.service';
import { courtName, sheriffName } from './california';
import type { Actor } from '../../graphql/context';
import { Role as ActorRole } from '../../modules/user/user.entity';
import { scheduleTraining, recordTrainingHeld } from '../../modules/training/training.service';
import { TrainingAudience, TrainingMode, TrainingModule } from '../../modules/training/training.entity';
import { findCurrentPlan } from '../../modules/test-plan/test-plan.service';
import { TestCase } from '../../modules/test-plan/test-plan.entity';
import { recordTestResults, startTestRun } from '../../modules/test-run/test-run.service';
import { TestEnvironment, TestResultStatus, TestRunPurpose } from '../../modules/test-run/test-run.entity';
import { raiseDefect } from '../../modules/defect/defect.service';
import { DefectSeverity } from '../../modules/defect/defect.entity';
import { signOffRun } from '../../modules/sign-off/sign-off.service';
import { acceptResponse, startResponse, submitResponse } from '../../modules/questionnaire/questionnaire.service';
import { READINESS_CHECKLIST } from '../../modules/questionnaire/default-questionnaires';
import { goLive } from '../../modules/deployment/go-live.service';
import type { Context } from '../../graphql/context';

/** What the court's acceptance testing has come to: a rehearsal begun, or an acceptance run with a failed case and its defect. */
type CatStory = 'REHEARSAL' | 'FAILING';

interface DemoDeployment {
  county: string;
  wave: number;
  /** Days before today the deployment was created. */
  createdAgo: number;
  /** Target go-live in days from today. */
  goLiveIn: number;
  /**
   * Tasks 1..doneThrough are done, each on its due date (or today if that is later), through the
   * records that fulfil them where the product has some: training held, an acceptance run passed
   * and signed off, the readiness checklist accepted (docs/domain.md#demo-data).
   */
  doneThrough: number;
  status?: DeploymentStatus;
  dependencies?: Partial<Record<DependencyKind, { status: DependencyStatus; waitingOn?: Party; sinceAgo?: number }>>;
  /** Went live this many days ago, through goLive with readiness GO. */
  liveAgo?: number;
  pinTask?: { number: number; dueIn: number };
  /** CAT begun before its task is done (tasks through 19 done bring a passed acceptance run of their own). */
  cat?: CatStory;
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
    county: 'Shasta', wave: 1, createdAgo: 90, goLiveIn: 29, doneThrough: 14, status: DeploymentStatus.IN_PROGRESS, cat: 'REHEARSAL',
    pinTask: { number: 15, dueIn: 6 },
    dependencies: { RESOURCE_PLANNING: MET, INFRASTRUCTURE_ASSESSMENT: MET, CCTC_CONNECTIVITY: { status: DependencyStatus.IN_PROGRESS } },
  },
  {
    county: 'Los Angeles', wave: 1, createdAgo: 120, goLiveIn: 25, doneThrough: 16, status: DeploymentStatus.IN_PROGRESS, cat: 'REHEARSAL',
    dependencies: { RESOURCE_PLANNING: MET, INFRASTRUCTURE_ASSESSMENT: MET, DOJ_CLETS_CARPOS: { status: DependencyStatus.WAITING, waitingOn: Party.DOJ, sinceAgo: 12 } },
  },
  {
    county: 'San Diego', wave: 1, createdAgo: 110, goLiveIn: 12, doneThrough: 18, status: DeploymentStatus.IN_PROGRESS, cat: 'FAILING',
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

/**
 * The demo accounts this database holds, for development to print at start: none when it held
 * deployments before its first start (a `seed:scale` database gets no demo data, so no demo users).
 */
export async function demoUsersBanner(db: DataSource): Promise<string> {
  const present = new Set((await db.manager.find(User, { select: { email: true }, where: { email: In(DEMO_USERS.map((u) => u.email)), active: true } })).map((u) => u.email));
  const users = DEMO_USERS.filter((u) => present.has(u.email));
  if (!users.length) return 'No demo users in this database (it held deployments before demo data could be added). Create an administrator with `npm run create-admin`.';
  return [
    'Demo users (development only; MFA_REQUIRED_ROLES is empty here, so none needs a second factor):',
    ...users.map((u) => `  ${u.email.padEnd(28)} ${u.role.padEnd(13)} password: ${DEMO_PASSWORD}`),
  ].join('\n');
}

/** Seeds the demo deployments into a database that has none. */
export async function seedDemoData(db: DataSource, config: Config, realClock: Clock) {
  if ((await db.manager.count(Deployment)) > 0) return;
  const realToday = today(realClock);
  let now = realToday;
  // Each step happens on its own day, so dates and "who did what when" look like a real history.
  const clock: Clock = { now: () => new Date(`${now}T18:00:00Z`) };
  const ctx = createContext(db, clock, config, systemActor('Demo data'));
  // Each party signs a CAT run as itself (docs/domain.md#sign-offs): the court's and the agency's signers too.
  const partner = (organizationId: string, name: string): Context =>
    createContext(db, clock, config, { userId: null, name, role: ActorRole.PARTNER_USER, organizationId, via: 'system' } satisfies Actor);
  const orgs = await db.manager.findBy(Organization, { county: In(DEMO.map((d) => d.county)) });
  const org = (county: string, kind: OrganizationKind) => orgs.find((o) => o.county === county && o.kind === kind)!;
  // Each change is based on the version the record has now, as an update must be (docs/sync.md#versions-and-conflicts).
  const versionOf = async (entity: typeof Task | typeof Deployment, id: string) => (await db.manager.findOneByOrFail(entity, { id })).version;
  const cases = await db.manager.find(TestCase, { where: { planId: (await findCurrentPlan(db.manager))!.id }, order: { position: 'ASC' } });

  /** Records one attempt per case given, on today's date of the seed's clock. */
  const attempt = async (runId: string, results: { caseId: string; status: TestResultStatus; actualResult?: string }[]) => {
    const payload = await recordTestResults(ctx, {
      runId, results: results.map((r) => ({ ...r, tester: 'Jordan Lee', build: 'CCPOR 4.2.1', testedAt: clock.now(), photos: [] })),
    });
    if (payload.refused) throw new Error(`Demo data: ${payload.refused} CAT results refused`);
    return payload.results.map((r) => r.attempt!);
  };

  /** The court's acceptance run, every case passed, signed off by the court, each agency and the CCPOR team. */
  const passedAcceptance = async (d: Deployment, leaIds: string[]) => {
    const run = await startTestRun(ctx, { deploymentId: d.id, environment: TestEnvironment.TEST, purpose: TestRunPurpose.ACCEPTANCE });
    await attempt(run.id, cases.map((c) => ({ caseId: c.id, status: TestResultStatus.PASSED })));
    await signOffRun(partner(d.courtId, 'Jordan Lee'), {
      runId: run.id, party: Party.COURT, organizationId: d.courtId, signerName: 'Jordan Lee', signerRole: 'Court Executive Officer', statement: SIGN_OFF_STATEMENT,
    });
    for (const leaId of leaIds) {
      await signOffRun(partner(leaId, 'Sgt. Casey Moore'), {
        runId: run.id, party: Party.LEA, organizationId: leaId, signerName: 'Sgt. Casey Moore', signerRole: 'Civil Unit supervisor', statement: SIGN_OFF_STATEMENT,
      });
    }
    await signOffRun(ctx, { runId: run.id, party: Party.CCPOR_TEAM, signerName: 'Robin Ortiz', signerRole: 'CCPOR deployment lead', statement: SIGN_OFF_STATEMENT });
  };

  for (const spec of DEMO) {
    now = addDays(realToday, -spec.createdAgo);
    const court = org(spec.county, OrganizationKind.COURT);
    if (court.name !== courtName(spec.county)) throw new Error(`Unexpected court for ${spec.county}`);
    const leaIds = [org(spec.county, OrganizationKind.LEA).id];
    const goLive = addDays(realToday, spec.goLiveIn);
    let d = await deployments.createDeployment(ctx, { courtId: court.id, leaIds, wave: spec.wave, targetGoLive: goLive });
    const all = await db.manager.find(Task, { where: { deploymentId: d.id }, order: { number: 'ASC' } });
    for (const task of all.slice(0, spec.doneThrough)) {
      if (task.number === 23) break;
      const phaseIndex = PHASE_ORDER.indexOf(task.phase);
      now = task.dueDate < realToday ? (task.dueDate > now ? task.dueDate : now) : realToday;
      while (PHASE_ORDER.indexOf(d.phase) < phaseIndex) d = await advancePhase(ctx, { deploymentId: d.id, baseVersion: await versionOf(Deployment, d.id) });
      // The records that fulfil a task complete it (docs/domain.md#demo-data); the rest are completed by hand.
      if (task.key === 'CCPOR_TRAINING') await holdTraining(ctx, d.id, now);
      if (task.key === 'COURT_ACCEPTANCE_TESTING') await passedAcceptance(d, leaIds);
      if (task.key === 'VALIDATE_READINESS') await acceptChecklist(ctx, d.id, goLive);
      if ((await db.manager.findOneByOrFail(Task, { id: task.id })).status === TaskStatus.DONE) continue;
      await tasks.completeTask(ctx, { taskId: task.id, baseVersion: await versionOf(Task, task.id) });
    }
    // What happens next happens today, or for a court that went live, before its go-live.
    const before = spec.liveAgo === undefined ? realToday : addDays(realToday, -(spec.liveAgo + 1));
    now = realToday;
    if (spec.pinTask) {
      const task = all.find((t) => t.number === spec.pinTask!.number)!;
      await tasks.moveTask(ctx, { taskId: task.id, dueDate: addDays(realToday, spec.pinTask.dueIn), baseVersion: await versionOf(Task, task.id) });
    }
    for (const [kind, change] of Object.entries(spec.dependencies ?? {})) {
      const dependency = await db.manager.findOneByOrFail(Dependency, { deploymentId: d.id, kind: kind as DependencyKind });
      if (dependency.status === DependencyStatus.NOT_APPLICABLE) continue;
      now = change.sinceAgo !== undefined ? addDays(realToday, -change.sinceAgo) : before < realToday ? before : addDays(realToday, -1);
      await updateDependency(ctx, { dependencyId: dependency.id, status: change.status, waitingOn: change.waitingOn ?? null, baseVersion: dependency.version });
    }
    now = before;
    for (const status of statusPath(spec.status ?? DeploymentStatus.INTERESTED)) {
      d = await changeDeploymentStatus(ctx, { deploymentId: d.id, status, baseVersion: await versionOf(Deployment, d.id) });
    }
    now = realToday;
    if (spec.cat) await catUnderway(spec.cat, d);
    if (spec.liveAgo !== undefined) await wentLive(d.id, addDays(realToday, -spec.liveAgo));
  }

  /** A rehearsal with the first cases passed, or an acceptance run with one case failed and its defect raised. */
  async function catUnderway(story: CatStory, d: Deployment) {
    now = addDays(realToday, -2);
    const purpose = story === 'REHEARSAL' ? TestRunPurpose.REHEARSAL : TestRunPurpose.ACCEPTANCE;
    const run = await startTestRun(ctx, { deploymentId: d.id, environment: TestEnvironment.TEST, purpose });
    const tried = story === 'REHEARSAL' ? cases.slice(0, 6) : cases.slice(0, Math.ceil(cases.length / 2));
    const [failing, ...passing] = tried;
    await attempt(run.id, passing.map((c) => ({ caseId: c.id, status: TestResultStatus.PASSED })));
    if (story === 'REHEARSAL') return;
    now = addDays(realToday, -1);
    const [failed] = await attempt(run.id, [{
      caseId: failing.id, status: TestResultStatus.FAILED, actualResult: 'The order was saved, but its image did not appear in CCPOR.',
    }]);
    await raiseDefect(ctx, {
      attemptIds: [failed.id], severity: DefectSeverity.MAJOR, title: 'Scanned order image missing after save',
      description: 'The order saves, but CCPOR shows no image for it; the scan profile on the clerk’s workstation is the likely cause.',
    });
    now = realToday;
  }

  /** Goes live through goLive, with readiness GO and every task before go-live done; the incident process follows. */
  async function wentLive(deploymentId: string, on: string) {
    now = on;
    await goLive(ctx, { deploymentId, tasks: [], baseVersion: await versionOf(Deployment, deploymentId) });
    const incidentProcess = await db.manager.findOneByOrFail(Task, { deploymentId, key: 'INCIDENT_REPORTING_PROCESS' });
    now = incidentProcess.dueDate < realToday ? incidentProcess.dueDate : realToday;
    await tasks.completeTask(ctx, { taskId: incidentProcess.id, baseVersion: incidentProcess.version });
    now = realToday;
  }

  // The coordinator leads every demo deployment; the field engineer visits the four nearest go-live.
  const [, coordinator, field] = await seedDemoUsers(db);
  const every = await db.manager.find(Deployment, { order: { targetGoLive: 'ASC' } });
  const visits = every.filter((d) => d.status !== DeploymentStatus.LIVE).slice(0, 4).map((d) => d.id);
  for (const d of every) {
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

const SIGN_OFF_STATEMENT = 'We accept the results of Court Acceptance Testing for go-live.';

/** The CCPOR training, scheduled two weeks ahead and held on `on`: holding it completes its task. */
async function holdTraining(ctx: Context, deploymentId: string, on: string) {
  const session = await scheduleTraining(ctx, {
    deploymentId, scheduledOn: on, mode: TrainingMode.CLASSROOM, module: TrainingModule.FULL_USE, audience: TrainingAudience.END_USERS,
    trainer: 'CCPOR trainer', attendees: [{ name: 'Jordan Lee', role: 'Family law clerk' }, { name: 'Sam Rivera', role: 'Courtroom clerk' }],
  });
  await recordTrainingHeld(ctx, { sessionId: session.id, heldOn: on, baseVersion: session.version });
}

/** The court's Go-Live Readiness Checklist, answered and accepted: accepting it completes "Validate go-live readiness". */
async function acceptChecklist(ctx: Context, deploymentId: string, goLive: string) {
  const answers = {
    accountsActive: true, trainingCompleted: true, scannersReady: true, catSignedOff: true, leasInformed: true,
    cutOverPlan: 'Paper intake stops the evening before go-live; orders in flight are entered on day 0.',
    goLiveSupport: 'Court help desk, then the CCPOR deployment lead.', confirmedGoLive: goLive,
  };
  const started = await startResponse(ctx, { deploymentId, questionnaireKey: READINESS_CHECKLIST.key, filledOnSite: false, answers: {} });
  const submitted = await submitResponse(ctx, { responseId: started.id, answers, baseVersion: started.version });
  await acceptResponse(ctx, { responseId: submitted.id, baseVersion: submitted.version });
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
