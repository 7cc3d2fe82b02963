import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { formatDate } from '../../rules/dates';
import { Api, dataOf, type Client } from '../support/api';
import {
  acceptReadinessChecklist, completeTasks, holdTraining, liveDeployment, meetDependencies, passAll, readiness, recordResult, signAll, startRun,
} from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import { closeMailingApi, PUBLIC_URL, startMailingApi, type ReceivedMail, type TestSmtp } from '../support/smtp';

// Each kind of e-mail, caused by its change over GraphQL, delivered to a real SMTP server: to whom,
// what it asks first, the exact screen it links to, and the unsubscribe of its own kind.

let smtp: TestSmtp;
let api: Api;
beforeAll(async () => ({ smtp, api } = await startMailingApi()));
afterAll(() => closeMailingApi(api, smtp));

const ADD_COMMENT = graphql(`mutation KindsAddComment($i: AddCommentInput!) { addComment(input: $i) { id version } }`);
const EDIT_COMMENT = graphql(`mutation KindsEditComment($i: EditCommentInput!) { editComment(input: $i) { id version } }`);
const REPORT = graphql(`mutation KindsReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }`);
const UPDATE_INCIDENT = graphql(`mutation KindsUpdateIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id version } }`);
const RESCHEDULE = graphql(`mutation KindsReschedule($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { reschedule { id } deployment { version } } }`);
const UNDO = graphql(`mutation KindsUndoReschedule($i: UndoRescheduleInput!) { undoReschedule(input: $i) { deployment { version } } }`);
const ASSIGN_STAFF = graphql(`mutation KindsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }`);
const DEPENDENCIES = graphql(`query KindsDependencies($id: ID!) { deployment(id: $id) { dependencies { id title dueDate version } } }`);
const UPDATE_DEPENDENCY = graphql(`mutation KindsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status } }`);
const ASSIGN_TASK = graphql(`mutation KindsAssignTask($i: AssignTaskInput!) { assignTask(input: $i) { id version assignee { id } } }`);
const MAILBOX = graphql(`query KindsMailbox { mailbox(first: 100) { nodes { kind toAddress status } } }`);
const START = graphql(`mutation KindsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }`);
const SUBMIT = graphql(`mutation KindsSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }`);
const SETTINGS = graphql(`mutation KindsSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }`);
const ME = graphql(`query KindsMe { me { id version } }`);
const UPDATE_DEPLOYMENT = graphql(`mutation KindsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id version } }`);
const HELD = graphql(`query KindsHeldForDigest { mailbox(first: 100, filter: { status: IN_DIGEST }) { nodes { kind toAddress subject } } }`);
const RETURN = graphql(`mutation KindsReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { id version } }`);

type Person = Client & { email: string; id: string };
async function person(role: 'PARTNER_USER' | 'COORDINATOR' | 'FIELD_STAFF', name: string, organizationId?: string): Promise<Person> {
  const client = await api.as(Role[role], { name, organizationId });
  return { ...client, email: client.user!.email, id: client.user!.id };
}

/** The one message to `to` whose subject starts so, once the SMTP server has it. */
async function received(to: string, subject: string): Promise<ReceivedMail> {
  const matching = () => smtp.received.filter((m) => m.to.includes(to) && m.subject.startsWith(subject));
  await smtp.waitFor(() => matching().length > 0);
  expect(matching()).toHaveLength(1);
  return matching()[0];
}

const firstLine = (m: ReceivedMail) => m.text.split('\n')[0];

/** The link of the message and the kind its List-Unsubscribe switches off (the token names it). */
function linkAndUnsubscribe(m: ReceivedMail) {
  const token = new URL(m.headers.get('list-unsubscribe')!.slice(1, -1)).searchParams.get('token')!;
  return { link: /^Open it: (.*)$/m.exec(m.text)![1], unsubscribes: token.split('.')[1] };
}

