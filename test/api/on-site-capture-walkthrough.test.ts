// One court, in the lifecycle template's order: what field and court staff capture before CAT, and
// how each capture completes its task and dependency.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, errorCode, errorDetails, startApi } from '../support/api';
import { BUSINESS_OPERATION_ANSWERS, SCOPE_ANSWERS, TRAINING_ANSWERS } from '../support/answers';
import { dependencyOf, meetingScanner, recordWorkstation, startAssessment, taskByKey, updateWorkstation } from '../support/capture';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { RequestAccountInput, TypedDocumentString } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const PROGRESS = graphql(`query OnSiteCaptureProgress($id: ID!) { deployment(id: $id) {
  tasks { id key status evidence version } dependencies { kind status metOn }
  scannerSummary { assessed meeting toConfigure toReplace } } }`);
graphql(`fragment OnSiteResponseFields on QuestionnaireResponse { id status version reviewComment }`);
const COMPLETE_TASK = graphql(`mutation OnSiteCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`);
const START_RESPONSE = graphql(`mutation OnSiteStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...OnSiteResponseFields } }`);
const SAVE_RESPONSE = graphql(`mutation OnSiteSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...OnSiteResponseFields } }`);
const SUBMIT_RESPONSE = graphql(`mutation OnSiteSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...OnSiteResponseFields } }`);
const RETURN_RESPONSE = graphql(`mutation OnSiteReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...OnSiteResponseFields } }`);
const ACCEPT_RESPONSE = graphql(`mutation OnSiteAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...OnSiteResponseFields } }`);
const COMPLETE_ASSESSMENT = graphql(`mutation OnSiteCompleteAssessment($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { status } }`);
const RESOLVE_CONFLICT = graphql(`mutation OnSiteResolveConflict($i: ResolveConflictInput!) { resolveConflict(input: $i) { status resolvedVersion } }`);
const REQUEST_ACCOUNT = graphql(`mutation OnSiteRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }`);
const CHANGE_ACCOUNT_REQUEST = graphql(`mutation OnSiteChangeAccountRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status version } }`);
const SCHEDULE_TRAINING = graphql(`mutation OnSiteScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }`);
const RECORD_TRAINING_HELD = graphql(`mutation OnSiteRecordTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { status } }`);

/** Posts one change with a fresh mutationId; a refusal stops the walk at that step. */
async function mutate<R, I>(document: TypedDocumentString<R, { i: I }>, input: Omit<I, 'mutationId'>): Promise<R> {
  return dataOf(await api.gql(document, { i: { mutationId: randomUUID(), ...input } as I }));
}

