import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { addDays } from '../../server/shared/dates';
import { formatDate } from '../../rules/dates';
import { Api, dataOf, type Client } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import { closeMailingApi, PUBLIC_URL, startMailingApi, type ReceivedMail, type TestSmtp } from '../support/smtp';

// The daily digest comes at 7:00 in each person's time zone. The test moves the server's clock and
// waits for the worker (polling every 50 ms) to write and send; a digest that appears proves the
// pass that wrote it also judged everyone else at that instant, so "not yet" is checked then.
// The clock starts at noon in California (15:00 in New York): past the morning's digest hours.

let smtp: TestSmtp;
let api: Api;
beforeAll(async () => ({ smtp, api } = await startMailingApi()));
afterAll(() => closeMailingApi(api, smtp));

const SCHEDULE = graphql(`mutation DigestScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`);
const SETTINGS = graphql(`mutation DigestSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }`);
const ME = graphql(`query DigestMe { me { id version } }`);
const TASKS = graphql(`query DigestTasks($id: ID!) { deployment(id: $id) { tasks { number title party status dueDate } } }`);
const MAILBOX = graphql(`query DigestMailbox { mailbox(first: 100) { nodes { kind toAddress subject status } } }`);

type Setting = { kind: 'TASKS_DUE' | 'TRAINING_SCHEDULED'; delivery: 'OFF' | 'DAILY_DIGEST' | 'IMMEDIATELY' };
async function settle(who: Client, preferences: Setting[], timeZone?: string) {
  const { version } = dataOf(await who.gql(ME)).me!;
  dataOf(await who.gql(SETTINGS, { i: { preferences, timeZone, baseVersion: version, mutationId: randomUUID() } }));
}

const digestsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email) && m.subject.startsWith('Your daily digest'));

/** Waits until the digest to `email` is received and marked sent (so its pass is over), and returns it. */
async function digestOf(email: string): Promise<ReceivedMail> {
  await smtp.waitFor(() => digestsTo(email).length > 0);
  await expect.poll(async () => dataOf(await api.gql(MAILBOX)).mailbox.nodes
    .some((m) => m.toAddress === email && m.kind === null && m.status === 'SENT'), { timeout: 15_000 }).toBe(true);
  return digestsTo(email)[0];
}

const moveTo = (instant: string) => api.clock.advanceDays((Date.parse(instant) - api.clock.now().getTime()) / 86_400_000);