describe('each kind of e-mail', () => {
  it('a comment that mentions me: the person mentioned, on adding and on an edit that adds them, not what was said', async () => {
    const d = await createDeployment(api, 'Alpine', 60);
    const { courtId } = await organizationsOf(api, 'Alpine');
    const author = await person('COORDINATOR', 'Ada Author');
    const clerk = await person('PARTNER_USER', 'Alpine Clerk', courtId);
    const deputy = await person('PARTNER_USER', 'Alpine Second', courtId);
    const body = 'Is the DOJ letter signed yet? Their answer was 42.';
    const comment = dataOf(await author.gql(ADD_COMMENT, { i: { deploymentId: d.id, visibility: 'SHARED', body, mentionUserIds: [clerk.id], mutationId: randomUUID() } })).addComment;
    const m = await received(clerk.email, 'Ada Author mentioned you');
    expect(m.subject).toBe('Ada Author mentioned you: Superior Court of California, County of Alpine');
    expect(firstLine(m)).toBe('Read and answer the comment Ada Author mentioned you in, on Superior Court of California, County of Alpine.');
    expect(linkAndUnsubscribe(m)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}`, unsubscribes: 'MENTION' });
    expect(m.text).not.toContain('DOJ letter');
    dataOf(await author.gql(EDIT_COMMENT, { i: { commentId: comment.id, body, mentionUserIds: [clerk.id, deputy.id], baseVersion: comment.version, mutationId: randomUUID() } }));
    await received(deputy.email, 'Ada Author mentioned you');
    expect(smtp.received.filter((x) => x.to.includes(clerk.email) && x.subject.startsWith('Ada Author'))).toHaveLength(1);
  });

  it('a task assigned to me: the assignee, with what to do by when and the deployment’s timeline, not when I take it myself', async () => {
    const { courtId } = await organizationsOf(api, 'Amador');
    const coordinator = await person('COORDINATOR', 'Cal Coordinator');
    const clerk = await person('PARTNER_USER', 'Amador Clerk', courtId);
    const d = await createDeployment(api, 'Amador', 60, { coordinatorId: coordinator.id });
    const court = 'Superior Court of California, County of Amador';
    const task = d.tasks.find((t) => t.number === 8)!;
    dataOf(await coordinator.gql(ASSIGN_TASK, { i: { taskId: task.id, assigneeId: clerk.id, baseVersion: task.version, mutationId: randomUUID() } }));
    const m = await received(clerk.email, 'Task assigned to you');
    expect(m.subject).toBe(`Task assigned to you: ${task.title}, ${court}`);
    expect(firstLine(m)).toBe(`Do task 8 “${task.title}” for ${court} by ${formatDate(task.dueDate)}: Cal Coordinator assigned it to you.`);
    expect(linkAndUnsubscribe(m)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}`, unsubscribes: 'TASK_ASSIGNED' });

    // Taking a task oneself sends nothing: the clerk takes task 7, the coordinator task 1.
    const seven = d.tasks.find((t) => t.number === 7)!;
    const one = d.tasks.find((t) => t.number === 1)!;
    dataOf(await clerk.gql(ASSIGN_TASK, { i: { taskId: seven.id, assigneeId: clerk.id, baseVersion: seven.version, mutationId: randomUUID() } }));
    dataOf(await coordinator.gql(ASSIGN_TASK, { i: { taskId: one.id, assigneeId: coordinator.id, baseVersion: one.version, mutationId: randomUUID() } }));
    const kept = dataOf(await api.gql(MAILBOX)).mailbox.nodes.filter((x) => x.kind === 'TASK_ASSIGNED' && [clerk.email, coordinator.email].includes(x.toAddress));
    expect(kept.map((x) => x.toAddress)).toEqual([clerk.email]);
  });

  it('go-live set and moved: the partners, with the day as a calendar event', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Butte');
    const clerk = await person('PARTNER_USER', 'Butte Clerk', courtId);
    const deputy = await person('PARTNER_USER', 'Butte Deputy', sheriffId);
    const d = await createDeployment(api, 'Butte', 60);
    const court = 'Superior Court of California, County of Butte';
    const set = await received(clerk.email, 'Go-live set');
    expect(set.subject).toBe(`Go-live set for ${formatDate(d.targetGoLive)}: ${court}`);
    expect(firstLine(set)).toBe(`Plan for go-live: ${court} goes live on ${formatDate(d.targetGoLive)}.`);
    expect(linkAndUnsubscribe(set)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}`, unsubscribes: 'GO_LIVE_SET' });
    expect(set.raw.replace(/\r?\n[ \t]+/g, ' ')).toContain('Content-Type: text/calendar; charset=utf-8; method=PUBLISH; name=go-live.ics');
    await received(deputy.email, 'Go-live set');

    const moved = dataOf(await api.gql(RESCHEDULE, { i: { deploymentId: d.id, targetGoLive: '2027-04-01', baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } })).rescheduleGoLive;
    const m = await received(clerk.email, 'Go-live moved');
    expect(m.subject).toBe(`Go-live moved to Thu, Apr 1, 2027: ${court}`);
    expect(firstLine(m)).toBe(`Plan for the new date: go-live of ${court} moved from ${formatDate(d.targetGoLive)} to Thu, Apr 1, 2027.`);
    const ics = Buffer.from(/filename=go-live\.ics\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(m.raw)![1].replace(/\s+/g, ''), 'base64').toString('utf8');
    expect(ics).toContain(`UID:go-live-${d.id}@ccpor-deploy`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270401');
    expect(ics).toContain('SUMMARY:Go-live: Superior Court of California\\, County of Butte');
    expect(ics).toContain('SEQUENCE:2');

    dataOf(await api.gql(UNDO, { i: { rescheduleId: moved.reschedule!.id, baseVersion: moved.deployment.version, mutationId: randomUUID() } }));
    await received(clerk.email, `Go-live moved to ${formatDate(d.targetGoLive)}`);
  });

  it('a questionnaire to answer: the partners, when it is started for them and when it is returned to correct', async () => {
    const { courtId } = await organizationsOf(api, 'Colusa');
    const clerk = await person('PARTNER_USER', 'Colusa Clerk', courtId);
    const d = await createDeployment(api, 'Colusa', 60);
    const started = dataOf(await api.gql(START, { i: { deploymentId: d.id, questionnaireKey: 'GO_LIVE_READINESS', filledOnSite: false, answers: {}, mutationId: randomUUID() } })).startResponse;
    const m = await received(clerk.email, 'Questionnaire to answer');
    expect(firstLine(m)).toMatch(/^Answer .+ for Superior Court of California, County of Colusa and submit it\.$/);
    expect(linkAndUnsubscribe(m)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}/questionnaires/${started.id}`, unsubscribes: 'QUESTIONNAIRE_TO_ANSWER' });

    const answers = {
      accountsActive: true, trainingCompleted: true, scannersReady: true, catSignedOff: true, leasInformed: true,
      cutOverPlan: 'Paper intake stops the evening before go-live.', goLiveSupport: 'Court help desk.', confirmedGoLive: '2027-02-01',
    };
    const submitted = dataOf(await clerk.gql(SUBMIT, { i: { responseId: started.id, answers, baseVersion: started.version, mutationId: randomUUID() } })).submitResponse;
    dataOf(await api.gql(RETURN, { i: { responseId: submitted.id, comment: 'Name the help desk’s hours.', baseVersion: submitted.version, mutationId: randomUUID() } }));
    const back = await received(clerk.email, 'Questionnaire returned to correct');
    expect(firstLine(back)).toMatch(/^Correct and submit again: .+ returned .+ of Superior Court of California, County of Colusa to you\.$/);
    expect(back.text).not.toContain('help desk');
  });

  it('an incident reported and resolved: both sides, the partners and the coordinator and field staff', async () => {
    const coordinator = await person('COORDINATOR', 'Cora Coordinator');
    const { courtId } = await organizationsOf(api, 'Del Norte');
    const clerk = await person('PARTNER_USER', 'Del Norte Clerk', courtId);
    const d = await liveDeployment(api, 'Del Norte');
    const fieldStaff = await person('FIELD_STAFF', 'Finn Field');
    dataOf(await api.gql(ASSIGN_STAFF, { i: { deploymentId: d.id, coordinatorId: coordinator.id, fieldStaffIds: [fieldStaff.id], baseVersion: d.version, mutationId: randomUUID() } }));
    const incident = dataOf(await clerk.gql(REPORT, { i: { deploymentId: d.id, severity: 'SEV2', description: 'Orders do not reach DOJ; call 555-0100.', reportedBy: 'Del Norte Clerk', mutationId: randomUUID() } })).reportIncident;
    const reported = await received(coordinator.email, 'Incident reported');
    expect(reported.subject).toBe('Incident reported (SEV2): Superior Court of California, County of Del Norte');
    expect(firstLine(reported)).toMatch(/^Look into the SEV2 incident of Superior Court of California, County of Del Norte reported on .+\.$/);
    expect(linkAndUnsubscribe(reported)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}/incidents`, unsubscribes: 'INCIDENT' });
    expect(reported.text).not.toContain('555-0100');
    await received(fieldStaff.email, 'Incident reported');
    // The reporter is not told of their own report.
    expect(smtp.received.some((m) => m.to.includes(clerk.email) && m.subject.startsWith('Incident reported'))).toBe(false);

    dataOf(await coordinator.gql(UPDATE_INCIDENT, { i: { incidentId: incident.id, status: 'RESOLVED', resolution: 'DOJ route fixed.', baseVersion: incident.version, mutationId: randomUUID() } }));
    const resolved = await received(clerk.email, 'Incident resolved');
    expect(firstLine(resolved)).toMatch(/^Check that it holds: the SEV2 incident of .+ is resolved\.$/);
    expect(resolved.text).toContain('Resolved by: Cora Coordinator');
  });

  it('a sign-off requested and turned stale, readiness GO and NO-GO: the partners of the court and its LEAs, once each, as each chose', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Glenn');
    const clerk = await person('PARTNER_USER', 'Glenn Clerk', courtId);
    const deputy = await person('PARTNER_USER', 'Glenn Deputy', sheriffId);
    // A partner who wants readiness in the digest and no sign-off e-mail.
    const quiet = await person('PARTNER_USER', 'Glenn Quiet', courtId);
    const { version } = dataOf(await quiet.gql(ME)).me!;
    dataOf(await quiet.gql(SETTINGS, { i: { preferences: [{ kind: 'SIGN_OFF_REQUESTED', delivery: 'OFF' }, { kind: 'READINESS_CHANGED', delivery: 'DAILY_DIGEST' }], baseVersion: version, mutationId: randomUUID() } }));
    const court = 'Superior Court of California, County of Glenn';
    const sheriff = 'Glenn County Sheriff’s Office';
    const to = (email: string, subject: string) => smtp.received.filter((m) => m.to.includes(email) && m.subject.startsWith(subject));

    const d = await createDeployment(api, 'Glenn', 40);
    await completeTasks(api, d, 22);
    await meetDependencies(api, d);
    await holdTraining(api, d.id);
    await acceptReadinessChecklist(api, d.id);
    const run = await startRun(api, d.id);
    await passAll(api, run);
    // The run has passed: each partner organization is asked to sign, on the run's sign-off screen.
    const asked = await received(clerk.email, 'Sign-off requested');
    expect(asked.subject).toBe(`Sign-off requested: acceptance testing of ${court}`);
    expect(firstLine(asked)).toMatch(new RegExp(`^Sign off Court Acceptance Testing for ${court}: the acceptance run of .+ has passed\\.$`));
    expect(linkAndUnsubscribe(asked)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}/sign-off?run=${run.id}`, unsubscribes: 'SIGN_OFF_REQUESTED' });
    expect(firstLine(await received(deputy.email, 'Sign-off requested'))).toContain(`for ${sheriff}:`);

    // Every party signs: GO.
    await signAll(api, run.id, courtId, [sheriffId]);
    expect((await readiness(api, d.id)).status).toBe('GO');
    const go = await received(clerk.email, 'Readiness GO');
    expect(go.subject).toBe(`Readiness GO: ${court}`);
    expect(firstLine(go)).toBe(`Confirm your go-live plans: ${court} is ready to go live on ${formatDate(d.targetGoLive)} (readiness GO).`);
    expect(linkAndUnsubscribe(go)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}`, unsubscribes: 'READINESS_CHANGED' });
    await received(deputy.email, 'Readiness GO');

    // A failed attempt after signing: both partner sign-offs turn stale, and readiness NO-GO, each told once.
    const [first] = run.cases;
    dataOf(await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'FAILED', actualResult: 'Order saved without its expiration date' }));
    const stale = await received(clerk.email, 'Sign again');
    expect(firstLine(stale)).toMatch(new RegExp(`^Sign again for ${court} once the acceptance run of .+ passes: its sign-off no longer holds\\.$`));
    expect(stale.text).toContain('Signed by Jordan Lee on ');
    expect(stale.text).toContain(`since then: Case ${first.testCase.key} has a newer attempt (failed).`);
    expect(linkAndUnsubscribe(stale)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}/sign-off?run=${run.id}`, unsubscribes: 'SIGN_OFF_REQUESTED' });
    expect(stale.text).not.toContain('expiration date');
    await received(deputy.email, 'Sign again');
    const noGo = await received(clerk.email, 'Readiness NO-GO');
    expect(firstLine(noGo)).toBe(`See what now blocks go-live: ${court} is no longer ready to go live on ${formatDate(d.targetGoLive)} (readiness NO-GO).`);
    expect(noGo.text).toContain(`- Sign-off of ${court} (waits on `);
    expect(noGo.text).not.toContain('expiration date');

    // Passed again: asked to sign again; another attempt while still stale tells nobody anything new.
    dataOf(await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'PASSED' }));
    await smtp.waitFor(() => to(clerk.email, 'Sign-off requested').length === 2);
    expect(firstLine(to(clerk.email, 'Sign-off requested')[1])).toContain('has passed again since your sign-off turned stale.');
    dataOf(await recordResult(api, { runId: run.id, caseId: run.cases[1].testCase.id, status: 'PASSED', notes: 'Checked once more' }));
    await signAll(api, run.id, courtId, [sheriffId]);
    await smtp.waitFor(() => to(clerk.email, 'Readiness GO').length === 2);
    expect(to(clerk.email, 'Readiness NO-GO')).toHaveLength(1);
    expect(to(clerk.email, 'Sign again')).toHaveLength(1);
    expect(to(clerk.email, 'Sign-off requested')).toHaveLength(2);

    // Each as they chose: readiness held for the digest, no sign-off e-mail at all.
    const held = dataOf(await api.gql(HELD)).mailbox.nodes.filter((m) => m.toAddress === quiet.email);
    expect(held.map((m) => m.subject).sort()).toEqual([`Readiness GO: ${court}`, `Readiness GO: ${court}`, `Readiness NO-GO: ${court}`]);
    expect(smtp.received.some((m) => m.to.includes(quiet.email) && /Sign/.test(m.subject))).toBe(false);

    // An agency that joins once the run has passed is asked to sign at once; readiness turns NO-GO for everyone else.
    const { sheriffId: joinerId } = await organizationsOf(api, 'Tehama');
    const joiner = await person('PARTNER_USER', 'Tehama Deputy', joinerId);
    dataOf(await api.gql(UPDATE_DEPLOYMENT, { i: { deploymentId: d.id, leaIds: [sheriffId, joinerId], baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } }));
    expect(firstLine(await received(joiner.email, 'Sign-off requested'))).toContain('for Tehama County Sheriff’s Office:');
    await smtp.waitFor(() => to(clerk.email, 'Readiness NO-GO').length === 2);
    expect(to(clerk.email, 'Sign-off requested')).toHaveLength(2);
    expect(to(deputy.email, 'Sign-off requested')).toHaveLength(2);
  });

  // Last: it moves the server's clock past the dependency's due date.
  it('a dependency waiting beyond its due date: its coordinator, once', async () => {
    const coordinator = await person('COORDINATOR', 'Dee Pendency');
    const d = await createDeployment(api, 'El Dorado', 60, { coordinatorId: coordinator.id });
    const [dependency] = dataOf(await api.gql(DEPENDENCIES, { id: d.id })).deployment!.dependencies;
    dataOf(await api.gql(UPDATE_DEPENDENCY, { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'DOJ', baseVersion: dependency.version, mutationId: randomUUID() } }));
    api.clock.setToday(dependency.dueDate);
    api.clock.advanceDays(1);
    const m = await received(coordinator.email, 'Waiting beyond its due date');
    expect(m.subject).toBe(`Waiting beyond its due date: ${dependency.title}, Superior Court of California, County of El Dorado`);
    expect(firstLine(m)).toBe(`Chase CA DOJ: ${dependency.title} for Superior Court of California, County of El Dorado was due ${formatDate(dependency.dueDate)} and is still waiting.`);
    expect(linkAndUnsubscribe(m)).toEqual({ link: `${PUBLIC_URL}/deployments/${d.id}`, unsubscribes: 'DEPENDENCY_OVERDUE' });
    api.clock.advanceDays(1);
    await expect.poll(async () => dataOf(await api.gql(MAILBOX)).mailbox.nodes.filter((x) => x.toAddress === coordinator.email && x.kind === 'DEPENDENCY_OVERDUE').map((x) => x.status))
      .toEqual(['SENT']);
  });
});
