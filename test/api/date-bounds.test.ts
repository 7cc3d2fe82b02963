import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meeting } from '../../server/modules/meeting/meeting.entity';
import { Incident } from '../../server/modules/incident/incident.entity';
import { TestResult } from '../../server/modules/test-run/test-run.entity';
import { TrainingSession } from '../../server/modules/training/training.entity';
import { Api, errorCode, errorDetails, refusedFields, startApi } from '../support/api';
import { BULK, liveDeployment, recordResult, startRun } from '../support/cat';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';

// docs/domain.md#dates: planned dates lie from 2020-01-01 to three years ahead, dates of things
// that happened from 2020-01-01 to today, and instants to 10 minutes ahead of the server's clock.
// The test clock says 2027-01-04, noon in California (20:00 UTC).

const RECORD_MEETING = graphql(`mutation BoundedMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id meetingOn } }`);
const RECORD_DOCUMENT = graphql(`mutation BoundedDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id exchangedOn } }`);
const REPORT_INCIDENT = graphql(`mutation BoundedIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id reportedAt } }`);
const SCHEDULE_TRAINING = graphql(`mutation BoundedTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id scheduledOn version } }`);
const RECORD_HELD = graphql(`mutation BoundedTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id heldOn } }`);
const CREATE_DEPLOYMENT = graphql(`mutation BoundedDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`);
const MOVE_TASK = graphql(`mutation BoundedMove($i: MoveTaskInput!) { moveTask(input: $i) { id dueDate } }`);

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const meeting = (deploymentId: string, meetingOn: string, held: boolean) =>
  api.gql(RECORD_MEETING, { i: { deploymentId, kind: 'KICK_OFF', title: 'Kick-off', meetingOn, held, mutationId: randomUUID() } });
const plan = (deploymentId: string, scheduledOn: string) => api.gql(SCHEDULE_TRAINING, { i: {
  deploymentId, scheduledOn, mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer', mutationId: randomUUID(),
} });

describe('planned dates', () => {
  it('lie from 2020-01-01 to three years ahead, else BAD_USER_INPUT naming the field and nothing is written', async () => {
    const d = await createDeployment(api, 'Lake', 90);
    for (const meetingOn of ['0001-01-01', '2019-12-31', '2030-01-05']) {
      const res = await meeting(d.id, meetingOn, false);
      expect(errorCode(res), meetingOn).toBe('BAD_USER_INPUT');
      expect(refusedFields(res)).toEqual(['meetingOn']);
    }
    expect(errorDetails(await meeting(d.id, '0001-01-01', false)).fields![0].message).toMatch(/before 2020-01-01.*check the year/);
    expect(await api.app.db.manager.countBy(Meeting, { deploymentId: d.id })).toBe(0);
    expect((await meeting(d.id, '2030-01-04', false)).data!.recordMeeting.meetingOn).toBe('2030-01-04');

    const tooFar = await plan(d.id, '2030-01-05');
    expect(refusedFields(tooFar)).toEqual(['scheduledOn']);
    expect(errorDetails(tooFar).fields![0].message).toMatch(/more than 3 years ahead/);
    expect(await api.app.db.manager.countBy(TrainingSession, { deploymentId: d.id })).toBe(0);
    expect((await plan(d.id, '2030-01-04')).data!.scheduleTraining.scheduledOn).toBe('2030-01-04');

    const taskId = d.tasks[0].id;
    const move = (dueDate: string) => api.gql(MOVE_TASK, { i: { taskId, dueDate, baseVersion: d.tasks[0].version, mutationId: randomUUID() } });
    expect(refusedFields(await move('2031-06-01'))).toEqual(['dueDate']);
    expect(refusedFields(await move('2019-06-01'))).toEqual(['dueDate']);
    expect((await move('2029-06-01')).data!.moveTask.dueDate).toBe('2029-06-01');
  });

  it('bound a new deployment’s target go-live', async () => {
    const { courtId } = await organizationsOf(api, 'Napa');
    const create = (targetGoLive: string) => api.gql(CREATE_DEPLOYMENT, { i: { courtId, leaIds: [], targetGoLive, mutationId: randomUUID() } });
    const res = await create('2030-01-05');
    expect(refusedFields(res)).toEqual(['targetGoLive']);
    expect(errorDetails(res).fields![0].message).toMatch(/more than 3 years ahead/);
    expect((await create('2030-01-04')).errors).toBeUndefined();
  });
});

