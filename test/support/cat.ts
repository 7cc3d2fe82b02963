import { randomUUID } from 'node:crypto';
import { dataOf, type Api, type Client, type WithDefaults } from './api';
import { createDeployment, organizationsOf, versionOf, versionsOf } from './fixtures';
import { graphql } from './generated';
import type { AttemptFieldsFragment, Party, RecordTestResultInput, SignOffRunInput, StartTestRunInput, TestRunPurpose } from './generated/graphql';

// Shared selections; documents spread them by name.
graphql(`fragment RunFields on TestRun {
  id purpose environment startedBy planId
  summary { status total untested passed failed blocked retest notApplicable passPercent openDefects { critical major minor } }
  cases { status testCase { id key area criticality requiresCarpos } latestAttempt { id status } attempts { id status tester notes } }
}`);
graphql(`fragment AttemptFields on TestResult { id runId caseId status actualResult notes tester build testedAt photos mutationId recordedBy }`);

export type Attempt = AttemptFieldsFragment;

const PLAN_CASES = graphql(`query PlanCases { testPlan { cases { id key title area criticality requiresCarpos } } }`);
const START_RUN = graphql(`mutation StartRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }`);
const READ_RUN = graphql(`query ReadRun($id: ID!) { testRun(id: $id) { ...RunFields } }`);
const RECORD_RESULT = graphql(`mutation RecordResult($i: RecordTestResultInput!) { recordTestResult(input: $i) { ...AttemptFields } }`);

/** The cases of the latest published CAT plan. */
export async function planCases(api: Api) {
  return dataOf(await api.gql(PLAN_CASES)).testPlan.cases;
}

export type PlanCase = Awaited<ReturnType<typeof planCases>>[number];

export async function startRun(api: Api, deploymentId: string, purpose: TestRunPurpose = 'ACCEPTANCE', extra: Partial<StartTestRunInput> = {}) {
  return dataOf(await api.gql(START_RUN, { i: { deploymentId, environment: 'TEST', purpose, mutationId: randomUUID(), ...extra } })).startTestRun;
}

export type Run = Awaited<ReturnType<typeof startRun>>;

export async function readRun(api: Api, id: string) {
  return dataOf(await api.gql(READ_RUN, { id })).testRun;
}

/** Records one attempt; the tester, build and mutationId have defaults. */
export const recordResult = (api: Api, input: WithDefaults<RecordTestResultInput, 'tester' | 'build' | 'mutationId'>) =>
  api.gql(RECORD_RESULT, { i: { tester: 'Dana Clerk', build: 'CCPOR 4.2.1', mutationId: randomUUID(), ...input } });

export const BULK = graphql(`mutation RecordResults($i: RecordTestResultsInput!) {
  recordTestResults(input: $i) { applied replayed refused results { mutationId replayed attempt { id caseId status } error { code message details } } }
}`);

/** Records an attempt with `status` for every case of a run still needing one (in one bulk request). */
export async function passAll(api: Api, run: { id: string; cases: { status: string; testCase: { id: string } }[] }) {
  const results = run.cases.filter((c) => c.status !== 'NOT_APPLICABLE' && c.status !== 'PASSED')
    .map((c) => ({ caseId: c.testCase.id, status: 'PASSED' as const, tester: 'Dana Clerk', build: 'CCPOR 4.2.1', mutationId: randomUUID() }));
  const res = await api.gql(BULK, { i: { runId: run.id, results } });
  if (res.errors || res.data!.recordTestResults.refused) throw new Error(JSON.stringify(res.errors ?? res.data));
  return res.data!.recordTestResults;
}

const READINESS = graphql(`query Readiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } }`);

export async function readiness(api: Api, deploymentId: string) {
  return dataOf(await api.gql(READINESS, { id: deploymentId })).deploymentReadiness;
}

const COMPLETE_TASK = graphql(`mutation CompleteTaskFixture($i: TaskActionInput!) { completeTask(input: $i) { status } }`);
const MEET_DEPENDENCY = graphql(`mutation MeetDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`);

