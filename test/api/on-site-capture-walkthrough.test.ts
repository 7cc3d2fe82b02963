// One court, in the lifecycle template's order: what field and court staff capture before CAT, and
// how each capture completes its task and dependency.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, startApi } from '../support/api';
import { BUSINESS_OPERATION_ANSWERS, SCOPE_ANSWERS, TRAINING_ANSWERS } from '../support/answers';
import { dependencyOf, meetingScanner, readDeployment, recordWorkstation, startAssessment, taskByKey, updateWorkstation } from '../support/capture';
import { createDeployment, organizationsOf } from '../support/fixtures';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const PROGRESS = `tasks { id key status evidence } dependencies { kind status metOn }
  scannerSummary { assessed meeting toConfigure toReplace }`;
const RESPONSE = 'id status version reviewComment';
const mutate = async (name: string, type: string, input: Record<string, unknown>, fields = RESPONSE) => {
  const res = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${fields} } }`, { i: { mutationId: randomUUID(), ...input } });
  if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data![name];
};

describe('on-site capture for one court, in the template’s order', () => {
  it('completes each matching task and dependency, holding accepted work IN_PROGRESS until its prerequisites are done', async () => {
    const d = await createDeployment(api, 'Riverside', 100);
    const { courtId, sheriffId } = await organizationsOf(api, 'Riverside');
    let now = await readDeployment(api, d.id, PROGRESS);
    const complete = async (key: string) => mutate('completeTask', 'TaskActionInput', { taskId: taskByKey(now, key).id }, 'status');
    const status = (key: string) => taskByKey(now, key).status;
    const refresh = async () => { now = await readDeployment(api, d.id, PROGRESS); };

    // Planning, up to the introduction meeting; the questionnaires are not marked sent yet.
    for (const key of ['MANAGEMENT_AWARENESS', 'PARTNER_SITE_INFO', 'PARTICIPATION_LETTER', 'INTEREST_SURVEY', 'INTRODUCTION_MEETING']) await complete(key);

    // Business Operation questionnaire, filled with the court on-site: returned once, then accepted.
    let bo = await mutate('startResponse', 'StartResponseInput', { deploymentId: d.id, questionnaireKey: 'BUSINESS_OPERATION', filledOnSite: true, answers: { staffCount: 12 } });
    bo = await mutate('saveResponse', 'SaveResponseInput', { responseId: bo.id, answers: { caseManagementSystem: 'Tyler Odyssey 2025' }, baseVersion: bo.version });
    bo = await mutate('submitResponse', 'SubmitResponseInput', { responseId: bo.id, answers: { ...BUSINESS_OPERATION_ANSWERS, orderVolumes: [{ orderType: 'DOMESTIC_VIOLENCE', monthlyVolume: 140 }] }, baseVersion: bo.version });
    bo = await mutate('returnResponse', 'ReviewResponseInput', { responseId: bo.id, comment: 'Add civil harassment volumes.', baseVersion: bo.version });
    expect(bo).toMatchObject({ status: 'RETURNED', reviewComment: 'Add civil harassment volumes.' });
    bo = await mutate('submitResponse', 'SubmitResponseInput', { responseId: bo.id, answers: { orderVolumes: BUSINESS_OPERATION_ANSWERS.orderVolumes }, baseVersion: bo.version });
    bo = await mutate('acceptResponse', 'ReviewResponseInput', { responseId: bo.id, baseVersion: bo.version });
    expect(bo.status).toBe('ACCEPTED');
    await refresh();
    // Accepted while "questionnaires sent" is still open: the task waits with its evidence.
    expect(taskByKey(now, 'BUSINESS_OPERATION_QUESTIONNAIRE')).toMatchObject({ status: 'IN_PROGRESS' });
    expect(taskByKey(now, 'BUSINESS_OPERATION_QUESTIONNAIRE').evidence).toContain(bo.id);
    await complete('QUESTIONNAIRES_SENT');
    await refresh();
    expect(status('BUSINESS_OPERATION_QUESTIONNAIRE')).toBe('DONE');

    // Scanner assessment of three workstations: one of each verdict.
    const assessment = await startAssessment(api, d.id, { notes: 'Clerk’s office, second floor' });
    const ok = (await recordWorkstation(api, assessment.id, meetingScanner({ label: 'Family law 1' }))).data!.recordScannerWorkstation;
    const configure = (await recordWorkstation(api, assessment.id, meetingScanner({ label: 'Family law 2', drivers: ['WIA'], scanProfileSet: false }))).data!.recordScannerWorkstation;
    const replace = (await recordWorkstation(api, assessment.id, meetingScanner({ label: 'Criminal 1', make: 'Canon', model: 'DR-C225', opticalResolutionDpi: 200, duplex: false }))).data!.recordScannerWorkstation;
    expect([ok.verdict, configure.verdict, replace.verdict]).toEqual(['MEETS', 'NEEDS_CONFIGURATION', 'REPLACE']);
    await mutate('completeScannerAssessment', 'CompleteScannerAssessmentInput', { assessmentId: assessment.id, baseVersion: assessment.version }, 'status');
    await refresh();
    expect(now.scannerSummary).toEqual({ assessed: 3, meeting: 1, toConfigure: 1, toReplace: 1 });
    expect(status('SCANNER_ASSESSMENT')).toBe('DONE');
    expect(dependencyOf(now, 'SCANNER_SETUP').status).toBe('IN_PROGRESS');

    // Two devices update the workstation to configure from the same version.
    const deviceA = await updateWorkstation(api, { workstationId: configure.id, drivers: ['TWAIN', 'WIA'], scanProfileSet: true, baseVersion: 1, mutationId: randomUUID() });
    expect(deviceA.data!.updateScannerWorkstation).toMatchObject({ verdict: 'MEETS', version: 2 });
    const deviceB = await updateWorkstation(api, { workstationId: configure.id, drivers: ['ISIS'], notes: 'ISIS driver from the vendor CD', baseVersion: 1, mutationId: randomUUID() });
    expect(errorCode(deviceB)).toBe('CONFLICT');
    const unchanged = await api.gql(`query($id: ID!) { scannerAssessment(id: $id) { workstations { id drivers notes version } } }`, { id: assessment.id });
    expect(unchanged.data!.scannerAssessment.workstations.find((w: any) => w.id === configure.id)).toEqual({ id: configure.id, drivers: ['TWAIN', 'WIA'], notes: null, version: 2 });

    // The field engineer merges: both drivers are installed, and B's note is kept.
    const conflictId = deviceB.errors![0].extensions!.details.conflictId;
    const resolved = await mutate('resolveConflict', 'ResolveConflictInput',
      { conflictId, resolution: 'MERGE', values: { drivers: ['TWAIN', 'WIA', 'ISIS'], notes: 'ISIS driver from the vendor CD' }, baseVersion: 2 },
      'status resolvedVersion');
    expect(resolved).toEqual({ status: 'RESOLVED', resolvedVersion: 3 });
    const history = await api.gql(`query($id: ID!) { conflicts(filter: { entityId: $id }) { nodes { status resolution attempted server resolvedValues resolvedBy } } }`, { id: configure.id });
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
    let scope = await mutate('startResponse', 'StartResponseInput', { deploymentId: d.id, questionnaireKey: 'SCOPE', answers: SCOPE_ANSWERS });
    scope = await mutate('submitResponse', 'SubmitResponseInput', { responseId: scope.id, baseVersion: scope.version });
    await mutate('acceptResponse', 'ReviewResponseInput', { responseId: scope.id, baseVersion: scope.version });
    await refresh();
    expect(status('PLANNING_GUIDE_EVALUATION')).toBe('DONE');
    for (const key of ['COURT_COMMITMENT', 'KICK_OFF_MEETING', 'DEPENDENCY_REVIEW']) await complete(key);

    // Implement: the training questionnaire establishes the schedules.
    let training = await mutate('startResponse', 'StartResponseInput', { deploymentId: d.id, questionnaireKey: 'TRAINING', answers: TRAINING_ANSWERS });
    training = await mutate('submitResponse', 'SubmitResponseInput', { responseId: training.id, baseVersion: training.version });
    await mutate('acceptResponse', 'ReviewResponseInput', { responseId: training.id, baseVersion: training.version });

    // CCPOR accounts for the court and the sheriff, all made active.
    const people = [
      { organizationId: courtId, personName: 'Ana Ruiz', email: 'ana@riverside.courts.example', ccporRole: 'SUPERVISOR', sealedOrders: true },
      { organizationId: courtId, personName: 'Ben Ito', email: 'ben@riverside.courts.example', ccporRole: 'COURT' },
      { organizationId: sheriffId, personName: 'Cy Park', email: 'cy@riverside.sheriff.example', ccporRole: 'QUERY_ONLY' },
    ];
    for (const person of people) {
      const r = await mutate('requestAccount', 'RequestAccountInput', { deploymentId: d.id, ...person }, 'id version');
      const approved = await mutate('changeAccountRequestStatus', 'ChangeAccountRequestStatusInput', { requestId: r.id, status: 'APPROVED', baseVersion: r.version }, 'version');
      await refresh();
      expect(dependencyOf(now, 'USER_PROFILES_ACCESS').status).toBe('IN_PROGRESS');
      await mutate('changeAccountRequestStatus', 'ChangeAccountRequestStatusInput', { requestId: r.id, status: 'ACTIVE', baseVersion: approved.version }, 'status');
    }
    await refresh();
    expect(dependencyOf(now, 'USER_PROFILES_ACCESS')).toMatchObject({ status: 'MET', metOn: '2027-01-04' });
    expect(status('ACCOUNT_SET_UPS')).toBe('DONE');

    // Training held.
    await complete('TRAINING_AND_CAT_PLAN');
    const session = await mutate('scheduleTraining', 'ScheduleTrainingInput', {
      deploymentId: d.id, scheduledOn: '2027-01-04', mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer',
      attendees: people.map((p) => ({ name: p.personName, role: p.ccporRole === 'QUERY_ONLY' ? 'Sheriff’s civil deputy' : 'Family law clerk' })),
    }, 'id version');
    await mutate('recordTrainingHeld', 'RecordTrainingHeldInput', { sessionId: session.id, heldOn: '2027-01-04', baseVersion: session.version }, 'status');
    await refresh();

    expect(Object.fromEntries(['BUSINESS_OPERATION_QUESTIONNAIRE', 'SCANNER_ASSESSMENT', 'PLANNING_GUIDE_EVALUATION', 'ESTABLISH_SCHEDULES', 'ACCOUNT_SET_UPS', 'CCPOR_TRAINING']
      .map((key) => [key, status(key)]))).toEqual({
      BUSINESS_OPERATION_QUESTIONNAIRE: 'DONE', SCANNER_ASSESSMENT: 'DONE', PLANNING_GUIDE_EVALUATION: 'DONE', ESTABLISH_SCHEDULES: 'DONE',
      ACCOUNT_SET_UPS: 'DONE', CCPOR_TRAINING: 'DONE',
    });
    expect(taskByKey(now, 'CCPOR_TRAINING').evidence).toContain(session.id);
    expect(['SCANNER_SETUP', 'USER_PROFILES_ACCESS'].map((k) => dependencyOf(now, k).status)).toEqual(['MET', 'MET']);
  }, 30_000);
});
