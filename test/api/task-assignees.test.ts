import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { formatDate } from '../../rules/dates';
import { Api, dataOf, errorCode, errorDetails, type Client } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import { closeMailingApi, startMailingApi, type TestSmtp } from '../support/smtp';

// Named owners (docs/domain.md#named-owners): who may assign whom, the refusals, the audit trail,
// and what is assigned to me in My work's query, the calendar feed and the daily digest.

let smtp: TestSmtp;
let api: Api;
beforeAll(async () => ({ smtp, api } = await startMailingApi()));
afterAll(() => closeMailingApi(api, smtp));

const ASSIGN = graphql(`mutation AssigneesAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version updatedBy assignee { id displayName role } } }`);
const CHOICES = graphql(`query AssigneesChoices($taskId: ID!) { taskAssignees(taskId: $taskId) { id displayName role } }`);
const TASKS = graphql(`query AssigneesTasks($id: ID!) { deployment(id: $id) { tasks { id number title party status dueDate version assignee { id displayName } } } }`);
const COMPLETE = graphql(`mutation AssigneesComplete($i: TaskActionInput!) { completeTask(input: $i) { id version } }`);
const MINE = graphql(`query AssigneesMine($dueTo: LocalDate!) { tasksDue(first: 100, filter: { dueTo: $dueTo, mine: true }) { totalCount nodes { id number deploymentId assignee { id } } } }`);
const AUDIT = graphql(`query AssigneesAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation actor before after } } }`);
const FEED = graphql(`mutation AssigneesFeed($input: MutationIdInput!) { createCalendarFeed(input: $input) { path } }`);

type Person = Client & { id: string; email: string };
async function person(role: keyof typeof Role, name: string, organizationId?: string): Promise<Person> {
  const client = await api.as(Role[role], { name, organizationId });
  return { ...client, id: client.user!.id, email: client.user!.email };
}

async function tasksOf(deploymentId: string) {
  return dataOf(await api.gql(TASKS, { id: deploymentId })).deployment!.tasks;
}
async function taskOf(deploymentId: string, number: number) {
  return (await tasksOf(deploymentId)).find((t) => t.number === number)!;
}
/** Assigns task `number` as `who`, based on the task's version now. */
async function assign(who: Client, deploymentId: string, number: number, assigneeId: string | null) {
  const t = await taskOf(deploymentId, number);
  return who.gql(ASSIGN, { i: { taskId: t.id, assigneeId, baseVersion: t.version, mutationId: randomUUID() } });
}

