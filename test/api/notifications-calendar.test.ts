import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../rules/dates';
import { addDays } from '../../server/shared/dates';
import { Api, Client, errorCode, startApi } from '../support/api';
import { createDeployment, organizationsOf, type CreatedDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
let coordinator: Client;
let partner: Client;
let fresno: CreatedDeployment;
let kings: CreatedDeployment;

const FEED = graphql(`query NotificationsFeed($first: Int) { notifications(first: $first) { unreadCount readUpTo items { id kind at deploymentId courtName summary actor unread } } }`);
const MARK = graphql(`mutation NotificationsMarkRead($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { readUpTo } }`);
const START_TASK = graphql(`mutation NotificationsStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }`);
const ASSIGN = graphql(`mutation NotificationsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }`);
const RECORD_MEETING = graphql(`mutation NotificationsRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }`);
const SCHEDULE_TRAINING = graphql(`mutation NotificationsScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`);
const CREATE_FEED = graphql(`mutation CalendarFeedCreate($input: MutationIdInput!) { createCalendarFeed(input: $input) { path feed { id createdAt } } }`);
const MY_FEED = graphql(`query CalendarFeedMine { myCalendarFeed { id } }`);
const REVOKE_FEED = graphql(`mutation CalendarFeedRevoke($input: MutationIdInput!) { revokeCalendarFeed(input: $input) }`);
const ics = (d: string) => d.replaceAll('-', '');
const today = () => api.clock.now().toISOString().slice(0, 10);

async function feedOf(client: Client) {
  const res = await client.gql(FEED, { first: 100 });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.notifications;
}

async function startTask(client: Client, task: { id: string; version: number }) {
  const res = await client.gql(START_TASK, { i: { taskId: task.id, baseVersion: task.version, mutationId: randomUUID() } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

/** The VEVENTs of a calendar as { uid, start, summary }. */
function events(text: string) {
  return text.split('BEGIN:VEVENT').slice(1).map((block) => {
    const unfolded = block.replace(/\r\n[ \t]/g, '');
    return {
      uid: /UID:(.*)\r\n/.exec(unfolded)![1],
      start: /DTSTART;VALUE=DATE:(\d{8})/.exec(unfolded)?.[1],
      summary: /SUMMARY:(.*)\r\n/.exec(unfolded)![1].replace(/\\,/g, ','),
    };
  });
}

beforeAll(async () => {
  api = await startApi();
  fresno = await createDeployment(api, 'Fresno', 100);
  kings = await createDeployment(api, 'Kings', 80);
  coordinator = await api.as('COORDINATOR', { name: 'Cora Coordinator' });
  const assign = await api.gql(ASSIGN, {
    i: { deploymentId: fresno.id, coordinatorId: coordinator.user!.id, fieldStaffIds: [], baseVersion: fresno.version, mutationId: randomUUID() },
  });
  expect(assign.errors).toBeUndefined();
  const { courtId } = await organizationsOf(api, 'Fresno');
  partner = await api.as('PARTNER_USER', { organizationId: courtId, name: 'Fresno clerk' });
  const meeting = await api.gql(RECORD_MEETING, {
    i: { deploymentId: fresno.id, kind: 'KICK_OFF', title: 'Kick-off with the court', meetingOn: addDays(today(), 10), held: false, attendees: [], mutationId: randomUUID() },
  });
  expect(meeting.errors).toBeUndefined();
  const training = await api.gql(SCHEDULE_TRAINING, {
    i: { deploymentId: fresno.id, scheduledOn: addDays(today(), 45), mode: 'REMOTE', module: 'FULL_USE', audience: 'END_USERS', trainer: 'Tess Trainer', attendees: [], mutationId: randomUUID() },
  });
  expect(training.errors).toBeUndefined();
  const kingsMeeting = await api.gql(RECORD_MEETING, {
    i: { deploymentId: kings.id, kind: 'KICK_OFF', title: 'Kings kick-off', meetingOn: addDays(today(), 12), held: false, attendees: [], mutationId: randomUUID() },
  });
  expect(kingsMeeting.errors).toBeUndefined();
});
afterAll(async () => { await api?.close(); });

describe('notifications', () => {
  it('lists what others changed on my deployments, not my own changes nor other deployments', async () => {
    api.clock.advanceDays(1);
    await startTask(api, fresno.tasks[0]);
    await startTask(api, kings.tasks[0]);
    await startTask(coordinator, fresno.tasks[1]);
    const feed = await feedOf(coordinator);
    const started = feed.items.filter((n) => n.summary.includes('started a task'));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ kind: 'CHANGED', deploymentId: fresno.id, unread: true, summary: `${started[0].actor}: started a task (1 change to tasks)` });
    expect(feed.items.every((n) => n.deploymentId === fresno.id)).toBe(true);
    expect(feed.items.some((n) => n.actor === 'Cora Coordinator')).toBe(false);
    expect(feed.unreadCount).toBe(feed.items.length);
  });

  it('tells when a task of my deployment becomes overdue', async () => {
    const first = fresno.tasks.reduce((a, b) => (a.dueDate <= b.dueDate ? a : b));
    api.clock.setToday(addDays(first.dueDate, 1));
    const feed = await feedOf(coordinator);
    const overdue = feed.items.filter((n) => n.kind === 'OVERDUE');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.some((n) => n.summary.includes(`due ${formatDate(first.dueDate)}`))).toBe(true);
    expect(overdue.every((n) => n.deploymentId === fresno.id)).toBe(true);
  });

  it('marks read up to an instant, never backwards, and counts what comes after', async () => {
    const before = await feedOf(coordinator);
    expect(before.unreadCount).toBeGreaterThan(0);
    const newest = before.items[0].at;
    const marked = await coordinator.gql(MARK, { i: { upTo: newest, mutationId: randomUUID() } });
    expect(marked.errors).toBeUndefined();
    const after = await feedOf(coordinator);
    expect(after.unreadCount).toBe(0);
    expect(after.items.every((n) => !n.unread)).toBe(true);

    const back = await coordinator.gql(MARK, { i: { upTo: '2020-01-01T00:00:00Z', mutationId: randomUUID() } });
    expect(back.data!.markNotificationsRead.readUpTo).toBe(new Date(newest).toISOString());

    api.clock.advanceDays(0.01);
    await startTask(api, fresno.tasks[2]);
    const later = await feedOf(coordinator);
    expect(later.unreadCount).toBe(1);
    expect(later.items[0]).toMatchObject({ unread: true, kind: 'CHANGED' });
    // Another person's marker is their own.
    expect((await feedOf(partner)).unreadCount).toBeGreaterThan(0);
  });

  it('refuses a page over 100', async () => {
    expect(errorCode(await coordinator.gql(FEED, { first: 101 }))).toBe('BAD_USER_INPUT');
  });
});

describe('calendar feed', () => {
  it('answers 404 for an unknown secret', async () => {
    expect((await fetch(`${api.url}/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/calendar/nonsense.ics`)).status).toBe(404);
  });

  it('holds the due dates of my tasks, meetings, training and go-lives of my deployments as all-day events', async () => {
    const created = await coordinator.gql(CREATE_FEED, { input: {} });
    expect(created.errors).toBeUndefined();
    const { path } = created.data!.createCalendarFeed;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await coordinator.gql(MY_FEED)).data!.myCalendarFeed!.id).toBe(created.data!.createCalendarFeed.feed.id);

    const res = await fetch(`${api.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const list = events(text);
    expect(list.find((e) => e.uid === `go-live-${fresno.id}@ccpor-deploy`)).toMatchObject({ start: ics(fresno.targetGoLive), summary: 'Go-live: Superior Court of California, County of Fresno' });
    expect(list.find((e) => e.summary.startsWith('Meeting: Kick-off with the court'))).toBeDefined();
    expect(list.find((e) => e.summary.startsWith('Training: full use, remote'))?.start).toBe(ics(addDays('2027-01-04', 45)));
    // Task 23 (go-live, CCPOR team) is due on go-live day; the court's task 7 is not mine.
    expect(list.find((e) => e.summary.startsWith('Due: Go-live'))?.start).toBe(ics(fresno.targetGoLive));
    const courtTask = fresno.tasks.find((t) => t.number === 7)!;
    expect(list.some((e) => e.uid === `task-${courtTask.id}@ccpor-deploy`)).toBe(false);
    // Kings is not the coordinator's deployment.
    expect(list.some((e) => e.summary.includes('Kings'))).toBe(false);
  });

  it('gives a partner only their organization, with the court’s tasks', async () => {
    const { path } = (await partner.gql(CREATE_FEED, { input: {} })).data!.createCalendarFeed;
    const list = events(await (await fetch(`${api.url}${path}`)).text());
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.summary.includes('County of Fresno'))).toBe(true);
    const courtTask = fresno.tasks.find((t) => t.number === 7)!;
    expect(list.find((e) => e.uid === `task-${courtTask.id}@ccpor-deploy`)?.start).toBe(ics(courtTask.dueDate));
    expect(list.some((e) => e.summary.startsWith('Due: Go-live'))).toBe(false);
  });

  it('stops working when revoked or replaced', async () => {
    const first = (await coordinator.gql(CREATE_FEED, { input: {} })).data!.createCalendarFeed.path;
    expect((await fetch(`${api.url}${first}`)).status).toBe(200);
    const second = (await coordinator.gql(CREATE_FEED, { input: {} })).data!.createCalendarFeed.path;
    expect((await fetch(`${api.url}${first}`)).status).toBe(404);
    expect((await fetch(`${api.url}${second}`)).status).toBe(200);
    const revoked = await coordinator.gql(REVOKE_FEED, { input: {} });
    expect(revoked.data!.revokeCalendarFeed).toBe(true);
    expect((await fetch(`${api.url}${second}`)).status).toBe(404);
    expect((await coordinator.gql(MY_FEED)).data!.myCalendarFeed).toBeNull();
    expect((await coordinator.gql(REVOKE_FEED, { input: {} })).data!.revokeCalendarFeed).toBe(false);
  });
});