describe('on-site capture for one court, in the template’s order', () => {
  it('completes each matching task and dependency, holding accepted work IN_PROGRESS until its prerequisites are done', async () => {
    const d = await createDeployment(api, 'Riverside', 100);
    const { courtId, sheriffId } = await organizationsOf(api, 'Riverside');
    const read = async () => dataOf(await api.gql(PROGRESS, { id: d.id })).deployment;
    let now = await read();
    const complete = async (key: string) => {
      const task = taskByKey(await read(), key);
      return mutate(COMPLETE_TASK, { taskId: task.id, baseVersion: task.version });
    };
    const status = (key: string) => taskByKey(now, key).status;
    const refresh = async () => { now = await read(); };

    // Planning, up to the introduction meeting; the questionnaires are not marked sent yet.
    for (const key of ['MANAGEMENT_AWARENESS', 'PARTNER_SITE_INFO', 'PARTICIPATION_LETTER', 'INTEREST_SURVEY', 'INTRODUCTION_MEETING']) await complete(key);

    // Business Operation questionnaire, filled with the court on-site: returned once, then accepted.
    let bo = (await mutate(START_RESPONSE, { deploymentId: d.id, questionnaireKey: 'BUSINESS_OPERATION', filledOnSite: true, answers: { staffCount: 12 } })).startResponse;
    bo = (await mutate(SAVE_RESPONSE, { responseId: bo.id, answers: { caseManagementSystem: 'Tyler Odyssey 2025' }, baseVersion: bo.version })).saveResponse;
    bo = (await mutate(SUBMIT_RESPONSE, { responseId: bo.id, answers: { ...BUSINESS_OPERATION_ANSWERS, orderVolumes: [{ orderType: 'DOMESTIC_VIOLENCE', monthlyVolume: 140 }] }, baseVersion: bo.version })).submitResponse;
    bo = (await mutate(RETURN_RESPONSE, { responseId: bo.id, comment: 'Add civil harassment volumes.', baseVersion: bo.version })).returnResponse;
    expect(bo).toMatchObject({ status: 'RETURNED', reviewComment: 'Add civil harassment volumes.' });
    bo = (await mutate(SUBMIT_RESPONSE, { responseId: bo.id, answers: { orderVolumes: BUSINESS_OPERATION_ANSWERS.orderVolumes }, baseVersion: bo.version })).submitResponse;
    bo = (await mutate(ACCEPT_RESPONSE, { responseId: bo.id, baseVersion: bo.version })).acceptResponse;
    expect(bo.status).toBe('ACCEPTED');
    await refresh();
    // Accepted while "questionnaires sent" is still open: the task waits with its evidence.
    expect(taskByKey(now, 'BUSINESS_OPERATION_QUESTIONNAIRE')).toMatchObject({ status: 'IN_PROGRESS' });
    expect(taskByKey(now, 'BUSINESS_OPERATION_QUESTIONNAIRE').evidence).toMatch(/^Business Operation questionnaire \(version \d+\) accepted on \w{3}, \w{3} \d+, \d{4}$/);
    await complete('QUESTIONNAIRES_SENT');
    await refresh();
    expect(status('BUSINESS_OPERATION_QUESTIONNAIRE')).toBe('DONE');

    // Scanner assessment of three workstations: one of each verdict.
    const assessment = await startAssessment(api, d.id, { notes: 'Clerk’s office, second floor' });
    const ok = (await recordWorkstation(api, assessment.id, meetingScanner({ label: 'Family law 1' }))).data!.recordScannerWorkstation;
    const configure = (await recordWorkstation(api, assessment.id, meetingScanner({ label: 'Family law 2', drivers: ['WIA'], scanProfileSet: false }))).data!.recordScannerWorkstation;
    const replace = (await recordWorkstation(api, assessment.id, meetingScanner({ label: 'Criminal 1', make: 'Canon', model: 'DR-C225', opticalResolutionDpi: 200, duplex: false }))).data!.recordScannerWorkstation;
    expect([ok.verdict, configure.verdict, replace.verdict]).toEqual(['MEETS', 'NEEDS_CONFIGURATION', 'REPLACE']);
    await mutate(COMPLETE_ASSESSMENT, { assessmentId: assessment.id, baseVersion: assessment.version });
    await refresh();
    expect(now.scannerSummary).toEqual({ assessed: 3, meeting: 1, toConfigure: 1, toReplace: 1 });
    expect(status('SCANNER_ASSESSMENT')).toBe('DONE');
    expect(dependencyOf(now, 'SCANNER_SETUP').status).toBe('IN_PROGRESS');

    // Two devices update the workstation to configure from the same version.
    const deviceA = await updateWorkstation(api, { workstationId: configure.id, drivers: ['TWAIN', 'WIA'], scanProfileSet: true, baseVersion: 1, mutationId: randomUUID() });
    expect(deviceA.data!.updateScannerWorkstation).toMatchObject({ verdict: 'MEETS', version: 2 });
    const deviceB = await updateWorkstation(api, { workstationId: configure.id, drivers: ['ISIS'], notes: 'ISIS driver from the vendor CD', baseVersion: 1, mutationId: randomUUID() });
    expect(errorCode(deviceB)).toBe('CONFLICT');
    const unchanged = await api.gql(graphql(`query OnSiteAssessmentWorkstations($id: ID!) { scannerAssessment(id: $id) { workstations { id drivers notes version } } }`), { id: assessment.id });
    expect(unchanged.data!.scannerAssessment.workstations.find((w) => w.id === configure.id)).toEqual({ id: configure.id, drivers: ['TWAIN', 'WIA'], notes: null, version: 2 });

    // The field engineer merges: both drivers are installed, and B's note is kept.
    const conflictId = errorDetails(deviceB).conflictId!;
    const resolved = (await mutate(RESOLVE_CONFLICT,
      { conflictId, resolution: 'MERGE', values: { drivers: ['TWAIN', 'WIA', 'ISIS'], notes: 'ISIS driver from the vendor CD' }, baseVersion: 2 })).resolveConflict;
    expect(resolved).toEqual({ status: 'RESOLVED', resolvedVersion: 3 });
    const history = await api.gql(graphql(`query OnSiteConflictHistory($id: ID!) { conflicts(filter: { entityId: $id }) { nodes { status resolution attempted server resolvedValues resolvedBy } } }`), { id: configure.id });
    expect(history.data!.conflicts.nodes).toEqual([{
      status: 'RESOLVED', resolution: 'MERGE', resolvedBy: 'Test admin',
      attempted: { drivers: ['ISIS'], notes: 'ISIS driver from the vendor CD' },
      server: { drivers: ['TWAIN', 'WIA'], notes: null },
      resolvedValues: { drivers: ['TWAIN', 'WIA', 'ISIS'], notes: 'ISIS driver from the vendor CD' },
    }]);

    // The court replaces the old scanner: every workstation MEETS, so scanner set-up is met.
    await updateWorkstation(api, { workstationId: replace.id, make: 'Fujitsu', model: 'fi-8170', serialNumber: 'F8-0042', opticalResolutionDpi: 600, duplex: true, testScanOutcome: 'PASSED', baseVersion: 1 });
    await refresh();
    expect(now.scannerSummary).toEqual({ assessed: 3, meeting: 3, toConfigure: 0, toReplace: 0 });
    expect(dependencyOf(now, 'SCANNER_SETUP')).toMatchObject({ status: 'MET', metOn: '2027-01-04' });

    // Scope: the Scope questionnaire, evaluated with the Planning Guide.
    await complete('INVITATION_TO_COMMIT');
    await complete('PLANNING_GUIDE_SENT');
    let scope = (await mutate(START_RESPONSE, { deploymentId: d.id, questionnaireKey: 'SCOPE', answers: SCOPE_ANSWERS })).startResponse;
    scope = (await mutate(SUBMIT_RESPONSE, { responseId: scope.id, baseVersion: scope.version })).submitResponse;
    await mutate(ACCEPT_RESPONSE, { responseId: scope.id, baseVersion: scope.version });
    await refresh();
    expect(status('PLANNING_GUIDE_EVALUATION')).toBe('DONE');
    for (const key of ['COURT_COMMITMENT', 'KICK_OFF_MEETING', 'DEPENDENCY_REVIEW']) await complete(key);

    // Implement: the training questionnaire establishes the schedules.
    let training = (await mutate(START_RESPONSE, { deploymentId: d.id, questionnaireKey: 'TRAINING', answers: TRAINING_ANSWERS })).startResponse;
    training = (await mutate(SUBMIT_RESPONSE, { responseId: training.id, baseVersion: training.version })).submitResponse;
    await mutate(ACCEPT_RESPONSE, { responseId: training.id, baseVersion: training.version });

    // CCPOR accounts for the court and the sheriff, all made active.
    const people: Omit<RequestAccountInput, 'deploymentId'>[] = [
      { organizationId: courtId, personName: 'Ana Ruiz', email: 'ana@riverside.courts.example', ccporRole: 'SUPERVISOR', sealedOrders: true },
      { organizationId: courtId, personName: 'Ben Ito', email: 'ben@riverside.courts.example', ccporRole: 'COURT' },
      { organizationId: sheriffId, personName: 'Cy Park', email: 'cy@riverside.sheriff.example', ccporRole: 'QUERY_ONLY' },
    ];
    for (const person of people) {
      const r = (await mutate(REQUEST_ACCOUNT, { deploymentId: d.id, ...person })).requestAccount;
      const approved = (await mutate(CHANGE_ACCOUNT_REQUEST, { requestId: r.id, status: 'APPROVED', baseVersion: r.version })).changeAccountRequestStatus;
      await refresh();
      expect(dependencyOf(now, 'USER_PROFILES_ACCESS').status).toBe('IN_PROGRESS');
      await mutate(CHANGE_ACCOUNT_REQUEST, { requestId: r.id, status: 'ACTIVE', baseVersion: approved.version });
    }
    await refresh();
    expect(dependencyOf(now, 'USER_PROFILES_ACCESS')).toMatchObject({ status: 'MET', metOn: '2027-01-04' });
    expect(status('ACCOUNT_SET_UPS')).toBe('DONE');

    // Training held.
    await complete('TRAINING_AND_CAT_PLAN');
    const session = (await mutate(SCHEDULE_TRAINING, {
      deploymentId: d.id, scheduledOn: '2027-01-04', mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer',
      attendees: people.map((p) => ({ name: p.personName, role: p.ccporRole === 'QUERY_ONLY' ? 'Sheriff’s civil deputy' : 'Family law clerk' })),
    })).scheduleTraining;
    await mutate(RECORD_TRAINING_HELD, { sessionId: session.id, heldOn: '2027-01-04', baseVersion: session.version });
    await refresh();

    expect(Object.fromEntries(['BUSINESS_OPERATION_QUESTIONNAIRE', 'SCANNER_ASSESSMENT', 'PLANNING_GUIDE_EVALUATION', 'ESTABLISH_SCHEDULES', 'ACCOUNT_SET_UPS', 'CCPOR_TRAINING']
      .map((key) => [key, status(key)]))).toEqual({
      BUSINESS_OPERATION_QUESTIONNAIRE: 'DONE', SCANNER_ASSESSMENT: 'DONE', PLANNING_GUIDE_EVALUATION: 'DONE', ESTABLISH_SCHEDULES: 'DONE',
      ACCOUNT_SET_UPS: 'DONE', CCPOR_TRAINING: 'DONE',
    });
    expect(taskByKey(now, 'CCPOR_TRAINING').evidence).toBe('End users training (full use, classroom) held on Mon, Jan 4, 2027');
    expect(['SCANNER_SETUP', 'USER_PROFILES_ACCESS'].map((k) => dependencyOf(now, k).status)).toEqual(['MET', 'MET']);
  }, 30_000);
});
