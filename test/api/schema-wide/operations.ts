/**
 * The fixture registry: for every operation of schema.graphql, a document and a way to call it.
 * Tests generated from the schema (scope.test.ts here; the audit, replay and stale-version tests)
 * take the operations from schema.graphql and their fixtures from here, so an operation without an
 * entry fails them.
 *
 * Shape of an entry (keep it stable: several generated tests read it):
 * - `document`: the operation's text. Variables are named after the arguments (`input`, `id`, …).
 * - `roles`: the roles the API allows (rules/roles.ts, the sets @Authorized enforces).
 * - `prepare(world, side, role)`: fresh variables that succeed when a person of `role` who may act
 *   on side's records calls them (world.callerFor(role, prepared.deploymentId)); each call makes new
 *   records where the operation uses them up. Updates carry the record's current `baseVersion`,
 *   every mutation with a `mutationId` gets a new one.
 * - `deploymentId` in what `prepare` returns: the deployment the named records belong to, absent
 *   when the operation names no record of a deployment (accounts, templates, plans).
 * - `target`: the record the mutation changes or creates, as `[entityType, id]` (the id when known
 *   before the call, e.g. the record updated or an `id` chosen by the caller).
 */
import { randomUUID } from 'node:crypto';
import { ADMINS, ANY_ROLE, CLOSE_OUT_APPROVERS, COMMENTERS, FIELD_WORK, INCIDENT_REPORTERS, PLANNERS, SIGNERS, TASK_ASSIGNERS, TASK_PROGRESS, TOKEN_HOLDERS } from '../../../rules/roles';
import { loadConfig } from '../../../server/config';
import { decryptSecret, totpCode } from '../../../server/modules/user/credentials';
import { Role, User } from '../../../server/modules/user/user.entity';
import { dataOf, errorCode, TEST_PASSWORD, type Api } from '../../support/api';
import { meetingScanner } from '../../support/capture';
import { passAll, startRun } from '../../support/cat';
import { graphql } from '../../support/generated';
import type { Side, World } from './world';

export interface Prepared {
  variables: Record<string, unknown>;
  deploymentId?: string;
  target?: [entityType: string, id: string];
}

export interface OperationFixture {
  document: string;
  roles: readonly Role[];
  prepare(world: World, side: Side, role: Role): Promise<Prepared>;
}

