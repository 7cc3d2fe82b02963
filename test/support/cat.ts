import { randomUUID } from 'node:crypto';
import type { Api } from './api';

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