/** Completes tasks from..through in order (the go-live milestone is goLive's own). */
export async function completeTasks(api: Api, deployment: { id: string; tasks: { id: string; number: number }[] }, through: number, from = 1) {
  const versions = await versionsOf(api, deployment.id);
  for (const t of [...deployment.tasks].sort((a, b) => a.number - b.number).filter((x) => x.number >= from && x.number <= through)) {
    dataOf(await api.gql(COMPLETE_TASK, { i: { taskId: t.id, baseVersion: versions.get(t.id)!, mutationId: randomUUID() } }));
  }
}

/** Marks every dependency that applies MET. */
export async function meetDependencies(api: Api, deployment: { id: string; dependencies: { id: string; status: string }[] }) {
  const versions = await versionsOf(api, deployment.id);
  for (const dep of deployment.dependencies.filter((x) => x.status !== 'NOT_APPLICABLE')) {
    dataOf(await api.gql(MEET_DEPENDENCY, { i: { dependencyId: dep.id, status: 'MET', baseVersion: versions.get(dep.id)!, mutationId: randomUUID() } }));
  }
}

export const SIGN = graphql(`mutation SignOffRun($i: SignOffRunInput!) { signOffRun(input: $i) { id party organizationId signerName signerRole statement status staleBecause runStatusAtSigning recordedBy } }`);
const RUN_PARTIES = graphql(`query RunParties($id: ID!) { testRun(id: $id) { deployment { court { id } participatingLeas { id } } } }`);
const COURT_OF = graphql(`query CourtOf($id: ID!) { deployment(id: $id) { court { id } } }`);

/**
 * Who signs: each party signs in as itself (a person of the court or agency, the CCPOR team's
 * admin). For an organization that takes no part in the run, the admin tries, so that the input
 * checks answer.
 */
async function signerFor(api: Api, runId: string, party: Party, organizationId?: string): Promise<Client> {
  if (party !== 'COURT' && party !== 'LEA') return api;
  const res = await api.gql(RUN_PARTIES, { id: runId });
  const deployment = res.data?.testRun?.deployment;
  if (!deployment) return api;
  const org = organizationId ?? (party === 'COURT' ? deployment.court.id : undefined);
  const takesPart = org && [deployment.court.id, ...deployment.participatingLeas.map((l) => l.id)].includes(org);
  return takesPart ? api.as('PARTNER_USER', { organizationId: org, name: `Signer ${org.slice(0, 8)}` }) : api;
}

/** A person of the deployment's court, who approves its close-out. */
export async function courtPerson(api: Api, deploymentId: string): Promise<Client> {
  const org = dataOf(await api.gql(COURT_OF, { id: deploymentId })).deployment.court.id;
  return api.as('PARTNER_USER', { organizationId: org, name: `Signer ${org.slice(0, 8)}` });
}

export const signOff = async (api: Api, runId: string, party: Party, organizationId?: string, extra: Partial<SignOffRunInput> = {}) =>
  (await signerFor(api, runId, party, organizationId)).gql(SIGN, {
    i: {
      runId, party, organizationId, signerName: party === 'COURT' ? 'Jordan Lee' : party === 'LEA' ? 'Sgt. Casey Moore' : 'Robin Ortiz',
      signerRole: party === 'COURT' ? 'Court Executive Officer' : party === 'LEA' ? 'Civil Unit supervisor' : 'CCPOR deployment lead',
      statement: 'We accept the results of Court Acceptance Testing for go-live.', mutationId: randomUUID(), ...extra,
    },
  });

/** Signs off a run for the court, each LEA and the CCPOR team. */
export async function signAll(api: Api, runId: string, courtId: string, leaIds: string[]) {
  for (const [party, org] of [['COURT', courtId], ...leaIds.map((id) => ['LEA', id]), ['CCPOR_TEAM', undefined]] as [Party, string | undefined][]) {
    dataOf(await signOff(api, runId, party, org));
  }
}