const today = (api: Api) => api.clock.now().toISOString().slice(0, 10);
const inDays = (api: Api, days: number) => new Date(api.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
const m = () => randomUUID();

/** A mutation taking `input`, answering `selection`. */
const mutation = (name: string, type: string, selection: string) => `mutation SchemaWide_${name}($input: ${type}!) { ${name}(input: $input) ${selection} }`;

// What the fixtures' own steps send (the operations under test are the `document`s below).
const DEPLOYMENT_NOW = graphql(`query SchemaWideDeployment($id: ID!) { deployment(id: $id) {
  id version phase status court { id locations { id } } participatingLeas { id }
  tasks { id number key kind party phase status version pinned assignee { id } prerequisites { number } }
  dependencies { id kind status version }
} }`);
const COMPLETE_TASK = graphql(`mutation SchemaWideComplete($i: TaskActionInput!) { completeTask(input: $i) { id status version } }`);
const MOVE_TASK = graphql(`mutation SchemaWideMove($input: MoveTaskInput!) { moveTask(input: $input) { id version } }`);
const CHANGE_STATUS = graphql(`mutation SchemaWideStatus($input: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $input) { id } }`);
const RESCHEDULE = graphql(`mutation SchemaWideReschedule($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) { reschedule { id } } }`);
const START_ASSESSMENT = graphql(`mutation SchemaWideAssessment($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version } }`);
const ASSESSMENT_VERSION = graphql(`query SchemaWideAssessmentVersion($id: ID!) { scannerAssessment(id: $id) { version } }`);
const RECORD_WORKSTATION = graphql(`mutation SchemaWideWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id version } }`);
const UPDATE_WORKSTATION = graphql(`mutation SchemaWideUpdateWs($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { id version } }`);
const PUBLISH_QUESTIONNAIRE = graphql(`mutation SchemaWidePublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { key } }`);
const PUBLISHED_VERSION = graphql(`mutation SchemaWidePublishedVersion($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id } }`);
const START_RESPONSE = graphql(`mutation SchemaWideStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }`);
const SUBMIT_RESPONSE = graphql(`mutation SchemaWideSubmit($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }`);
const SCHEDULE_TRAINING = graphql(`mutation SchemaWideTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }`);
const REQUEST_ACCOUNT = graphql(`mutation SchemaWideRequest($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }`);
const RECORD_RESULT = graphql(`mutation SchemaWideFail($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }`);
const RAISE_DEFECT = graphql(`mutation SchemaWideDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id version } }`);
const REPORT_INCIDENT = graphql(`mutation SchemaWideIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }`);
const COURT_OF = graphql(`query SchemaWideCourt($county: String!) { organizations(first: 2, filter: { county: $county, kind: COURT }) { nodes { id version ccporProfile } } }`);
const CREATE_FEED = graphql(`mutation SchemaWideFeed { createCalendarFeed(input: {}) { feed { id } } }`);
const TEMPLATES = graphql(`query SchemaWideTemplates { lifecycleTemplates { id publishedAt } }`);
const CURRENT_TEMPLATE = graphql(`query SchemaWideCurrentTemplate { currentLifecycleTemplate { id } }`);
const TEMPLATE_TASKS = graphql(`query SchemaWideTemplateTasks($id: ID!) { lifecycleTemplate(id: $id) { tasks { key kind offsetDays party phase prerequisiteNumbers required title } } }`);
const CREATE_TEMPLATE_DRAFT = graphql(`mutation SchemaWideTemplateDraft($input: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $input) { id } }`);
const PUBLISH_TEMPLATE = graphql(`mutation SchemaWidePublishTemplate($input: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $input) { id } }`);
const PLAN_DRAFT = graphql(`query SchemaWideDraft { testPlanDraft { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }`);
const START_PLAN_DRAFT = graphql(`mutation SchemaWideStartDraft($input: StartTestPlanDraftInput!) { startTestPlanDraft(input: $input) { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }`);
const DISCARD_PLAN_DRAFT = graphql(`mutation SchemaWideDiscardDraft($input: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $input) }`);
const CONFIRM_IDENTITY = graphql(`mutation SchemaWideConfirm($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) }`);
const START_ENROLMENT = graphql(`mutation SchemaWideEnrol { startMfaEnrolment(input: {}) { secret } }`);
const CREATE_TOKEN = graphql(`mutation SchemaWideToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`);
const REQUIREMENTS = graphql(`query SchemaWideRequirements { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }`);

async function deployment(world: World, id: string) {
  return dataOf(await world.api.gql(DEPLOYMENT_NOW, { id })).deployment;
}

const SETTLED = ['DONE', 'WAIVED'];

/**
 * A task of the side's deployment in one of `statuses` that a person of `role` may progress (a court's
 * person: the court's tasks), its prerequisites settled first by the CCPOR team when `ready`.
 */
async function taskFor(world: World, side: Side, role: Role, statuses: string[], ready: boolean) {
  const d = await deployment(world, world.sides[side].deployment.id);
  const task = d.tasks.filter((t) => t.kind !== 'MILESTONE' && statuses.includes(t.status) && (role !== Role.PARTNER_USER || t.party === 'COURT'))
    .sort((a, b) => a.number - b.number)[0];
  if (!task) throw new Error(`Side ${side} has no task left in ${statuses.join('/')} for ${role}.`);
  if (ready) {
    const byNumber = new Map(d.tasks.map((t) => [t.number, t]));
    const settle = async (number: number) => {
      const t = byNumber.get(number)!;
      for (const p of t.prerequisites) await settle(p.number);
      if (number === task.number || SETTLED.includes(t.status)) return;
      dataOf(await world.api.gql(COMPLETE_TASK, { i: { taskId: t.id, baseVersion: t.version, mutationId: m() } }));
      t.status = 'DONE';
    };
    await settle(task.number);
  }
  const fresh = (await deployment(world, d.id)).tasks.find((t) => t.id === task.id)!;
  return { deploymentId: d.id, task: fresh };
}

/** A DONE task of the side's deployment (completed now when there is none). */
async function doneTask(world: World, side: Side) {
  const { deploymentId, task } = await taskFor(world, side, Role.ADMIN, ['OPEN', 'IN_PROGRESS'], true);
  const done = dataOf(await world.api.gql(COMPLETE_TASK, { i: { taskId: task.id, baseVersion: task.version, mutationId: m() } })).completeTask;
  return { deploymentId, task: { ...task, version: done.version } };
}

async function assessment(world: World, side: Side) {
  const d = await deployment(world, world.sides[side].deployment.id);
  const a = dataOf(await world.api.gql(START_ASSESSMENT, {
    i: { deploymentId: d.id, locationId: d.court.locations[0].id, assessedOn: today(world.api), mutationId: m() },
  })).startScannerAssessment;
  return { deploymentId: d.id, assessment: a };
}

async function workstation(world: World, side: Side) {
  const { deploymentId, assessment: a } = await assessment(world, side);
  const w = dataOf(await world.api.gql(RECORD_WORKSTATION, {
    i: { assessmentId: a.id, mutationId: m(), ...meetingScanner({ photoShas: [world.sides[side].fileSha] }) },
  })).recordScannerWorkstation;
  return { deploymentId, assessmentId: a.id, workstation: w };
}

/** A questionnaire published for one response (a deployment answers each questionnaire once). */
async function questionnaireKey(world: World) {
  const key = `SCHEMA_WIDE_${m().slice(0, 8).toUpperCase()}`;
  dataOf(await world.api.gql(PUBLISH_QUESTIONNAIRE, { input: QUESTIONNAIRE(key) }));
  return key;
}

const QUESTIONNAIRE = (key: string) => ({ key, title: 'Site contacts', questions: [{ key: 'counter', label: 'Front counter hours', type: 'TEXT' as const, required: false }], mutationId: m() });
const ANSWERS = { counter: '8 to 4' };

async function response(world: World, side: Side, submitted: boolean) {
  const deploymentId = world.sides[side].deployment.id;
  let r = dataOf(await world.api.gql(START_RESPONSE, {
    i: { deploymentId, questionnaireKey: await questionnaireKey(world), filledOnSite: false, answers: {}, mutationId: m() },
  })).startResponse;
  if (submitted) {
    r = dataOf(await world.api.gql(SUBMIT_RESPONSE, {
      i: { responseId: r.id, answers: ANSWERS, baseVersion: r.version, mutationId: m() },
    })).submitResponse;
  }
  return { deploymentId, response: r };
}

async function training(world: World, side: Side) {
  const deploymentId = world.sides[side].deployment.id;
  const s = dataOf(await world.api.gql(SCHEDULE_TRAINING, {
    i: { deploymentId, scheduledOn: inDays(world.api, 14), mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer', attendees: [{ name: 'Jordan Lee', role: 'Clerk' }], mutationId: m() },
  })).scheduleTraining;
  return { deploymentId, session: s };
}

async function accountRequest(world: World, side: Side) {
  const { deployment: d, courtId } = world.sides[side];
  const r = dataOf(await world.api.gql(REQUEST_ACCOUNT, {
    i: { deploymentId: d.id, organizationId: courtId, personName: 'Sam Request', email: `sam.${m().slice(0, 8)}@court.example`, ccporRole: 'COURT', sealedOrders: false, mutationId: m() },
  })).requestAccount;
  return { deploymentId: d.id, request: r };
}

/** A new run of the side's deployment; `failed` records one FAILED attempt at a MINOR case. */
async function run(world: World, side: Side, failed = false) {
  const deploymentId = world.sides[side].deployment.id;
  const r = await startRun(world.api, deploymentId, 'REHEARSAL');
  let attemptId: string | undefined;
  if (failed) {
    const c = r.cases.find((x) => x.status !== 'NOT_APPLICABLE' && x.testCase.criticality === 'MINOR') ?? r.cases[0];
    attemptId = dataOf(await world.api.gql(RECORD_RESULT, {
      i: { runId: r.id, caseId: c.testCase.id, status: 'FAILED', tester: 'Dana Clerk', actualResult: 'Wrong date', photos: [], mutationId: m() },
    })).recordTestResult.id;
  }
  const caseId = r.cases.find((x) => x.status !== 'NOT_APPLICABLE')!.testCase.id;
  return { deploymentId, run: r, caseId, attemptId };
}

async function defect(world: World, side: Side) {
  const { deploymentId, attemptId } = await run(world, side, true);
  const d = dataOf(await world.api.gql(RAISE_DEFECT, {
    i: { attemptIds: [attemptId!], title: 'Date saved a day early', description: 'Saving stores the date a day early.', severity: 'MINOR', mutationId: m() },
  })).raiseDefect;
  return { deploymentId, defect: d, attemptId: attemptId! };
}

async function incident(world: World, side: Side) {
  const live = await world.live(side);
  const i = dataOf(await world.api.gql(REPORT_INCIDENT, {
    i: { deploymentId: live.id, severity: 'SEV3', description: 'Printing slow at the front counter', reportedBy: 'Court IT', mutationId: m() },
  })).reportIncident;
  return { deploymentId: live.id, incident: i };
}

const ADD_COMMENT = graphql(`mutation SchemaWideComment($i: AddCommentInput!) { addComment(input: $i) { id version } }`);

/** A comment on a task of the side's deployment, written by the caller of `role` (only its author edits it). */
async function comment(world: World, side: Side, role: Role) {
  const deploymentId = world.sides[side].deployment.id;
  const caller = await world.callerFor(role, deploymentId);
  const taskId = (await deployment(world, deploymentId)).tasks[0].id;
  const c = dataOf(await caller.gql(ADD_COMMENT, { i: { deploymentId, taskId, visibility: 'SHARED', body: 'Who brings the scanners?', mutationId: m() } })).addComment;
  return { deploymentId, taskId, comment: c };
}

const MAILBOX = graphql(`query SchemaWideMailbox { mailbox(first: 1) { nodes { id body } } }`);
const SCHEDULE_FOR_MAIL = graphql(`mutation SchemaWideMailTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`);
const MY_VERSION = graphql(`query SchemaWideMyVersion { me { id version } }`);

/** An e-mail just queued: a training scheduled on the side's deployment tells its partners (docs/mail.md). */
async function queuedMail(world: World, side: Side) {
  dataOf(await world.api.gql(SCHEDULE_FOR_MAIL, { i: {
    id: m(), deploymentId: world.sides[side].deployment.id, scheduledOn: inDays(world.api, 20), mode: 'REMOTE', module: 'FULL_USE',
    audience: 'END_USERS', trainer: 'CCPOR trainer', attendees: [], mutationId: m(),
  } }));
  const message = dataOf(await world.api.gql(MAILBOX)).mailbox.nodes[0];
  if (!message) throw new Error('Scheduling a training queued no e-mail.');
  return message;
}

/** The one-click unsubscribe token a queued e-mail carries, and the person it belongs to. */
async function unsubscribeToken(world: World, side: Side) {
  const token = /unsubscribe\?token=([\w.-]+)/.exec((await queuedMail(world, side)).body)?.[1];
  if (!token) throw new Error('The queued e-mail has no unsubscribe link.');
  return { token, userId: token.split('.')[0] };
}

/** An open conflict of the side's deployment: a second device's stale update of a workstation. */
async function conflict(world: World, side: Side) {
  const { deploymentId, workstation: w } = await workstation(world, side);
  const newer = dataOf(await world.api.gql(UPDATE_WORKSTATION, { i: { workstationId: w.id, notes: 'Feeder jams on thin paper', baseVersion: w.version, mutationId: m() } })).updateScannerWorkstation;
  const stale = await world.api.gql(UPDATE_WORKSTATION, { i: { workstationId: w.id, notes: 'Profile set by IT', baseVersion: w.version, mutationId: m() } });
  if (errorCode(stale) !== 'CONFLICT') throw new Error(`expected a conflict: ${JSON.stringify(stale)}`);
  return { deploymentId, conflictId: stale.errors![0].extensions!.details!.conflictId as string, version: newer.version };
}

async function lifecycleDraft(world: World) {
  const list = dataOf(await world.api.gql(TEMPLATES)).lifecycleTemplates;
  const draft = list.find((t) => !t.publishedAt);
  if (draft) return draft.id;
  return dataOf(await world.api.gql(CREATE_TEMPLATE_DRAFT, { input: { mutationId: m() } })).createLifecycleTemplateDraft.id;
}

async function testPlanDraft(world: World) {
  const draft = dataOf(await world.api.gql(PLAN_DRAFT)).testPlanDraft;
  if (draft) return draft;
  return dataOf(await world.api.gql(START_PLAN_DRAFT, { input: { mutationId: m() } })).startTestPlanDraft;
}

/** A user account made for one call, of a role. */
/**
 * What confirmIdentity takes from `role`'s caller: the fixtures' password, and a code of the second
 * factor the caller has enrolled by now (confirmMfaEnrolment's fixture enrols them), if any.
 */
async function identityOf(w: World, role: Role) {
  // startApi's servers keep the test configuration's APP_SECRET, with which TOTP secrets are sealed.
  const caller = await w.callerFor(role);
  const { totpSecret } = await w.api.app.db.manager.findOneByOrFail(User, { id: caller.user!.id });
  const secret = totpSecret && decryptSecret(totpSecret, loadConfig({ NODE_ENV: 'test' }).appSecret);
  return { caller, input: { password: TEST_PASSWORD, totpCode: secret ? totpCode(secret, caller.user!.email, w.api.clock.now()) : null } };
}

/** Changing how one signs in needs a recent confirmIdentity (docs/security.md#confirming-identity). */
async function confirmed(w: World, role: Role) {
  const { caller, input } = await identityOf(w, role);
  dataOf(await caller.gql(CONFIRM_IDENTITY, { input }));
  return caller;
}

async function account(world: World, role: Role) {
  return world.api.createUser(role, { name: `Schema-wide account ${m().slice(0, 8)}` });
}

const DEPLOYMENT = '{ id version status phase court { name } tasks { id status } }';
const TASK = '{ id status version deployment { id court { name } } }';
const RUN = '{ id deployment { id court { name } } cases { status } }';

export const OPERATIONS: Record<string, OperationFixture> = {
  // ---------------------------------------------------------------- queries naming a record
  deployment: {
    document: `query SchemaWide_deployment($id: ID!) { deployment(id: $id) ${DEPLOYMENT} }`, roles: ANY_ROLE,
    prepare: async (w, s) => ({ variables: { id: w.sides[s].deployment.id }, deploymentId: w.sides[s].deployment.id }),
  },
  deploymentReadiness: {
    document: `query SchemaWide_deploymentReadiness($deploymentId: ID!) { deploymentReadiness(deploymentId: $deploymentId) { status blockers { code what recordId } } }`, roles: ANY_ROLE,
    prepare: async (w, s) => ({ variables: { deploymentId: w.sides[s].deployment.id }, deploymentId: w.sides[s].deployment.id }),
  },
  previewReschedule: {
    document: `query SchemaWide_previewReschedule($deploymentId: ID!, $targetGoLive: LocalDate!) { previewReschedule(deploymentId: $deploymentId, targetGoLive: $targetGoLive) { toGoLive moved { __typename } } }`, roles: PLANNERS,
    prepare: async (w, s) => ({ variables: { deploymentId: w.sides[s].deployment.id, targetGoLive: inDays(w.api, 150) }, deploymentId: w.sides[s].deployment.id }),
  },
  organization: {
    document: `query SchemaWide_organization($id: ID!) { organization(id: $id) { id name locations { id } } }`, roles: ANY_ROLE,
    prepare: async (w, s) => ({ variables: { id: w.sides[s].courtId }, deploymentId: w.sides[s].deployment.id }),
  },
  questionnaireResponse: {
    document: `query SchemaWide_questionnaireResponse($id: ID!) { questionnaireResponse(id: $id) { id status deploymentId } }`, roles: ANY_ROLE,
    prepare: async (w, s) => { const r = await response(w, s, false); return { variables: { id: r.response.id }, deploymentId: r.deploymentId }; },
  },
  scannerAssessment: {
    document: `query SchemaWide_scannerAssessment($id: ID!) { scannerAssessment(id: $id) { id status workstations { id } } }`, roles: ANY_ROLE,
    prepare: async (w, s) => { const a = await assessment(w, s); return { variables: { id: a.assessment.id }, deploymentId: a.deploymentId }; },
  },
  testRun: {
    document: `query SchemaWide_testRun($id: ID!) { testRun(id: $id) ${RUN} }`, roles: ANY_ROLE,
    prepare: async (w, s) => { const r = await run(w, s); return { variables: { id: r.run.id }, deploymentId: r.deploymentId }; },
  },
  lifecycleTemplate: {
    document: `query SchemaWide_lifecycleTemplate($id: ID!) { lifecycleTemplate(id: $id) { id name } }`, roles: ADMINS,
    prepare: async (w) => ({ variables: { id: dataOf(await w.api.gql(CURRENT_TEMPLATE)).currentLifecycleTemplate.id } }),
  },
  conflicts: {
    document: `query SchemaWide_conflicts($filter: ConflictFilter) { conflicts(first: 100, filter: $filter) { totalCount nodes { id deploymentId attempted server } } }`, roles: TASK_PROGRESS,
    prepare: async (w, s) => { const c = await conflict(w, s); return { variables: { filter: { deploymentId: c.deploymentId } }, deploymentId: c.deploymentId }; },
  },
  auditEvents: {
    document: `query SchemaWide_auditEvents($filter: AuditEventFilter) { auditEvents(first: 10, filter: $filter) { totalCount nodes { id entityType } } }`, roles: PLANNERS,
    prepare: async (w, s) => ({ variables: { filter: { deploymentId: w.sides[s].deployment.id } }, deploymentId: w.sides[s].deployment.id }),
  },
  apiTokens: {
    document: `query SchemaWide_apiTokens($filter: ApiTokenFilter) { apiTokens(first: 10, filter: $filter) { totalCount nodes { id name } } }`, roles: ADMINS,
    prepare: async (w) => ({ variables: { filter: { userId: w.api.user!.id } } }),
  },

  // ---------------------------------------------------------------- deployments (planners)
  createDeployment: {
    document: mutation('createDeployment', 'CreateDeploymentInput', DEPLOYMENT), roles: PLANNERS,
    prepare: async (w) => {
      const d = await w.fresh('A');
      // A withdrawn deployment frees its court for the new one.
      dataOf(await w.api.gql(CHANGE_STATUS, { input: { deploymentId: d.id, status: 'WITHDRAWN', baseVersion: d.version, mutationId: m() } }));
      const court = (await deployment(w, d.id)).court.id;
      return { variables: { input: { courtId: court, leaIds: [], fieldStaffIds: [], targetGoLive: inDays(w.api, 120), mutationId: m() } } };
    },
  },
  updateDeployment: {
    document: mutation('updateDeployment', 'UpdateDeploymentInput', DEPLOYMENT), roles: PLANNERS,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      return { variables: { input: { deploymentId: d.id, wave: 2, baseVersion: d.version, mutationId: m() } }, deploymentId: d.id, target: ['Deployment', d.id] };
    },
  },
  rescheduleGoLive: {
    document: mutation('rescheduleGoLive', 'RescheduleGoLiveInput', '{ toGoLive reschedule { id } deployment { id court { name } } }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      return { variables: { input: { deploymentId: d.id, targetGoLive: inDays(w.api, 125 + (d.version % 20)), baseVersion: d.version, mutationId: m() } }, deploymentId: d.id, target: ['Deployment', d.id] };
    },
  },
  undoReschedule: {
    document: mutation('undoReschedule', 'UndoRescheduleInput', '{ toGoLive deployment { id court { name } } }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      const moved = dataOf(await w.api.gql(RESCHEDULE, { input: { deploymentId: d.id, targetGoLive: inDays(w.api, 131 + (d.version % 20)), baseVersion: d.version, mutationId: m() } })).rescheduleGoLive;
      const after = await deployment(w, d.id);
      return { variables: { input: { rescheduleId: moved.reschedule!.id, baseVersion: after.version, mutationId: m() } }, deploymentId: d.id, target: ['Deployment', d.id] };
    },
  },
  advancePhase: {
    document: mutation('advancePhase', 'AdvancePhaseInput', DEPLOYMENT), roles: PLANNERS,
    prepare: async (w, s) => {
      const fresh = await w.fresh(s);
      const d = await deployment(w, fresh.id);
      for (const t of d.tasks.filter((x) => x.phase === d.phase).sort((a, b) => a.number - b.number)) {
        dataOf(await w.api.gql(COMPLETE_TASK, { i: { taskId: t.id, baseVersion: t.version, mutationId: m() } }));
      }
      const after = await deployment(w, d.id);
      return { variables: { input: { deploymentId: d.id, baseVersion: after.version, mutationId: m() } }, deploymentId: d.id, target: ['Deployment', d.id] };
    },
  },
  changeDeploymentStatus: {
    document: mutation('changeDeploymentStatus', 'ChangeDeploymentStatusInput', DEPLOYMENT), roles: PLANNERS,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      const status = d.status === 'ON_HOLD' ? 'IN_PROGRESS' : 'ON_HOLD';
      return { variables: { input: { deploymentId: d.id, status, baseVersion: d.version, mutationId: m() } }, deploymentId: d.id, target: ['Deployment', d.id] };
    },
  },
  assignDeploymentStaff: {
    document: mutation('assignDeploymentStaff', 'AssignDeploymentStaffInput', '{ id fieldStaff { id } }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      // Someone new joins the side's field staff, so that every call changes the assignment.
      const helper = await w.api.createUser(Role.FIELD_STAFF, { name: `Schema-wide helper ${m().slice(0, 8)}` });
      return { variables: { input: { deploymentId: d.id, fieldStaffIds: [w.sides[s].field.user!.id, helper.id], baseVersion: d.version, mutationId: m() } }, deploymentId: d.id, target: ['Deployment', d.id] };
    },
  },
  goLive: {
    document: mutation('goLive', 'GoLiveInput', DEPLOYMENT), roles: PLANNERS,
    prepare: async (w, s) => {
      const ready = await deployment(w, (await w.ready(s)).id);
      return { variables: { input: { deploymentId: ready.id, baseVersion: ready.version, mutationId: m() } }, deploymentId: ready.id, target: ['Deployment', ready.id] };
    },
  },
  setCourtProfile: {
    document: mutation('setCourtProfile', 'SetCourtProfileInput', '{ id ccporProfile version }'), roles: PLANNERS,
    prepare: async (w) => {
      // A court no other fixture uses, switched to the profile it does not have.
      const court = dataOf(await w.api.gql(COURT_OF, { county: w.county() })).organizations.nodes[0];
      const profile = court.ccporProfile === 'IMAGES_ONLY' ? 'DATA_AND_IMAGES' : 'IMAGES_ONLY';
      return { variables: { input: { courtId: court.id, profile, baseVersion: court.version, mutationId: m() } }, target: ['Organization', court.id] };
    },
  },
  approveCloseOut: {
    document: mutation('approveCloseOut', 'ApproveCloseOutInput', DEPLOYMENT), roles: CLOSE_OUT_APPROVERS,
    prepare: async (w, s) => {
      const live = await w.freshLive(s);
      const d = await deployment(w, live.id);
      return {
        variables: { input: { deploymentId: d.id, approvedBy: 'Jordan Lee', approverRole: 'Court Executive Officer', statement: 'CCPOR is in use.', baseVersion: d.version, mutationId: m() } },
        deploymentId: d.id, target: ['Deployment', d.id],
      };
    },
  },
  importDeployments: {
    document: mutation('importDeployments', 'ImportDeploymentsInput', '{ created { id } skipped { __typename } }'), roles: PLANNERS,
    prepare: async (w) => ({ variables: { input: { csv: `Court,Go-live,Phase,Status\n${w.county()},${inDays(w.api, 90)},PLANNING,INTERESTED\n`, mutationId: m() } } }),
  },

  // ---------------------------------------------------------------- tasks and dependencies
  startTask: {
    document: mutation('startTask', 'TaskActionInput', TASK), roles: TASK_PROGRESS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN'], false);
      return { variables: { input: { taskId: task.id, baseVersion: task.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  completeTask: {
    document: mutation('completeTask', 'TaskActionInput', TASK), roles: TASK_PROGRESS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN', 'IN_PROGRESS'], true);
      return { variables: { input: { taskId: task.id, baseVersion: task.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  assignTask: {
    document: mutation('assignTask', 'AssignTaskInput', '{ id assignee { id } version }'), roles: TASK_ASSIGNERS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN', 'IN_PROGRESS'], false);
      // The side's partner takes a court task, its field staff (assigned to the deployment) a team task;
      // cleared when they have it already, so that every call changes the task.
      const person = (task.party === 'COURT' ? w.sides[s].partner : w.sides[s].field).user!.id;
      const assigneeId = task.assignee?.id === person ? null : person;
      return { variables: { input: { taskId: task.id, assigneeId, baseVersion: task.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  waiveTask: {
    document: mutation('waiveTask', 'WaiveTaskInput', TASK), roles: PLANNERS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN', 'IN_PROGRESS'], false);
      return { variables: { input: { taskId: task.id, reason: 'Not needed for this court', baseVersion: task.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  reopenTask: {
    document: mutation('reopenTask', 'TaskActionInput', TASK), roles: PLANNERS,
    prepare: async (w, s) => {
      const { deploymentId, task } = await doneTask(w, s);
      return { variables: { input: { taskId: task.id, baseVersion: task.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  moveTask: {
    document: mutation('moveTask', 'MoveTaskInput', TASK), roles: PLANNERS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN'], false);
      return { variables: { input: { taskId: task.id, dueDate: inDays(w.api, 60), baseVersion: task.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  unpinTask: {
    document: mutation('unpinTask', 'TaskActionInput', TASK), roles: PLANNERS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN'], false);
      const moved = dataOf(await w.api.gql(MOVE_TASK, { input: { taskId: task.id, dueDate: inDays(w.api, 61), baseVersion: task.version, mutationId: m() } })).moveTask;
      return { variables: { input: { taskId: task.id, baseVersion: moved.version, mutationId: m() } }, deploymentId, target: ['Task', task.id] };
    },
  },
  updateDependency: {
    document: mutation('updateDependency', 'UpdateDependencyInput', '{ id status version }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      const dep = d.dependencies.find((x) => x.status !== 'NOT_APPLICABLE')!;
      return { variables: { input: { dependencyId: dep.id, status: 'IN_PROGRESS', note: `Checked ${m().slice(0, 6)}`, baseVersion: dep.version, mutationId: m() } }, deploymentId: d.id, target: ['Dependency', dep.id] };
    },
  },
  recordMeeting: {
    document: mutation('recordMeeting', 'RecordMeetingInput', '{ id attachments { sha256 } }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const { deployment: d, fileSha } = w.sides[s];
      return { variables: { input: { deploymentId: d.id, kind: 'MONTHLY', title: 'Monthly check-in', meetingOn: today(w.api), held: true, attendees: ['Jordan Lee'], attachmentShas: [fileSha], mutationId: m() } }, deploymentId: d.id };
    },
  },
  recordDocument: {
    document: mutation('recordDocument', 'RecordDocumentInput', '{ id attachments { sha256 } }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const { deployment: d, fileSha } = w.sides[s];
      return { variables: { input: { deploymentId: d.id, direction: 'SENT', title: 'Planning notes', exchangedOn: today(w.api), attachmentShas: [fileSha], mutationId: m() } }, deploymentId: d.id };
    },
  },

  // ---------------------------------------------------------------- on-site capture
  startScannerAssessment: {
    document: mutation('startScannerAssessment', 'StartScannerAssessmentInput', '{ id status location { name } }'), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const d = await deployment(w, w.sides[s].deployment.id);
      const id = randomUUID();
      return { variables: { input: { id, deploymentId: d.id, locationId: d.court.locations[0].id, assessedOn: today(w.api), mutationId: m() } }, deploymentId: d.id, target: ['ScannerAssessment', id] };
    },
  },
  updateScannerAssessment: {
    document: mutation('updateScannerAssessment', 'UpdateScannerAssessmentInput', '{ id notes version }'), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const a = await assessment(w, s);
      return { variables: { input: { assessmentId: a.assessment.id, notes: 'Two counters', baseVersion: a.assessment.version, mutationId: m() } }, deploymentId: a.deploymentId, target: ['ScannerAssessment', a.assessment.id] };
    },
  },
  completeScannerAssessment: {
    document: mutation('completeScannerAssessment', 'CompleteScannerAssessmentInput', '{ id status version }'), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const ws = await workstation(w, s);
      const a = dataOf(await w.api.gql(ASSESSMENT_VERSION, { id: ws.assessmentId })).scannerAssessment;
      return { variables: { input: { assessmentId: ws.assessmentId, baseVersion: a.version, mutationId: m() } }, deploymentId: ws.deploymentId, target: ['ScannerAssessment', ws.assessmentId] };
    },
  },
  recordScannerWorkstation: {
    document: mutation('recordScannerWorkstation', 'RecordScannerWorkstationInput', '{ id verdict photoShas }'), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const a = await assessment(w, s);
      const id = randomUUID();
      return { variables: { input: { id, assessmentId: a.assessment.id, mutationId: m(), ...meetingScanner({ photoShas: [w.sides[s].fileSha] }) } }, deploymentId: a.deploymentId, target: ['ScannerWorkstation', id] };
    },
  },
  updateScannerWorkstation: {
    document: mutation('updateScannerWorkstation', 'UpdateScannerWorkstationInput', '{ id notes photoShas version }'), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const ws = await workstation(w, s);
      return { variables: { input: { workstationId: ws.workstation.id, notes: 'Moved to counter 2', photoShas: [w.sides[s].fileSha], baseVersion: ws.workstation.version, mutationId: m() } }, deploymentId: ws.deploymentId, target: ['ScannerWorkstation', ws.workstation.id] };
    },
  },
  startResponse: {
    document: mutation('startResponse', 'StartResponseInput', '{ id status deploymentId }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const id = randomUUID();
      return { variables: { input: { id, deploymentId: w.sides[s].deployment.id, questionnaireKey: await questionnaireKey(w), filledOnSite: false, answers: {}, mutationId: m() } }, deploymentId: w.sides[s].deployment.id, target: ['QuestionnaireResponse', id] };
    },
  },
  saveResponse: {
    document: mutation('saveResponse', 'SaveResponseInput', '{ id status version }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const r = await response(w, s, false);
      return { variables: { input: { responseId: r.response.id, answers: ANSWERS, baseVersion: r.response.version, mutationId: m() } }, deploymentId: r.deploymentId, target: ['QuestionnaireResponse', r.response.id] };
    },
  },
  submitResponse: {
    document: mutation('submitResponse', 'SubmitResponseInput', '{ id status version }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const r = await response(w, s, false);
      return { variables: { input: { responseId: r.response.id, answers: ANSWERS, baseVersion: r.response.version, mutationId: m() } }, deploymentId: r.deploymentId, target: ['QuestionnaireResponse', r.response.id] };
    },
  },
  acceptResponse: {
    document: mutation('acceptResponse', 'ReviewResponseInput', '{ id status version }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const r = await response(w, s, true);
      return { variables: { input: { responseId: r.response.id, baseVersion: r.response.version, mutationId: m() } }, deploymentId: r.deploymentId, target: ['QuestionnaireResponse', r.response.id] };
    },
  },
  returnResponse: {
    document: mutation('returnResponse', 'ReviewResponseInput', '{ id status version }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const r = await response(w, s, true);
      return { variables: { input: { responseId: r.response.id, comment: 'Say who covers go-live day.', baseVersion: r.response.version, mutationId: m() } }, deploymentId: r.deploymentId, target: ['QuestionnaireResponse', r.response.id] };
    },
  },
  scheduleTraining: {
    document: mutation('scheduleTraining', 'ScheduleTrainingInput', '{ id status }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const id = randomUUID();
      return {
        variables: { input: { id, deploymentId: w.sides[s].deployment.id, scheduledOn: inDays(w.api, 20), mode: 'REMOTE', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer', attendees: [], mutationId: m() } },
        deploymentId: w.sides[s].deployment.id, target: ['TrainingSession', id],
      };
    },
  },
  updateTrainingSession: {
    document: mutation('updateTrainingSession', 'UpdateTrainingSessionInput', '{ id notes version }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const t = await training(w, s);
      return { variables: { input: { sessionId: t.session.id, notes: 'Bring the laptops', baseVersion: t.session.version, mutationId: m() } }, deploymentId: t.deploymentId, target: ['TrainingSession', t.session.id] };
    },
  },
  recordTrainingHeld: {
    document: mutation('recordTrainingHeld', 'RecordTrainingHeldInput', '{ id status version }'), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const t = await training(w, s);
      return { variables: { input: { sessionId: t.session.id, heldOn: today(w.api), baseVersion: t.session.version, mutationId: m() } }, deploymentId: t.deploymentId, target: ['TrainingSession', t.session.id] };
    },
  },
  requestAccount: {
    document: mutation('requestAccount', 'RequestAccountInput', '{ id status organization { name } }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const id = randomUUID();
      const { deployment: d, courtId } = w.sides[s];
      return {
        variables: { input: { id, deploymentId: d.id, organizationId: courtId, personName: 'Ana Ruiz', email: `ana.${id.slice(0, 8)}@court.example`, ccporRole: 'COURT', sealedOrders: false, mutationId: m() } },
        deploymentId: d.id, target: ['AccountRequest', id],
      };
    },
  },
  changeAccountRequestStatus: {
    document: mutation('changeAccountRequestStatus', 'ChangeAccountRequestStatusInput', '{ id status version }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const r = await accountRequest(w, s);
      return { variables: { input: { requestId: r.request.id, status: 'APPROVED', baseVersion: r.request.version, mutationId: m() } }, deploymentId: r.deploymentId, target: ['AccountRequest', r.request.id] };
    },
  },
  resolveConflict: {
    document: mutation('resolveConflict', 'ResolveConflictInput', '{ id status deploymentId resolvedValues }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const c = await conflict(w, s);
      return { variables: { input: { conflictId: c.conflictId, resolution: 'TAKE_THEIRS', baseVersion: c.version, mutationId: m() } }, deploymentId: c.deploymentId, target: ['Conflict', c.conflictId] };
    },
  },

  // ---------------------------------------------------------------- CAT, readiness and after go-live
  startTestRun: {
    document: mutation('startTestRun', 'StartTestRunInput', RUN), roles: FIELD_WORK,
    prepare: async (w, s) => {
      const id = randomUUID();
      return { variables: { input: { id, deploymentId: w.sides[s].deployment.id, environment: 'TEST', purpose: 'REHEARSAL', mutationId: m() } }, deploymentId: w.sides[s].deployment.id, target: ['TestRun', id] };
    },
  },
  recordTestResult: {
    document: mutation('recordTestResult', 'RecordTestResultInput', '{ id status runId defects { id } }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const r = await run(w, s);
      const id = randomUUID();
      return {
        variables: { input: { id, runId: r.run.id, caseId: r.caseId, status: 'PASSED', tester: 'Dana Clerk', photos: [w.sides[s].fileSha], mutationId: m() } },
        deploymentId: r.deploymentId, target: ['TestResult', id],
      };
    },
  },
  recordTestResults: {
    document: mutation('recordTestResults', 'RecordTestResultsInput', '{ applied refused results { mutationId attempt { id } error { code message } } }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const r = await run(w, s);
      const id = randomUUID();
      return {
        variables: { input: { runId: r.run.id, results: [{ id, caseId: r.caseId, status: 'PASSED', tester: 'Dana Clerk', photos: [w.sides[s].fileSha], mutationId: m() }] } },
        deploymentId: r.deploymentId, target: ['TestResult', id],
      };
    },
  },
  raiseDefect: {
    document: mutation('raiseDefect', 'RaiseDefectInput', '{ id status run { id deployment { id court { name contacts { email } } readiness { status } } } }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const r = await run(w, s, true);
      const id = randomUUID();
      return {
        variables: { input: { id, attemptIds: [r.attemptId], title: 'Date saved a day early', description: 'Saving stores the date a day early.', severity: 'MINOR', mutationId: m() } },
        deploymentId: r.deploymentId, target: ['Defect', id],
      };
    },
  },
  updateDefect: {
    document: mutation('updateDefect', 'UpdateDefectInput', '{ id status version attempts { id } }'), roles: TASK_PROGRESS,
    prepare: async (w, s) => {
      const d = await defect(w, s);
      return { variables: { input: { defectId: d.defect.id, status: 'OPEN', note: 'Seen again', attemptIds: [d.attemptId], baseVersion: d.defect.version, mutationId: m() } }, deploymentId: d.deploymentId, target: ['Defect', d.defect.id] };
    },
  },
  signOffRun: {
    document: mutation('signOffRun', 'SignOffRunInput', '{ id party status }'), roles: SIGNERS,
    prepare: async (w, s, role) => {
      const deploymentId = w.sides[s].deployment.id;
      const r = await startRun(w.api, deploymentId, 'REHEARSAL');
      await passAll(w.api, r);
      const court = role === Role.PARTNER_USER;
      return {
        variables: { input: { runId: r.id, party: court ? 'COURT' : 'CCPOR_TEAM', organizationId: court ? w.sides[s].courtId : undefined, signerName: 'Jordan Lee', signerRole: 'Court Executive Officer', statement: 'We accept the results.', mutationId: m() } },
        deploymentId,
      };
    },
  },
  reportIncident: {
    document: mutation('reportIncident', 'ReportIncidentInput', '{ id status deploymentId }'), roles: INCIDENT_REPORTERS,
    prepare: async (w, s) => {
      const live = await w.live(s);
      const id = randomUUID();
      return { variables: { input: { id, deploymentId: live.id, severity: 'SEV4', description: 'Slow search at the counter', reportedBy: 'Court IT', mutationId: m() } }, deploymentId: live.id, target: ['Incident', id] };
    },
  },
  updateIncident: {
    document: mutation('updateIncident', 'UpdateIncidentInput', '{ id status version }'), roles: PLANNERS,
    prepare: async (w, s) => {
      const i = await incident(w, s);
      return { variables: { input: { incidentId: i.incident.id, status: 'INVESTIGATING', baseVersion: i.incident.version, mutationId: m() } }, deploymentId: i.deploymentId, target: ['Incident', i.incident.id] };
    },
  },

  comments: {
    document: `query SchemaWide_comments($deploymentId: ID!, $taskId: ID) { comments(deploymentId: $deploymentId, taskId: $taskId) { id body visibility } }`, roles: COMMENTERS,
    prepare: async (w, s, role) => { const c = await comment(w, s, role); return { variables: { deploymentId: c.deploymentId, taskId: c.taskId }, deploymentId: c.deploymentId }; },
  },
  taskAssignees: {
    document: `query SchemaWide_taskAssignees($taskId: ID!) { taskAssignees(taskId: $taskId) { id displayName role } }`, roles: TASK_ASSIGNERS,
    prepare: async (w, s, role) => {
      const { deploymentId, task } = await taskFor(w, s, role, ['OPEN', 'IN_PROGRESS'], false);
      return { variables: { taskId: task.id }, deploymentId };
    },
  },
  commentReaders: {
    document: `query SchemaWide_commentReaders($deploymentId: ID!) { commentReaders(deploymentId: $deploymentId, visibility: SHARED) { userId name } }`, roles: COMMENTERS,
    prepare: async (w, s) => ({ variables: { deploymentId: w.sides[s].deployment.id }, deploymentId: w.sides[s].deployment.id }),
  },
  addComment: {
    document: mutation('addComment', 'AddCommentInput', '{ id body subjectType }'), roles: COMMENTERS,
    prepare: async (w, s) => {
      const deploymentId = w.sides[s].deployment.id;
      const taskId = (await deployment(w, deploymentId)).tasks[0].id;
      const id = randomUUID();
      return { variables: { input: { id, deploymentId, taskId, visibility: 'SHARED', body: 'The kick-off room is booked.', mutationId: m() } }, deploymentId, target: ['Comment', id] };
    },
  },
  editComment: {
    document: mutation('editComment', 'EditCommentInput', '{ id body version }'), roles: COMMENTERS,
    prepare: async (w, s, role) => {
      const c = await comment(w, s, role);
      return { variables: { input: { commentId: c.comment.id, body: 'Who brings the two scanners?', baseVersion: c.comment.version, mutationId: m() } }, deploymentId: c.deploymentId, target: ['Comment', c.comment.id] };
    },
  },

  // ---------------------------------------------------------------- e-mail
  mailMessage: {
    document: `query SchemaWide_mailMessage($id: ID!) { mailMessage(id: $id) { id subject link } }`, roles: ADMINS,
    prepare: async (w, s) => ({ variables: { id: (await queuedMail(w, s)).id } }),
  },
  updateMyMailSettings: {
    document: mutation('updateMyMailSettings', 'UpdateMyMailSettingsInput', '{ id timeZone version }'), roles: ANY_ROLE,
    prepare: async (w, _s, role) => {
      const me = dataOf(await (await w.callerFor(role)).gql(MY_VERSION)).me!;
      return { variables: { input: { timeZone: 'America/Denver', preferences: [{ kind: 'TRAINING_SCHEDULED', delivery: 'DAILY_DIGEST' }], baseVersion: me.version, mutationId: m() } }, target: ['User', me.id] };
    },
  },
  unsubscribeMail: {
    // Public: the link's signed token is the credential, signed in or not.
    document: mutation('unsubscribeMail', 'UnsubscribeMailInput', '{ kinds digest }'), roles: ANY_ROLE,
    prepare: async (w, s) => {
      const { token, userId } = await unsubscribeToken(w, s);
      return { variables: { input: { token, mutationId: m() } }, target: ['User', userId] };
    },
  },

  // ---------------------------------------------------------------- accounts and the session
  confirmIdentity: {
    document: mutation('confirmIdentity', 'ConfirmIdentityInput', ''), roles: ANY_ROLE,
    prepare: async (w, _s, role) => ({ variables: { input: (await identityOf(w, role)).input } }),
  },
  changePassword: {
    document: mutation('changePassword', 'ChangePasswordInput', ''), roles: ANY_ROLE,
    prepare: async (w, _s, role) => {
      const caller = await confirmed(w, role);
      return { variables: { input: { newPassword: TEST_PASSWORD, mutationId: m() } }, target: ['User', caller.user!.id] };
    },
  },
  startMfaEnrolment: {
    document: mutation('startMfaEnrolment', 'MutationIdInput', '{ secret }'), roles: ANY_ROLE,
    prepare: async (w, _s, role) => {
      const caller = await confirmed(w, role);
      return { variables: { input: { mutationId: m() } }, target: ['User', caller.user!.id] };
    },
  },
  confirmMfaEnrolment: {
    document: mutation('confirmMfaEnrolment', 'ConfirmMfaEnrolmentInput', '{ codes }'), roles: ANY_ROLE,
    prepare: async (w, _s, role) => {
      const caller = await confirmed(w, role);
      const secret = dataOf(await caller.gql(START_ENROLMENT)).startMfaEnrolment.secret!;
      return { variables: { input: { code: totpCode(secret, caller.user!.email, w.api.clock.now()), mutationId: m() } }, target: ['User', caller.user!.id] };
    },
  },
  createApiToken: {
    document: mutation('createApiToken', 'CreateApiTokenInput', '{ token apiToken { id } }'), roles: TOKEN_HOLDERS,
    prepare: async (w, _s, role) => {
      await confirmed(w, role);
      return { variables: { input: { name: `Token ${m().slice(0, 8)}`, mutationId: m() } } };
    },
  },
  revokeApiToken: {
    document: mutation('revokeApiToken', 'RevokeApiTokenInput', '{ id revokedAt }'), roles: TOKEN_HOLDERS,
    prepare: async (w, _s, role) => {
      const caller = await confirmed(w, role);
      const created = dataOf(await caller.gql(CREATE_TOKEN, { input: { name: `Token ${m().slice(0, 8)}` } })).createApiToken;
      return { variables: { input: { apiTokenId: created.apiToken.id, mutationId: m() } }, target: ['ApiToken', created.apiToken.id] };
    },
  },
  createUser: {
    document: mutation('createUser', 'CreateUserInput', '{ user { id email } }'), roles: ADMINS,
    prepare: async () => ({ variables: { input: { email: `person.${m().slice(0, 8)}@test.example`, displayName: 'New Person', role: 'REPORTER', mutationId: m() } } }),
  },
  updateUser: {
    document: mutation('updateUser', 'UpdateUserInput', '{ id role version }'), roles: ADMINS,
    prepare: async (w) => {
      const u = await account(w, Role.REPORTER);
      return { variables: { input: { userId: u.id, role: 'COORDINATOR', baseVersion: 1, mutationId: m() } }, target: ['User', u.id] };
    },
  },
  resetPassword: {
    document: mutation('resetPassword', 'UserActionInput', '{ url expiresAt }'), roles: ADMINS,
    // The link is a PasswordReset record of its own, whose id is not known before the call.
    prepare: async (w) => { const u = await account(w, Role.REPORTER); return { variables: { input: { userId: u.id, mutationId: m() } } }; },
  },
  unlockUser: {
    document: mutation('unlockUser', 'UserActionInput', '{ id }'), roles: ADMINS,
    prepare: async (w) => { const u = await account(w, Role.REPORTER); return { variables: { input: { userId: u.id, mutationId: m() } }, target: ['User', u.id] }; },
  },

  // ---------------------------------------------------------------- workspace tools
  markNotificationsRead: {
    document: mutation('markNotificationsRead', 'MarkNotificationsReadInput', '{ readUpTo }'), roles: ANY_ROLE,
    prepare: async (w) => ({ variables: { input: { upTo: w.api.clock.now().toISOString(), mutationId: m() } } }),
  },
  createCalendarFeed: {
    document: mutation('createCalendarFeed', 'MutationIdInput', '{ path feed { id } }'), roles: ANY_ROLE,
    prepare: async () => ({ variables: { input: { mutationId: m() } } }),
  },
  revokeCalendarFeed: {
    document: `mutation SchemaWide_revokeCalendarFeed($input: MutationIdInput!) { revokeCalendarFeed(input: $input) }`, roles: ANY_ROLE,
    prepare: async (w, _s, role) => {
      const caller = await w.callerFor(role);
      const { feed } = dataOf(await caller.gql(CREATE_FEED)).createCalendarFeed;
      return { variables: { input: { mutationId: m() } }, target: ['CalendarFeed', feed.id] };
    },
  },

  // ---------------------------------------------------------------- administration (nothing of a deployment)
  publishScannerRequirements: {
    document: mutation('publishScannerRequirements', 'PublishScannerRequirementsInput', '{ version }'), roles: ADMINS,
    prepare: async (w) => {
      const current = dataOf(await w.api.gql(REQUIREMENTS)).scannerRequirements;
      return { variables: { input: { requirements: current.requirements, mutationId: m() } } };
    },
  },
  publishQuestionnaire: {
    document: mutation('publishQuestionnaire', 'PublishQuestionnaireInput', '{ key version }'), roles: ADMINS,
    prepare: async () => ({ variables: { input: QUESTIONNAIRE(`SCHEMA_WIDE_${m().slice(0, 8).toUpperCase()}`) } }),
  },
  retireQuestionnaire: {
    document: mutation('retireQuestionnaire', 'RetireQuestionnaireInput', '{ id retiredAt }'), roles: ADMINS,
    prepare: async (w) => {
      const key = `SCHEMA_WIDE_${m().slice(0, 8).toUpperCase()}`;
      const superseded = dataOf(await w.api.gql(PUBLISHED_VERSION, { input: QUESTIONNAIRE(key) })).publishQuestionnaire;
      dataOf(await w.api.gql(PUBLISHED_VERSION, { input: QUESTIONNAIRE(key) }));
      return { variables: { input: { questionnaireId: superseded.id, mutationId: m() } }, target: ['Questionnaire', superseded.id] };
    },
  },
  createLifecycleTemplateDraft: {
    document: mutation('createLifecycleTemplateDraft', 'CreateLifecycleTemplateDraftInput', '{ id }'), roles: ADMINS,
    prepare: async (w) => {
      // There is at most one draft: publish the one a call before left.
      const drafts = dataOf(await w.api.gql(TEMPLATES)).lifecycleTemplates;
      for (const d of drafts.filter((t) => !t.publishedAt)) {
        dataOf(await w.api.gql(PUBLISH_TEMPLATE, { input: { templateId: d.id, mutationId: m() } }));
      }
      return { variables: { input: { name: 'Next template', mutationId: m() } } };
    },
  },
  saveLifecycleTemplateDraft: {
    document: mutation('saveLifecycleTemplateDraft', 'SaveLifecycleTemplateDraftInput', '{ id name }'), roles: ADMINS,
    prepare: async (w) => {
      const id = await lifecycleDraft(w);
      const tasks = dataOf(await w.api.gql(TEMPLATE_TASKS, { id })).lifecycleTemplate.tasks;
      return { variables: { input: { templateId: id, name: `Template ${m().slice(0, 6)}`, tasks, mutationId: m() } }, target: ['LifecycleTemplate', id] };
    },
  },
  publishLifecycleTemplate: {
    document: mutation('publishLifecycleTemplate', 'PublishLifecycleTemplateInput', '{ id publishedAt }'), roles: ADMINS,
    prepare: async (w) => { const id = await lifecycleDraft(w); return { variables: { input: { templateId: id, mutationId: m() } }, target: ['LifecycleTemplate', id] }; },
  },
  startTestPlanDraft: {
    document: mutation('startTestPlanDraft', 'StartTestPlanDraftInput', '{ id }'), roles: PLANNERS,
    prepare: async (w) => {
      const draft = dataOf(await w.api.gql(PLAN_DRAFT)).testPlanDraft;
      if (draft) dataOf(await w.api.gql(DISCARD_PLAN_DRAFT, { input: { draftId: draft.id, baseVersion: draft.version, mutationId: m() } }));
      return { variables: { input: { mutationId: m() } } };
    },
  },
  saveTestPlanDraft: {
    document: mutation('saveTestPlanDraft', 'SaveTestPlanDraftInput', '{ id version }'), roles: PLANNERS,
    prepare: async (w) => {
      const d = await testPlanDraft(w);
      return { variables: { input: { draftId: d.id, name: `Plan ${m().slice(0, 6)}`, cases: d.cases, baseVersion: d.version, mutationId: m() } }, target: ['TestPlanDraft', d.id] };
    },
  },
  publishTestPlanDraft: {
    document: mutation('publishTestPlanDraft', 'TestPlanDraftActionInput', '{ version }'), roles: PLANNERS,
    prepare: async (w) => { const d = await testPlanDraft(w); return { variables: { input: { draftId: d.id, baseVersion: d.version, mutationId: m() } }, target: ['TestPlanDraft', d.id] }; },
  },
  discardTestPlanDraft: {
    document: mutation('discardTestPlanDraft', 'TestPlanDraftActionInput', ''), roles: PLANNERS,
    prepare: async (w) => { const d = await testPlanDraft(w); return { variables: { input: { draftId: d.id, baseVersion: d.version, mutationId: m() } }, target: ['TestPlanDraft', d.id] }; },
  },
};

/** Queries that name no record: called as they are, with no arguments beyond the defaults. */
const PLAIN_QUERIES: Record<string, { document: string; roles: readonly Role[] }> = {
  deployments: { document: '{ deployments(first: 100) { totalCount nodes { id } } }', roles: ANY_ROLE },
  organizations: { document: '{ organizations(first: 100) { totalCount nodes { id } } }', roles: ANY_ROLE },
  tasksDue: { document: '{ tasksDue(first: 100, filter: { dueTo: "2030-12-31" }) { totalCount nodes { id } } }', roles: ANY_ROLE },
  currentLifecycleTemplate: { document: '{ currentLifecycleTemplate { id } }', roles: ANY_ROLE },
  me: { document: '{ me { id } }', roles: ANY_ROLE },
  mailbox: { document: '{ mailbox(first: 10) { totalCount nodes { id subject } } }', roles: ADMINS },
  myApiTokens: { document: '{ myApiTokens { id } }', roles: TOKEN_HOLDERS },
  users: { document: '{ users(first: 10) { totalCount } }', roles: ADMINS },
  assignableStaff: { document: '{ assignableStaff { id } }', roles: PLANNERS },
  scannerRequirements: { document: '{ scannerRequirements { version } }', roles: ANY_ROLE },
  scannerInventory: { document: '{ scannerInventory { make model workstations } }', roles: ANY_ROLE },
  questionnaires: { document: '{ questionnaires { key } }', roles: ANY_ROLE },
  questionnaire: { document: '{ questionnaire(key: "GO_LIVE_READINESS") { key } }', roles: ANY_ROLE },
  testPlans: { document: '{ testPlans { version } }', roles: ANY_ROLE },
  testPlan: { document: '{ testPlan { version } }', roles: ANY_ROLE },
  testPlanDraft: { document: '{ testPlanDraft { id } }', roles: PLANNERS },
  deploymentCountsReport: { document: '{ deploymentCountsReport { deployments } }', roles: ANY_ROLE },
  goLivesByMonthReport: { document: '{ goLivesByMonthReport { month } }', roles: ANY_ROLE },
  overdueTasksReport: { document: '{ overdueTasksReport { tasks } }', roles: ANY_ROLE },
  dependencyStatusReport: { document: '{ dependencyStatusReport { kind } }', roles: ANY_ROLE },
  waitingDependenciesReport: { document: '{ waitingDependenciesReport(first: 100) { totalCount } }', roles: ANY_ROLE },
  catRunRatesReport: { document: '{ catRunRatesReport(first: 100) { totalCount } }', roles: ANY_ROLE },
  catCaseRatesReport: { document: '{ catCaseRatesReport(first: 100) { totalCount } }', roles: ANY_ROLE },
  defectsReport: { document: '{ defectsReport { severity } }', roles: ANY_ROLE },
  scannerInventoryReport: { document: '{ scannerInventoryReport { make } }', roles: ANY_ROLE },
  readinessBlockersReport: { document: '{ readinessBlockersReport(first: 100) { totalCount } }', roles: ANY_ROLE },
  deploymentTimelineReport: { document: '{ deploymentTimelineReport(first: 100) { totalCount } }', roles: ANY_ROLE },
  goLivesAtRiskReport: { document: '{ goLivesAtRiskReport(first: 100) { totalCount } }', roles: ANY_ROLE },
  previewDeploymentImport: { document: 'query SchemaWide_preview($csv: String!) { previewDeploymentImport(csv: $csv) { validCount } }', roles: PLANNERS },
  notifications: { document: '{ notifications { items { id } } }', roles: ANY_ROLE },
  myCalendarFeed: { document: '{ myCalendarFeed { createdAt } }', roles: ANY_ROLE },
  lifecycleTemplates: { document: '{ lifecycleTemplates { id } }', roles: ADMINS },
  scannerRequirementVersions: { document: '{ scannerRequirementVersions { version } }', roles: ADMINS },
};
for (const [name, q] of Object.entries(PLAIN_QUERIES)) {
  OPERATIONS[name] = { ...q, prepare: async () => ({ variables: name === 'previewDeploymentImport' ? { csv: 'Court,Go-live,Phase,Status\nFresno,2027-06-01,PLANNING,INTERESTED\n' } : {} }) };
}

/** Sign-in, sign-out and the password link work without a session: their own tests cover them. */
for (const name of ['signIn', 'signOut', 'completePasswordReset']) {
  OPERATIONS[name] = {
    document: name === 'signOut' ? 'mutation SchemaWide_signOut { signOut }' : mutation(name, name === 'signIn' ? 'SignInInput' : 'CompletePasswordResetInput', name === 'signIn' ? '{ user { id } }' : ''),
    roles: ANY_ROLE,
    prepare: async () => { throw new Error(`${name} runs outside a session; sign-in.test.ts covers it.`); },
  };
}
