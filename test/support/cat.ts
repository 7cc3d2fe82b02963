import { randomUUID } from 'node:crypto';
import type { Api, Client } from './api';

export const RUN_FIELDS = `
  id purpose environment startedBy planId
  summary { status total untested passed failed blocked retest notApplicable passRate openDefects { critical major minor } }
  cases { status testCase { id key area criticality requiresCarpos } latestAttempt { id status } attempts { id status tester notes } }`;

export const ATTEMPT_FIELDS = 'id runId caseId status actualResult notes tester build testedAt photos mutationId recordedBy';

export interface PlanCase { id: string; key: string; area: string; criticality: string; requiresCarpos: boolean }

/** The cases of the latest published CAT plan. */
export async function planCases(api: Api): Promise<PlanCase[]> {
  const res = await api.gql('{ testPlan { cases { id key area criticality requiresCarpos } } }');
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.testPlan.cases;
}

export async function startRun(api: Api, deploymentId: string, purpose = 'ACCEPTANCE', extra: Record<string, unknown> = {}) {
  const res = await api.gql(`mutation($i: StartTestRunInput!) { startTestRun(input: $i) { ${RUN_FIELDS} } }`, {
    i: { deploymentId, environment: 'TEST', purpose, mutationId: randomUUID(), ...extra },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.startTestRun;
}

export async function readRun(api: Api, id: string) {
  const res = await api.gql(`query($id: ID!) { testRun(id: $id) { ${RUN_FIELDS} } }`, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.testRun;
}

export const recordResult = (api: Api, input: Record<string, unknown>) =>
  api.gql(`mutation($i: RecordTestResultInput!) { recordTestResult(input: $i) { ${ATTEMPT_FIELDS} } }`, {
    i: { tester: 'Dana Clerk', build: 'CCPOR 4.2.1', mutationId: randomUUID(), ...input },
  });

export const BULK = `mutation($i: RecordTestResultsInput!) {
  recordTestResults(input: $i) { applied replayed refused results { mutationId replayed attempt { id caseId status } error { code message details } } }
}`;

/** Records an attempt with `status` for every case of a run still needing one (in one bulk request). */
export async function passAll(api: Api, run: { id: string; cases: { status: string; testCase: { id: string } }[] }) {
  const results = run.cases.filter((c) => c.status !== 'NOT_APPLICABLE' && c.status !== 'PASSED')
    .map((c) => ({ caseId: c.testCase.id, status: 'PASSED', tester: 'Dana Clerk', build: 'CCPOR 4.2.1', mutationId: randomUUID() }));
  const res = await api.gql(BULK, { i: { runId: run.id, results } });
  if (res.errors || res.data!.recordTestResults.refused) throw new Error(JSON.stringify(res.errors ?? res.data));
  return res.data!.recordTestResults;
}

export const READINESS = 'readiness { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } }';

export async function readiness(api: Api, deploymentId: string) {
  const res = await api.gql(`query($id: ID!) { deploymentReadiness(deploymentId: $id) { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } }`, { id: deploymentId });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.deploymentReadiness;
}

/** Completes tasks from..through in order (the go-live milestone is goLive's own). */
export async function completeTasks(api: Api, deployment: { tasks: { id: string; number: number }[] }, through: number, from = 1) {
  for (const t of [...deployment.tasks].sort((a, b) => a.number - b.number).filter((x) => x.number >= from && x.number <= through)) {
    const res = await api.gql('mutation($i: TaskActionInput!) { completeTask(input: $i) { status } }', { i: { taskId: t.id, mutationId: randomUUID() } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

/** Marks every dependency that applies MET. */
export async function meetDependencies(api: Api, deployment: { dependencies: { id: string; status: string }[] }) {
  for (const dep of deployment.dependencies.filter((x) => x.status !== 'NOT_APPLICABLE')) {
    const res = await api.gql('mutation($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }', { i: { dependencyId: dep.id, status: 'MET', mutationId: randomUUID() } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

export const SIGN = `mutation($i: SignOffRunInput!) { signOffRun(input: $i) { id party organizationId signerName signerRole statement status staleBecause runStatusAtSigning recordedBy } }`;

/**
 * Who signs: each party signs in as itself (a person of the court or agency, the CCPOR team's
 * admin). For an organization that takes no part in the run, the admin tries, so that the input
 * checks answer.
 */
async function signerFor(api: Api, runId: string, party: string, organizationId?: string): Promise<Client> {
  if (party !== 'COURT' && party !== 'LEA') return api;
  const res = await api.gql('query($id: ID!) { testRun(id: $id) { deployment { court { id } participatingLeas { id } } } }', { id: runId });
  const deployment = res.data?.testRun?.deployment;
  if (!deployment) return api;
  const org = organizationId ?? (party === 'COURT' ? deployment.court.id : undefined);
  const takesPart = org && [deployment.court.id, ...deployment.participatingLeas.map((l: { id: string }) => l.id)].includes(org);
  return takesPart ? api.as('PARTNER_USER', { organizationId: org, name: `Signer ${org.slice(0, 8)}` }) : api;
}

/** A person of the deployment's court, who approves its close-out. */
export async function courtPerson(api: Api, deploymentId: string): Promise<Client> {
  const res = await api.gql('query($id: ID!) { deployment(id: $id) { court { id } } }', { id: deploymentId });
  const org = res.data!.deployment.court.id;
  return api.as('PARTNER_USER', { organizationId: org, name: `Signer ${org.slice(0, 8)}` });
}

export const signOff = async (api: Api, runId: string, party: string, organizationId?: string, extra: Record<string, unknown> = {}) =>
  (await signerFor(api, runId, party, organizationId)).gql(SIGN, {
    i: {
      runId, party, organizationId, signerName: party === 'COURT' ? 'Jordan Lee' : party === 'LEA' ? 'Sgt. Casey Moore' : 'Robin Ortiz',
      signerRole: party === 'COURT' ? 'Court Executive Officer' : party === 'LEA' ? 'Civil Unit supervisor' : 'CCPOR deployment lead',
      statement: 'We accept the results of Court Acceptance Testing for go-live.', mutationId: randomUUID(), ...extra,
    },
  });

/** Signs off a run for the court, each LEA and the CCPOR team. */
export async function signAll(api: Api, runId: string, courtId: string, leaIds: string[]) {
  for (const [party, org] of [['COURT', courtId], ...leaIds.map((id) => ['LEA', id]), ['CCPOR_TEAM', undefined]] as [string, string | undefined][]) {
    const res = await signOff(api, runId, party, org);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

export const RAISE = 'mutation($i: RaiseDefectInput!) { raiseDefect(input: $i) { id status severity version runId attempts { id status } } }';
export const UPDATE_DEFECT = 'mutation($i: UpdateDefectInput!) { updateDefect(input: $i) { id status note fixedInBuild version attempts { id status } } }';
export const GO_LIVE = 'mutation($i: GoLiveInput!) { goLive(input: $i) { id status phase actualGoLive phaseEnteredOn version tasks { key status completedOn evidence } } }';

/** A deployment taken through CAT and sign-offs to go-live, for tests of what comes after. */
export async function liveDeployment(api: Api, county: string) {
  const { createDeployment, organizationsOf } = await import('./fixtures');
  const { courtId, sheriffId } = await organizationsOf(api, county);
  const d = await createDeployment(api, county, 40);
  await completeTasks(api, d, 22);
  await meetDependencies(api, d);
  await holdTraining(api, d.id);
  await acceptReadinessChecklist(api, d.id);
  const run = await startRun(api, d.id);
  await passAll(api, run);
  await signAll(api, run.id, courtId, [sheriffId]);
  const res = await api.gql(GO_LIVE, { i: { deploymentId: d.id, mutationId: randomUUID() } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.goLive;
}

const mutateOrThrow = async (api: Api, name: string, type: string, input: Record<string, unknown>, fields: string) => {
  const res = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${fields} } }`, { i: { mutationId: randomUUID(), ...input } });
  if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data![name];
};

/** Holds the CCPOR training of a deployment, on `heldOn`. */
export async function holdTraining(api: Api, deploymentId: string, heldOn = '2027-01-04') {
  const session = await mutateOrThrow(api, 'scheduleTraining', 'ScheduleTrainingInput', {
    deploymentId, scheduledOn: heldOn, mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer',
    attendees: [{ name: 'Jordan Lee', role: 'Family law clerk' }],
  }, 'id version');
  return mutateOrThrow(api, 'recordTrainingHeld', 'RecordTrainingHeldInput', { sessionId: session.id, heldOn, baseVersion: session.version }, 'id status');
}

/** The court's Go-Live Readiness Checklist, answered and accepted. */
export async function acceptReadinessChecklist(api: Api, deploymentId: string) {
  const answers = {
    accountsActive: true, trainingCompleted: true, scannersReady: true, catSignedOff: true, leasInformed: true,
    cutOverPlan: 'Paper intake stops the evening before go-live; orders in flight are entered on day 0.',
    goLiveSupport: 'Court help desk, then the CCPOR deployment lead.', confirmedGoLive: '2027-02-01',
  };
  const started = await mutateOrThrow(api, 'startResponse', 'StartResponseInput', { deploymentId, questionnaireKey: 'GO_LIVE_READINESS', filledOnSite: false, answers: {} }, 'id version');
  const submitted = await mutateOrThrow(api, 'submitResponse', 'SubmitResponseInput', { responseId: started.id, answers, baseVersion: started.version }, 'id version');
  return mutateOrThrow(api, 'acceptResponse', 'ReviewResponseInput', { responseId: submitted.id, baseVersion: submitted.version }, 'id status');
}