describe('named owners', () => {
  it('lets planners give a team task to the team who can read the deployment, and a court task to the court or the coordinator; refuses anyone else in words', async () => {
    const { courtId } = await organizationsOf(api, 'Sierra');
    const other = await organizationsOf(api, 'Sutter');
    const coordinator = await person('COORDINATOR', 'Cass Sierra');
    const field = await person('FIELD_STAFF', 'Fern Sierra');
    const elsewhere = await person('FIELD_STAFF', 'Elsa Elsewhere');
    const clerk = await person('PARTNER_USER', 'Sierra Clerk', courtId);
    const colleague = await person('PARTNER_USER', 'Sierra Colleague', courtId);
    const stranger = await person('PARTNER_USER', 'Sutter Clerk', other.courtId);
    const d = await createDeployment(api, 'Sierra', 60, { coordinatorId: coordinator.id, fieldStaffIds: [field.id] });
    const court = 'Superior Court of California, County of Sierra';
    const [one, seven] = [await taskOf(d.id, 1), await taskOf(d.id, 7)];

    // Whom the select offers.
    const teamChoices = dataOf(await coordinator.gql(CHOICES, { taskId: one.id })).taskAssignees.map((p) => p.id);
    expect(teamChoices).toEqual(expect.arrayContaining([coordinator.id, field.id, api.user!.id]));
    expect(teamChoices).not.toContain(elsewhere.id);
    expect(teamChoices).not.toContain(clerk.id);
    const courtChoices = dataOf(await coordinator.gql(CHOICES, { taskId: seven.id })).taskAssignees;
    expect(courtChoices.map((p) => p.displayName).sort()).toEqual(['Cass Sierra', 'Sierra Clerk', 'Sierra Colleague']);
    expect(dataOf(await clerk.gql(CHOICES, { taskId: seven.id })).taskAssignees.map((p) => p.id).sort()).toEqual([coordinator.id, clerk.id, colleague.id].sort());

    // Refusals, each saying who may take the task; an unknown account is worded alike.
    for (const [number, who] of [[1, elsewhere.id], [1, clerk.id], [7, stranger.id], [7, field.id], [7, randomUUID()]] as const) {
      const refused = await assign(coordinator, d.id, number, who);
      expect(errorCode(refused)).toBe('ASSIGNEE_NOT_ALLOWED');
      expect(errorDetails(refused)).toMatchObject({ assigneeId: who, party: number === 1 ? 'CCPOR_TEAM' : 'COURT' });
      expect(refused.errors![0].message).toContain(number === 1
        ? 'a CCPOR-team task goes to a coordinator or an administrator, or to field staff assigned to this deployment'
        : `a court task goes to an active person of ${court}, or to the deployment’s coordinator`);
    }
    expect((await taskOf(d.id, 1)).assignee).toBeNull();

    // Field staff assign nothing; a partner assigns only their own organization's tasks.
    expect(errorCode(await assign(field, d.id, 1, field.id))).toBe('FORBIDDEN');
    expect(errorCode(await assign(clerk, d.id, 1, coordinator.id))).toBe('FORBIDDEN');
    expect(errorCode(await stranger.gql(CHOICES, { taskId: seven.id }))).toBe('NOT_FOUND');

    const given = dataOf(await assign(coordinator, d.id, 1, field.id)).assignTask;
    expect(given).toMatchObject({ assignee: { id: field.id, displayName: 'Fern Sierra', role: 'FIELD_STAFF' }, updatedBy: 'Cass Sierra' });
    expect(dataOf(await assign(clerk, d.id, 7, colleague.id)).assignTask.assignee!.id).toBe(colleague.id);
    expect(dataOf(await assign(clerk, d.id, 8, coordinator.id)).assignTask.assignee!.id).toBe(coordinator.id);

    // Like every task change: an old base version conflicts, a settled task is not assigned, clearing is a change too.
    const stale = await coordinator.gql(ASSIGN, { i: { taskId: one.id, assigneeId: coordinator.id, baseVersion: one.version, mutationId: randomUUID() } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const two = await taskOf(d.id, 2);
    dataOf(await api.gql(COMPLETE, { i: { taskId: two.id, baseVersion: two.version, mutationId: randomUUID() } }));
    expect(errorCode(await assign(coordinator, d.id, 2, field.id))).toBe('INVALID_TRANSITION');
    expect(dataOf(await assign(coordinator, d.id, 1, null)).assignTask.assignee).toBeNull();

    // Audited: who changed the assignee, from whom to whom.
    const events = dataOf(await api.gql(AUDIT, { id: one.id })).auditEvents.nodes.filter((e) => e.operation === 'assignTask');
    expect(events.map((e) => [e.actor, e.before, e.after])).toEqual(expect.arrayContaining([
      ['Cass Sierra', expect.objectContaining({ assigneeId: null }), expect.objectContaining({ assigneeId: field.id })],
      ['Cass Sierra', expect.objectContaining({ assigneeId: field.id }), expect.objectContaining({ assigneeId: null })],
    ]));
  });

  it('lists what is assigned to me, and the unassigned tasks of my party, in My work’s tasks, the calendar feed and the daily digest', async () => {
    const { courtId } = await organizationsOf(api, 'Tehama');
    const coordinator = await person('COORDINATOR', 'Tess Tehama');
    const field = await person('FIELD_STAFF', 'Theo Tehama');
    const clerk = await person('PARTNER_USER', 'Tehama Clerk', courtId);
    const colleague = await person('PARTNER_USER', 'Tehama Colleague', courtId);
    // Go-live in 55 days: the court's tasks 7 and 8 are overdue tomorrow, its task 11 due within three days.
    const d = await createDeployment(api, 'Tehama', 55, { coordinatorId: coordinator.id, fieldStaffIds: [field.id] });
    dataOf(await assign(coordinator, d.id, 1, field.id));
    dataOf(await assign(coordinator, d.id, 7, coordinator.id));
    dataOf(await assign(coordinator, d.id, 8, colleague.id));
    const dueTo = '2030-12-31';
    const mine = async (who: Client) => dataOf(await who.gql(MINE, { dueTo })).tasksDue.nodes.filter((t) => t.deploymentId === d.id).map((t) => t.number);
    const all = await tasksOf(d.id);
    const open = (party: string) => all.filter((t) => t.party === party && ['OPEN', 'IN_PROGRESS'].includes(t.status)).map((t) => t.number);

    // Field staff: their own task 1 and the unassigned team tasks; the clerk: the court's unassigned tasks,
    // not the colleague's; the coordinator: the unassigned team tasks and the court's task 7 given to them.
    const team = open('CCPOR_TEAM').filter((n) => n !== 1);
    expect(await mine(field)).toEqual(expect.arrayContaining([1, ...team]));
    expect(await mine(field)).not.toContain(7);
    expect((await mine(clerk)).sort((a, b) => a - b)).toEqual(open('COURT').filter((n) => n !== 7 && n !== 8).sort((a, b) => a - b));
    expect(await mine(colleague)).toContain(8);
    expect(await mine(coordinator)).toEqual(expect.arrayContaining([7, ...team]));
    expect(await mine(coordinator)).not.toContain(1);
    expect(await mine(coordinator)).not.toContain(8);

    // The colleague's calendar feed has task 8, the clerk's has not.
    const feedOf = async (who: Client) => {
      const { path } = dataOf(await who.gql(FEED, { input: { mutationId: randomUUID() } })).createCalendarFeed;
      return (await fetch(`${api.url}${path}`)).text();
    };
    const eight = all.find((t) => t.number === 8)!;
    expect(await feedOf(colleague)).toContain(`UID:task-${eight.id}@ccpor-deploy`);
    expect(await feedOf(clerk)).not.toContain(`UID:task-${eight.id}@ccpor-deploy`);

    // Tomorrow 7:00 in California: the colleague's digest lists task 8 as theirs; the clerk's lists the
    // court's unassigned tasks as such, without task 8.
    api.clock.advanceDays((Date.parse('2027-01-05T15:00:00Z') - api.clock.now().getTime()) / 86_400_000);
    const digestTo = (email: string) => smtp.received.find((m) => m.to.includes(email) && m.subject.startsWith('Your daily digest'));
    await smtp.waitFor(() => !!digestTo(colleague.email) && !!digestTo(clerk.email));
    const line = (n: number) => {
      const t = all.find((x) => x.number === n)!;
      return `- Superior Court of California, County of Tehama: task ${n} “${t.title}”, due ${formatDate(t.dueDate)}`;
    };
    const lines = (email: string) => digestTo(email)!.text.split(/\r?\n/);
    expect(lines(colleague.email)).toContain(line(8));
    expect(lines(clerk.email).join('\n')).not.toContain(line(8));
    expect(lines(clerk.email)).toContain(`${line(11)} (unassigned)`);
  });
});