describe('dates of things that happened', () => {
  it('lie from 2020-01-01 to today', async () => {
    const d = await createDeployment(api, 'Lassen', 90);
    for (const meetingOn of ['0001-01-01', '2027-01-05']) expect(refusedFields(await meeting(d.id, meetingOn, true)), meetingOn).toEqual(['meetingOn']);
    expect(await api.app.db.manager.countBy(Meeting, { deploymentId: d.id })).toBe(0);
    expect((await meeting(d.id, '2027-01-04', true)).errors).toBeUndefined();

    const document = (exchangedOn: string) => api.gql(RECORD_DOCUMENT, { i: { deploymentId: d.id, title: 'DOJ form', direction: 'SENT', exchangedOn, mutationId: randomUUID() } });
    expect(refusedFields(await document('1999-12-31'))).toEqual(['exchangedOn']);
    expect(refusedFields(await document('2027-01-05'))).toEqual(['exchangedOn']);
    expect((await document('2020-01-01')).errors).toBeUndefined();

    const session = (await plan(d.id, '2027-01-04')).data!.scheduleTraining;
    const held = (heldOn: string) => api.gql(RECORD_HELD, { i: { sessionId: session.id, heldOn, baseVersion: session.version, mutationId: randomUUID() } });
    expect(refusedFields(await held('1970-01-01'))).toEqual(['heldOn']);
    expect((await held('2027-01-03')).data!.recordTrainingHeld.heldOn).toBe('2027-01-03');
  });

  it('a CAT attempt tested in 1970 or more than 10 minutes ahead is refused, one or many at once', async () => {
    const d = await createDeployment(api, 'Kings', 90);
    const run = await startRun(api, d.id);
    const caseId = run.cases.find((c) => c.status === 'UNTESTED')!.testCase.id;
    for (const testedAt of ['1970-01-01T00:00:00Z', '2027-01-04T20:11:00Z']) {
      const res = await recordResult(api, { runId: run.id, caseId, status: 'PASSED', testedAt });
      expect(errorCode(res), testedAt).toBe('BAD_USER_INPUT');
      expect(refusedFields(res)).toEqual(['testedAt']);
    }
    const bulk = await api.gql(BULK, { i: { runId: run.id, results: [
      { caseId, status: 'PASSED', tester: 'Dana Clerk', testedAt: '1970-01-01T00:00:00Z', mutationId: randomUUID() },
    ] } });
    expect(bulk.data!.recordTestResults).toMatchObject({ applied: 0, refused: 1 });
    expect(bulk.data!.recordTestResults.results[0].error).toMatchObject({ code: 'BAD_USER_INPUT', details: { fields: [{ field: 'testedAt' }] } });
    expect(await api.app.db.manager.countBy(TestResult, { runId: run.id, caseId })).toBe(0);
    // A device clock a few minutes fast is still believed.
    expect((await recordResult(api, { runId: run.id, caseId, status: 'PASSED', testedAt: '2027-01-04T20:09:00Z' })).errors).toBeUndefined();
  });

  it('an incident reported in 2999 or before 2020 is refused', async () => {
    const d = await liveDeployment(api, 'Kern');
    const report = (reportedAt: string) => api.gql(REPORT_INCIDENT, { i: {
      deploymentId: d.id, severity: 'SEV3', description: 'Slow search', reportedBy: 'Court help desk', reportedAt, mutationId: randomUUID(),
    } });
    for (const reportedAt of ['2999-01-01T00:00:00Z', '2019-12-31T12:00:00Z']) {
      const res = await report(reportedAt);
      expect(errorCode(res), reportedAt).toBe('BAD_USER_INPUT');
      expect(refusedFields(res)).toEqual(['reportedAt']);
    }
    expect(errorDetails(await report('2999-01-01T00:00:00Z')).fields![0].message).toMatch(/ahead of the server.*check the device clock/);
    expect(await api.app.db.manager.countBy(Incident, { deploymentId: d.id })).toBe(0);
    expect((await report('2027-01-04T19:00:00Z')).errors).toBeUndefined();
  });
});

describe('a value that is no date', () => {
  it('answers BAD_USER_INPUT naming the field, written in the query or sent as a variable', async () => {
    const { courtId } = await organizationsOf(api, 'Plumas');
    const literal = await api.gql(`mutation { createDeployment(input: { courtId: "${courtId}", targetGoLive: "2027-02-30" }) { id } }`);
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    expect(refusedFields(literal)).toEqual(['targetGoLive']);
    const variable = await api.gql(CREATE_DEPLOYMENT, { i: { courtId, targetGoLive: 'next Tuesday' } });
    expect(errorCode(variable)).toBe('BAD_USER_INPUT');
    expect(refusedFields(variable)).toEqual(['targetGoLive']);
  });
});

describe('a date out of bounds among other bad fields', () => {
  it('is named in the one BAD_USER_INPUT with every other bad field, and nothing is written', async () => {
    const d = await createDeployment(api, 'Alpine', 90);
    const res = await api.gql(RECORD_MEETING, { i: { deploymentId: d.id, kind: 'KICK_OFF', title: ' ', meetingOn: '2019-12-31', held: true, attendees: [''], mutationId: randomUUID() } });
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(new Set(refusedFields(res))).toEqual(new Set(['title', 'meetingOn', 'attendees']));
    expect(res.errors![0].message).toMatch(/meetingOn is before 2020-01-01/);
    expect(await api.app.db.manager.countBy(Meeting, { deploymentId: d.id })).toBe(0);

    const incident = await api.gql(REPORT_INCIDENT, { i: {
      deploymentId: d.id, severity: 'SEV3', description: '', reportedBy: 'Court help desk', reportedAt: '2999-01-01T00:00:00Z', mutationId: randomUUID(),
    } });
    expect(incident.errors).toHaveLength(1);
    expect(new Set(refusedFields(incident))).toEqual(new Set(['description', 'reportedAt']));
  });

  it('is named beside a value the types refused, sent as a variable', async () => {
    const d = await createDeployment(api, 'Sierra', 90);
    const res = await api.gql(SCHEDULE_TRAINING, { i: {
      deploymentId: d.id, scheduledOn: '2031-01-01', mode: 'CARRIER_PIGEON', module: 'FULL_USE', audience: 'END_USERS', trainer: 'CCPOR trainer', mutationId: randomUUID(),
    } } as never);
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(new Set(refusedFields(res))).toEqual(new Set(['mode', 'scheduledOn']));
    expect(await api.app.db.manager.countBy(TrainingSession, { deploymentId: d.id })).toBe(0);
  });
});
