import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionnaireResponse } from '../../server/modules/questionnaire/questionnaire.entity';
import { Api, dataOf, errorCode, errorDetails, refusedFields, startApi } from '../support/api';
import { BUSINESS_OPERATION_ANSWERS, TRAINING_ANSWERS } from '../support/answers';
import { taskByKey } from '../support/capture';
import { photoBytes, uploadFile } from '../support/files';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { QuestionInput, ReviewResponseInput, SaveResponseInput, StartResponseInput, SubmitResponseInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

graphql(`fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id status answers version reviewComment submittedBy reviewedBy taskId filledOnSite questionnaire { key version } }`);
const START = graphql(`mutation QuestionnaireStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...QuestionnaireResponseFields } }`);
const SAVE = graphql(`mutation QuestionnaireSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...QuestionnaireResponseFields } }`);
const SUBMIT = graphql(`mutation QuestionnaireSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...QuestionnaireResponseFields } }`);
const ACCEPT = graphql(`mutation QuestionnaireAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...QuestionnaireResponseFields } }`);
const RETURN = graphql(`mutation QuestionnaireReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...QuestionnaireResponseFields } }`);
const TASKS = graphql(`query QuestionnaireDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { id key status evidence version } } }`);
const PUBLISH = graphql(`mutation QuestionnairePublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { key version taskKey questions { key } } }`);
const start = (input: StartResponseInput) => api.gql(START, { i: input });
const save = (input: SaveResponseInput) => api.gql(SAVE, { i: input });
const submit = (input: SubmitResponseInput) => api.gql(SUBMIT, { i: input });
const accept = (input: ReviewResponseInput) => api.gql(ACCEPT, { i: input });
const giveBack = (input: ReviewResponseInput) => api.gql(RETURN, { i: input });
const tasksOf = async (id: string) => dataOf(await api.gql(TASKS, { id })).deployment;
const stored = (id: string) => api.app.db.manager.findOneByOrFail(QuestionnaireResponse, { id });

describe('questionnaires', () => {
  it('serves the four seeded questionnaires, each naming the task it fulfils', async () => {
    const res = await api.gql(graphql(`query QuestionnairesSeeded { questionnaires { key version title taskKey questions { key type required unit min max choices { value } visibleWhen { questionKey equals } questions { key type } } } }`));
    expect(res.data!.questionnaires.map((q) => [q.key, q.version, q.taskKey])).toEqual([
      ['BUSINESS_OPERATION', 1, 'BUSINESS_OPERATION_QUESTIONNAIRE'], ['GO_LIVE_READINESS', 1, 'VALIDATE_READINESS'],
      ['SCOPE', 1, 'PLANNING_GUIDE_EVALUATION'], ['TRAINING', 1, 'ESTABLISH_SCHEDULES'],
    ]);
    const scope = res.data!.questionnaires.find((q) => q.key === 'SCOPE')!;
    expect(scope.questions.find((q) => q.key === 'issuingDepartments')!.choices!.map((c) => c.value)).toEqual(['CRIMINAL', 'FAMILY', 'CIVIL', 'JUVENILE']);
    expect(scope.questions.find((q) => q.key === 'cletsAuthorisedStaffCount')!.visibleWhen).toEqual({ questionKey: 'cletsAuthorisedStaff', equals: true });
    expect(errorCode(await api.gql(graphql(`query QuestionnaireUnknownVersion { questionnaire(key: "SCOPE", version: 7) { id } }`)))).toBe('NOT_FOUND');
  });
});

describe('starting a response', () => {
  it('refuses an unknown deployment or questionnaire, a second response, bad draft answers and a taken id', async () => {
    const d = await createDeployment(api, 'Humboldt', 120);
    expect(errorCode(await start({ deploymentId: randomUUID(), questionnaireKey: 'SCOPE' }))).toBe('NOT_FOUND');
    expect(refusedFields(await start({ deploymentId: d.id, questionnaireKey: 'NOPE' }))).toEqual(['questionnaireKey']);
    expect(refusedFields(await start({ deploymentId: d.id, questionnaireKey: 'SCOPE', answers: { scannersOnHand: -2, colour: 'red' } })))
      .toEqual(['answers.colour', 'answers.scannersOnHand']);
    expect(await api.app.db.manager.countBy(QuestionnaireResponse, { deploymentId: d.id })).toBe(0);

    const id = randomUUID();
    const created = await start({ id, deploymentId: d.id, questionnaireKey: 'SCOPE', answers: { scannersOnHand: 2 }, filledOnSite: true, mutationId: randomUUID() });
    expect(created.data!.startResponse).toMatchObject({ id, status: 'DRAFT', answers: { scannersOnHand: 2 }, filledOnSite: true, version: 1, questionnaire: { key: 'SCOPE', version: 1 } });
    expect(refusedFields(await start({ deploymentId: d.id, questionnaireKey: 'SCOPE' }))).toEqual(['questionnaireKey']);
    const other = await createDeployment(api, 'Imperial', 120);
    expect(refusedFields(await start({ id, deploymentId: other.id, questionnaireKey: 'SCOPE' }))).toEqual(['id']);
  });
});

describe('a response from draft to acceptance', () => {
  it('saves partially, refuses an incomplete submission naming each question, is returned, then accepted and completes its task once prerequisites are done', async () => {
    const d = await createDeployment(api, 'Inyo', 120);
    const r = (await start({ deploymentId: d.id, questionnaireKey: 'BUSINESS_OPERATION' })).data!.startResponse;
    const first = await save({ responseId: r.id, answers: { staffCount: 10, caseManagementSystem: 'Odyssey' }, baseVersion: 1 });
    expect(first.data!.saveResponse).toMatchObject({ status: 'DRAFT', version: 2, answers: { staffCount: 10, caseManagementSystem: 'Odyssey' } });
    const second = await save({ responseId: r.id, answers: { staffCount: 12, caseManagementSystem: null, carposAccess: true }, baseVersion: 2 });
    expect(second.data!.saveResponse.answers).toEqual({ staffCount: 12, carposAccess: true });

    const incomplete = await submit({ responseId: r.id, baseVersion: 3, mutationId: randomUUID() });
    expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
    expect(refusedFields(incomplete)).toEqual([
      'answers.orderVolumes', 'answers.intakeWorkflow', 'answers.scanningWorkflow', 'answers.businessHours', 'answers.caseManagementSystem',
      'answers.networkInventory', 'answers.cletsAccess', 'answers.carposAccessDetails',
    ]);
    expect(await stored(r.id)).toMatchObject({ status: 'DRAFT', version: 3 });

    const submitted = await submit({ responseId: r.id, answers: { ...BUSINESS_OPERATION_ANSWERS, orderVolumes: [{ orderType: 'DOMESTIC_VIOLENCE' }] }, baseVersion: 3 });
    expect(refusedFields(submitted)).toEqual(['answers.orderVolumes[0].monthlyVolume']);
    const ok = await submit({ responseId: r.id, answers: BUSINESS_OPERATION_ANSWERS, baseVersion: 3 });
    expect(ok.data!.submitResponse).toMatchObject({ status: 'SUBMITTED', submittedBy: 'Test admin', version: 4 });
    expect(ok.data!.submitResponse.answers).not.toHaveProperty('carposAccessDetails');
    expect(errorCode(await save({ responseId: r.id, answers: { staffCount: 1 }, baseVersion: 4 }))).toBe('INVALID_TRANSITION');

    expect(refusedFields(await giveBack({ responseId: r.id, baseVersion: 4 }))).toEqual(['comment']);
    const returned = await giveBack({ responseId: r.id, comment: 'Add juvenile order volumes.', baseVersion: 4 });
    expect(returned.data!.returnResponse).toMatchObject({ status: 'RETURNED', reviewComment: 'Add juvenile order volumes.', reviewedBy: 'Test admin' });
    expect(errorCode(await accept({ responseId: r.id, baseVersion: 5 }))).toBe('INVALID_TRANSITION');

    const volumes = [...BUSINESS_OPERATION_ANSWERS.orderVolumes, { orderType: 'JUVENILE', monthlyVolume: 4 }];
    expect((await submit({ responseId: r.id, answers: { orderVolumes: volumes }, baseVersion: 5 })).data!.submitResponse.status).toBe('SUBMITTED');
    const acceptInput = { responseId: r.id, baseVersion: 6, mutationId: randomUUID() };
    const accepted = await accept(acceptInput);
    expect(accepted.data!.acceptResponse).toMatchObject({ status: 'ACCEPTED', version: 7 });
    expect((await accept(acceptInput)).data!.acceptResponse.version).toBe(7);

    let now = await tasksOf(d.id);
    const task = taskByKey(now, 'BUSINESS_OPERATION_QUESTIONNAIRE');
    expect(accepted.data!.acceptResponse.taskId).toBe(task.id);
    expect(task.status).toBe('IN_PROGRESS');
    expect(task.evidence).toContain('Business Operation questionnaire (version 1) accepted');

    for (const key of ['MANAGEMENT_AWARENESS', 'PARTICIPATION_LETTER', 'INTEREST_SURVEY', 'INTRODUCTION_MEETING', 'QUESTIONNAIRES_SENT']) {
      const res = await api.gql(graphql(`mutation QuestionnaireCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`), { i: { taskId: taskByKey(now, key).id, baseVersion: taskByKey(now, key).version } });
      expect(res.errors).toBeUndefined();
    }
    now = await tasksOf(d.id);
    expect(taskByKey(now, 'BUSINESS_OPERATION_QUESTIONNAIRE').status).toBe('DONE');
  });

  it('refuses a stale save with CONFLICT and keeps the answers as they were', async () => {
    const d = await createDeployment(api, 'Kern', 120);
    const r = (await start({ deploymentId: d.id, questionnaireKey: 'SCOPE', answers: { scannersOnHand: 2 } })).data!.startResponse;
    await save({ responseId: r.id, answers: { scannersOnHand: 3 }, baseVersion: 1 });
    const stale = await save({ responseId: r.id, answers: { scannersOnHand: 4 }, baseVersion: 1, mutationId: randomUUID() });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorDetails(stale)).toMatchObject({ server: { answers: { scannersOnHand: 3 } }, attempted: { answers: { scannersOnHand: 4 } } });
    expect((await stored(r.id)).answers).toEqual({ scannersOnHand: 3 });
  });

  it('checks photo answers against uploaded files', async () => {
    const d = await createDeployment(api, 'Kings', 120);
    const r = (await start({ deploymentId: d.id, questionnaireKey: 'TRAINING' })).data!.startResponse;
    const missing = await save({ responseId: r.id, answers: { trainingRoom: true, roomPhotos: ['e'.repeat(64)] }, baseVersion: r.version });
    expect(refusedFields(missing)).toEqual(['answers.roomPhotos[0]']);
    const photo = await uploadFile(api, photoBytes(500));
    const saved = await save({ responseId: r.id, answers: { ...TRAINING_ANSWERS, trainingRoom: true, roomWorkstations: 10, roomProjector: true, roomNetwork: true, roomPhotos: [photo.sha256] }, baseVersion: r.version });
    expect(saved.data!.saveResponse.answers).toMatchObject({ roomPhotos: [photo.sha256] });
  });

  it('answers NOT_FOUND for an unknown response', async () => {
    expect(errorCode(await save({ responseId: randomUUID(), answers: {}, baseVersion: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(graphql(`query QuestionnaireResponseById($id: ID!) { questionnaireResponse(id: $id) { id } }`), { id: randomUUID() }))).toBe('NOT_FOUND');
  });
});

describe('publishing a questionnaire version', () => {
  it('refuses questions that cannot be answered, and leaves responses on the version they started', async () => {
    const bad = await api.gql(PUBLISH, { i: {
      key: 'SCOPE', title: 'Scope questionnaire', taskKey: 'NO_SUCH_TASK',
      questions: [{ key: 'pick', label: 'Pick', type: 'SINGLE_CHOICE', required: true, choices: [{ value: 'A', label: 'A' }] }],
    } });
    expect(refusedFields(bad)).toEqual(['questions[0].choices', 'taskKey']);

    const d = await createDeployment(api, 'Lake', 120);
    const old = (await start({ deploymentId: d.id, questionnaireKey: 'TRAINING' })).data!.startResponse;
    const v2 = await api.gql(PUBLISH, { i: {
      key: 'TRAINING', title: 'Training questionnaire', taskKey: 'ESTABLISH_SCHEDULES', mutationId: randomUUID(),
      questions: [{ key: 'endUserCount', label: 'How many end users need training?', type: 'NUMBER', required: true, min: 0, max: 5000, unit: 'people' }],
    } });
    expect(v2.data!.publishQuestionnaire).toMatchObject({ key: 'TRAINING', version: 2, questions: [{ key: 'endUserCount' }] });

    // The old response still validates against version 1.
    const resubmit = await submit({ responseId: old.id, answers: TRAINING_ANSWERS, baseVersion: old.version });
    expect(resubmit.data!.submitResponse).toMatchObject({ status: 'SUBMITTED', questionnaire: { key: 'TRAINING', version: 1 } });
    const other = await createDeployment(api, 'Lassen', 120);
    const fresh = await start({ deploymentId: other.id, questionnaireKey: 'TRAINING', answers: { endUserCount: 3 } });
    expect(fresh.data!.startResponse.questionnaire).toEqual({ key: 'TRAINING', version: 2 });
    const v1 = await api.gql(graphql(`query QuestionnaireTrainingVersion1 { questionnaire(key: "TRAINING", version: 1) { questions { key } } }`));
    expect(v1.data!.questionnaire.questions).toHaveLength(10);
  });
});

describe('the version a response was filled in', () => {
  const RETIRE = graphql(`mutation QuestionnaireRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id version retiredAt retiredBy } }`);
  const PUBLISHED = graphql(`mutation QuestionnairePublishVersion($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }`);
  const AUDIT = graphql(`query QuestionnaireRetireAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType after } } }`);
  const retire = (questionnaireId: string) => api.gql(RETIRE, { i: { questionnaireId, mutationId: randomUUID() } });
  const counter = { key: 'counterHours', label: 'Front counter hours', type: 'TEXT' as const, required: true };
  const room = { key: 'roomCount', label: 'Courtrooms', type: 'NUMBER' as const, required: true, min: 0, max: 200 };
  const publish = async (key: string, questions: QuestionInput[]) =>
    dataOf(await api.gql(PUBLISHED, { i: { key, title: 'Site contacts questionnaire', questions, mutationId: randomUUID() } })).publishQuestionnaire;

  it('records a response started on an accepted older version against it, and validates it against that version', async () => {
    const v1 = await publish('SITE_CONTACTS_KEPT', [counter]);
    await publish('SITE_CONTACTS_KEPT', [counter, room]);
    const d = await createDeployment(api, 'Los Angeles', 120);
    // Filled in offline on version 1; the start reaches the server after version 2 was published.
    const r = (await start({ deploymentId: d.id, questionnaireKey: 'SITE_CONTACTS_KEPT', questionnaireVersion: v1.version, answers: { counterHours: '8 to 4' }, mutationId: randomUUID() })).data!.startResponse;
    expect(r.questionnaire).toEqual({ key: 'SITE_CONTACTS_KEPT', version: 1 });
    const submitted = await submit({ responseId: r.id, baseVersion: r.version, mutationId: randomUUID() });
    expect(submitted.data!.submitResponse).toMatchObject({ status: 'SUBMITTED', questionnaire: { version: 1 }, answers: { counterHours: '8 to 4' } });

    const other = await createDeployment(api, 'Madera', 120);
    expect(refusedFields(await start({ deploymentId: other.id, questionnaireKey: 'SITE_CONTACTS_KEPT', questionnaireVersion: 7 }))).toEqual(['questionnaireVersion']);
    expect((await start({ deploymentId: other.id, questionnaireKey: 'SITE_CONTACTS_KEPT' })).data!.startResponse.questionnaire.version).toBe(2);
  });

  it('retires a superseded version: open responses on it reopen editable on the latest, accepted ones stay, later starts take the latest', async () => {
    const v1 = await publish('SITE_CONTACTS_RETIRED', [counter, { key: 'oldNote', label: 'Old note', type: 'TEXT', required: false }]);
    const draft = (await start({ deploymentId: (await createDeployment(api, 'Marin', 120)).id, questionnaireKey: 'SITE_CONTACTS_RETIRED', answers: { counterHours: '9 to 5', oldNote: 'gone' } })).data!.startResponse;
    const sent = (await start({ deploymentId: (await createDeployment(api, 'Mariposa', 120)).id, questionnaireKey: 'SITE_CONTACTS_RETIRED' })).data!.startResponse;
    const submitted = (await submit({ responseId: sent.id, answers: { counterHours: '8 to 4' }, baseVersion: sent.version })).data!.submitResponse;
    const done = (await start({ deploymentId: (await createDeployment(api, 'Mendocino', 120)).id, questionnaireKey: 'SITE_CONTACTS_RETIRED' })).data!.startResponse;
    const doneSubmitted = (await submit({ responseId: done.id, answers: { counterHours: '7 to 3' }, baseVersion: done.version })).data!.submitResponse;
    dataOf(await accept({ responseId: done.id, baseVersion: doneSubmitted.version }));

    const latestOnly = await retire(v1.id);
    expect(errorCode(latestOnly)).toBe('BAD_USER_INPUT');
    expect(errorDetails(latestOnly)).toEqual({ fields: [{ field: 'questionnaireId', message: expect.stringContaining('publish a new version before retiring') }] });

    const v2 = await publish('SITE_CONTACTS_RETIRED', [counter, room]);
    const retired = await retire(v1.id);
    expect(retired.data!.retireQuestionnaire).toMatchObject({ id: v1.id, version: 1, retiredBy: 'Test admin', retiredAt: expect.any(String) });
    expect(refusedFields(await retire(v1.id))).toEqual(['questionnaireId']);
    expect(refusedFields(await retire(v2.id))).toEqual(['questionnaireId']);

    // The draft moved with the answers version 2 takes; the submitted one was returned, saying why.
    expect(await stored(draft.id)).toMatchObject({ questionnaireId: v2.id, status: 'DRAFT', answers: { counterHours: '9 to 5' }, version: draft.version + 1 });
    const returned = await stored(sent.id);
    expect(returned).toMatchObject({ questionnaireId: v2.id, status: 'RETURNED', reviewedBy: 'Test admin', version: submitted.version + 1 });
    expect(returned.reviewComment).toBe('version 1 of the Site contacts questionnaire was retired: answer version 2 and submit again.');
    expect(await stored(done.id)).toMatchObject({ questionnaireId: v1.id, status: 'ACCEPTED' });
    const audit = dataOf(await api.gql(AUDIT, { entityId: sent.id })).auditEvents.nodes;
    expect(audit.find((e) => e.operation === 'retireQuestionnaire')).toMatchObject({ entityType: 'QuestionnaireResponse', after: { status: 'RETURNED', questionnaireId: v2.id } });

    // Editable on version 2: a submission needs version 2's answers.
    expect(refusedFields(await submit({ responseId: sent.id, baseVersion: returned.version }))).toEqual(['answers.roomCount']);
    expect((await submit({ responseId: sent.id, answers: { roomCount: 4 }, baseVersion: returned.version })).data!.submitResponse)
      .toMatchObject({ status: 'SUBMITTED', questionnaire: { version: 2 }, answers: { counterHours: '8 to 4', roomCount: 4 } });

    // A start filled in on the retired version (offline) starts on the latest, with the answers it takes.
    const late = await start({ deploymentId: (await createDeployment(api, 'Merced', 120)).id, questionnaireKey: 'SITE_CONTACTS_RETIRED', questionnaireVersion: 1, answers: { counterHours: '10 to 2', oldNote: 'gone' } });
    expect(late.data!.startResponse).toMatchObject({ status: 'DRAFT', questionnaire: { version: 2 }, answers: { counterHours: '10 to 2' } });
  });
});
