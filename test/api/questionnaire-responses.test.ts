import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionnaireResponse } from '../../server/modules/questionnaire/questionnaire.entity';
import { Api, dataOf, errorCode, errorDetails, refusedFields, startApi } from '../support/api';
import { BUSINESS_OPERATION_ANSWERS, TRAINING_ANSWERS } from '../support/answers';
import { taskByKey } from '../support/capture';
import { photoBytes, uploadFile } from '../support/files';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { ReviewResponseInput, SaveResponseInput, StartResponseInput, SubmitResponseInput } from '../support/generated/graphql';

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