export const RAISE = graphql(`mutation RaiseDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id status severity version runId attempts { id status } } }`);
export const UPDATE_DEFECT = graphql(`mutation UpdateDefect($i: UpdateDefectInput!) { updateDefect(input: $i) { id status note fixedInBuild version attempts { id status } } }`);
export const GO_LIVE = graphql(`mutation GoLive($i: GoLiveInput!) { goLive(input: $i) { id status phase actualGoLive phaseEnteredOn version tasks { key status completedOn evidence } } }`);

/** A deployment taken through CAT and sign-offs to go-live, for tests of what comes after. */
export async function liveDeployment(api: Api, county: string) {
  const { d } = await readyDeployment(api, county);
  return dataOf(await api.gql(GO_LIVE, { i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } })).goLive;
}

/** A deployment of the county's court taken to readiness GO: tasks up to go-live done, dependencies met, training held, checklist accepted, its acceptance run passed and signed by all. */
export async function readyDeployment(api: Api, county: string) {
  const { courtId, sheriffId } = await organizationsOf(api, county);
  const d = await createDeployment(api, county, 40);
  await completeTasks(api, d, 22);
  await meetDependencies(api, d);
  await holdTraining(api, d.id);
  await acceptReadinessChecklist(api, d.id);
  const run = await startRun(api, d.id);
  await passAll(api, run);
  await signAll(api, run.id, courtId, [sheriffId]);
  return { d, run, courtId, sheriffId };
}

const SCHEDULE_TRAINING = graphql(`mutation ScheduleTrainingFixture($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }`);
const TRAINING_HELD = graphql(`mutation TrainingHeldFixture($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id status } }`);
const START_RESPONSE = graphql(`mutation StartResponseFixture($i: StartResponseInput!) { startResponse(input: $i) { id version } }`);
const SUBMIT_RESPONSE = graphql(`mutation SubmitResponseFixture($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }`);
const ACCEPT_RESPONSE = graphql(`mutation AcceptResponseFixture($i: ReviewResponseInput!) { acceptResponse(input: $i) { id status } }`);

/** Holds the CCPOR training of a deployment, on `heldOn`. */
export async function holdTraining(api: Api, deploymentId: string, heldOn = '2027-01-04') {
  const session = dataOf(await api.gql(SCHEDULE_TRAINING, { i: {
    deploymentId, scheduledOn: heldOn, mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer',
    attendees: [{ name: 'Jordan Lee', role: 'Family law clerk' }], mutationId: randomUUID(),
  } })).scheduleTraining;
  return dataOf(await api.gql(TRAINING_HELD, { i: { sessionId: session.id, heldOn, baseVersion: session.version, mutationId: randomUUID() } })).recordTrainingHeld;
}

/** The court's Go-Live Readiness Checklist, answered and accepted. */
export async function acceptReadinessChecklist(api: Api, deploymentId: string) {
  const answers = {
    accountsActive: true, trainingCompleted: true, scannersReady: true, catSignedOff: true, leasInformed: true,
    cutOverPlan: 'Paper intake stops the evening before go-live; orders in flight are entered on day 0.',
    goLiveSupport: 'Court help desk, then the CCPOR deployment lead.', confirmedGoLive: '2027-02-01',
  };
  const started = dataOf(await api.gql(START_RESPONSE, { i: { deploymentId, questionnaireKey: 'GO_LIVE_READINESS', filledOnSite: false, answers: {}, mutationId: randomUUID() } })).startResponse;
  const submitted = dataOf(await api.gql(SUBMIT_RESPONSE, { i: { responseId: started.id, answers, baseVersion: started.version, mutationId: randomUUID() } })).submitResponse;
  return dataOf(await api.gql(ACCEPT_RESPONSE, { i: { responseId: submitted.id, baseVersion: submitted.version, mutationId: randomUUID() } })).acceptResponse;
}