describe('the daily digest', () => {
  it('comes once a day at 7:00 in each person’s time zone, with their tasks due and overdue and what they chose to get in it', async () => {
    const { courtId } = await organizationsOf(api, 'Alameda');
    const coordinator = await api.as(Role.COORDINATOR, { name: 'Nora Newyork' });
    const clerk = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: 'Lena Angeles' });
    const londoner = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: 'Leo London' });
    const quiet = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: 'Quinn Quiet' });
    await settle(coordinator, [], 'America/New_York');
    await settle(clerk, [{ kind: 'TRAINING_SCHEDULED', delivery: 'DAILY_DIGEST' }]);
    await settle(londoner, [], 'Europe/London');
    await settle(quiet, [{ kind: 'TASKS_DUE', delivery: 'OFF' }]);

    const d = await createDeployment(api, 'Alameda', 2, { coordinatorId: coordinator.user!.id });
    for (const scheduledOn of ['2027-02-03', '2027-02-10']) {
      dataOf(await api.gql(SCHEDULE, { i: { deploymentId: d.id, scheduledOn, mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'Dana Trainer', attendees: [], mutationId: randomUUID() } }));
    }
    // The quiet partner gets training at once, the clerk holds it for the digest.
    await smtp.waitFor((all) => all.filter((m) => m.to.includes(quiet.user!.email)).length === 2);

    const tomorrow = '2027-01-05';
    const tasks = dataOf(await api.gql(TASKS, { id: d.id })).deployment!.tasks
      .filter((t) => ['OPEN', 'IN_PROGRESS'].includes(t.status) && t.dueDate <= addDays(tomorrow, 3));
    const court = tasks.filter((t) => t.party === 'COURT');
    const team = tasks.filter((t) => ['CCPOR_TEAM', 'DOJ', 'CCTC'].includes(t.party));
    expect(court.length).toBeGreaterThan(1);
    expect(team.length).toBeGreaterThan(1);

    // 11:59 UTC: 7:00 has come in London, not yet in New York.
    moveTo(`${tomorrow}T11:59:00Z`);
    const london = await digestOf(londoner.user!.email);
    expect(london.subject).toBe(`Your daily digest for ${formatDate(tomorrow)}: ${court.length} tasks due or overdue`);
    expect(digestsTo(coordinator.user!.email)).toEqual([]);

    // 7:00 in New York: the coordinator's, with the team's tasks; still night in California.
    moveTo(`${tomorrow}T12:00:00Z`);
    const ny = await digestOf(coordinator.user!.email);
    expect(ny.subject).toBe(`Your daily digest for ${formatDate(tomorrow)}: ${team.length} tasks due or overdue, 1 go-live at risk`);
    expect(ny.text.split('\n')[0]).toBe(`Check your ${team.length} tasks due within 3 days or overdue, the go-live at risk.`);
    // The deployment the coordinator leads goes live in days with most of its tasks open: the warning
    // before the go-live slips, with the projection's reason in words.
    const warning = ny.text.slice(ny.text.indexOf('Go-lives at risk (1):'), ny.text.indexOf('Overdue ('));
    expect(warning).toContain(`go-live ${formatDate(d.targetGoLive)}, ready about `);
    expect(warning).toMatch(/ days? late\)\r?\n {2}\d+ open tasks? runs? to .+ \(last: “.+”\); /);
    expect(warning).toContain(`${PUBLIC_URL}/deployments/${d.id}`);
    for (const t of team) expect(ny.text).toContain(`task ${t.number} “${t.title}”, due ${formatDate(t.dueDate)}`);
    expect(ny.text).toContain(`${PUBLIC_URL}/deployments/${d.id}`);
    expect(ny.text).toContain(`Open it: ${PUBLIC_URL}/my-work`);
    expect(digestsTo(clerk.user!.email)).toEqual([]);

    // 7:00 in California: the clerk's one e-mail holds both trainings and the court's tasks; the quiet partner chose neither.
    moveTo(`${tomorrow}T15:00:00Z`);
    const la = await digestOf(clerk.user!.email);
    expect(la.subject).toBe(`Your daily digest for ${formatDate(tomorrow)}: ${court.length} tasks due or overdue, 2 updates`);
    expect(la.text.split('\n')[0]).toBe(`Check your ${court.length} tasks due within 3 days or overdue, and what changed since yesterday.`);
    expect(la.text).toContain('Training is scheduled (2):');
    expect(la.text).toContain(`Training scheduled on ${formatDate('2027-02-03')}`);
    expect(la.text).toContain(`Training scheduled on ${formatDate('2027-02-10')}`);
    for (const t of court) expect(la.text).toContain(`task ${t.number} “${t.title}”`);
    for (const t of team) expect(la.text).not.toContain(`task ${t.number} “${t.title}”`);
    // Besides go-live set (which comes at once), the digest is the clerk's only e-mail: none per task or training.
    expect(smtp.received.filter((m) => m.to.includes(clerk.user!.email)).map((m) => m.subject.split(':')[0]))
      .toEqual([`Go-live set for ${formatDate(d.targetGoLive)}`, `Your daily digest for ${formatDate(tomorrow)}`]);
    expect(digestsTo(quiet.user!.email)).toEqual([]);
    const held = dataOf(await api.gql(MAILBOX)).mailbox.nodes.filter((m) => m.toAddress === clerk.user!.email && m.kind === 'TRAINING_SCHEDULED');
    expect(held.map((m) => m.status)).toEqual(['DIGESTED', 'DIGESTED']);
    // Still the morning in New York and London: each had their one digest of the day.
    expect(digestsTo(coordinator.user!.email)).toHaveLength(1);
    expect(digestsTo(londoner.user!.email)).toHaveLength(1);

    // Its one-click unsubscribe switches off everything that comes in the digest.
    const link = la.headers.get('list-unsubscribe')!.slice(1, -1);
    const clicked = await fetch(link.replace(PUBLIC_URL, api.url), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(await clicked.json()).toEqual({ kinds: ['TASKS_DUE', 'TRAINING_SCHEDULED'], digest: true });
  });
});
