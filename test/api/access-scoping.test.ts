import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, Client, dataOf, errorCode, startApi, type GqlResult } from '../support/api';
import { createDeployment, organizationsOf, type CreatedDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { ScopingListQuery } from '../support/generated/graphql';

let api: Api;
let fresno: CreatedDeployment;
let kern: CreatedDeployment;
let kings: CreatedDeployment;
let fresnoCourt: Client;
let kernSheriff: Client;
let field: Client;
let reporter: Client;

const UPDATE_DEPLOYMENT = graphql(`mutation ScopingUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id } }`);
const ASSIGN_STAFF = graphql(`mutation ScopingAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }`);
const DEPLOYMENT = graphql(`query ScopingDeployment($id: ID!) { deployment(id: $id) { id } }`);
const ORGANIZATION = graphql(`query ScopingOrganization($id: ID!) { organization(id: $id) { id } }`);
const ORGANIZATIONS = graphql(`query ScopingOrganizations { organizations(first: 100) { totalCount nodes { name } } }`);
const TASKS_DUE = graphql(`query ScopingTasksDue { tasksDue(first: 100, filter: { dueTo: "2027-12-31" }) { totalCount nodes { deployment { court { county } } } } }`);
const START_TASK = graphql(`mutation ScopingStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }`);
const COMPLETE_TASK = graphql(`mutation ScopingCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }`);
const CONTACTS = graphql(`query ScopingContacts { organizations(first: 1) { nodes { name contacts { name title email phone } } } }`);

beforeAll(async () => {
  api = await startApi();
  fresno = await createDeployment(api, 'Fresno', 120);
  kern = await createDeployment(api, 'Kern', 130);
  kings = await createDeployment(api, 'Kings', 140);
  // The Kern sheriff also takes part in Kings' deployment.
  const kernOrgs = await organizationsOf(api, 'Kern');
  const kingsOrgs = await organizationsOf(api, 'Kings');
  await api.gql(UPDATE_DEPLOYMENT, { i: { deploymentId: kings.id, leaIds: [kingsOrgs.sheriffId, kernOrgs.sheriffId], baseVersion: kings.version } });
  fresnoCourt = await api.as('PARTNER_USER', { organizationId: (await organizationsOf(api, 'Fresno')).courtId, name: 'Fresno clerk' });
  kernSheriff = await api.as('PARTNER_USER', { organizationId: kernOrgs.sheriffId, name: 'Kern deputy' });
  field = await api.as('FIELD_STAFF', { name: 'Field engineer' });
  reporter = await api.as('REPORTER');
  await api.gql(ASSIGN_STAFF, { i: { deploymentId: kern.id, fieldStaffIds: [field.user!.id], baseVersion: kern.version } });
});
afterAll(async () => { await api?.close(); });

const LIST = graphql(`query ScopingList { deployments(first: 100) { totalCount nodes { id court { county } } } }`);
const counties = (res: GqlResult<ScopingListQuery>) => res.data!.deployments.nodes.map((n) => n.court.county);

describe('organization scoping', () => {
  it('shows a court’s staff only their court’s deployment, counts included', async () => {
    const res = await fresnoCourt.gql(LIST);
    expect(res.data!.deployments.totalCount).toBe(1);
    expect(counties(res)).toEqual(['Fresno']);
  });

  it('shows an LEA every deployment it takes part in, and nothing else', async () => {
    const res = await kernSheriff.gql(LIST);
    expect(counties(res).sort()).toEqual(['Kern', 'Kings']);
    expect(res.data!.deployments.totalCount).toBe(2);
  });

  it('shows field staff only their assigned deployments', async () => {
    const res = await field.gql(LIST);
    expect(counties(res)).toEqual(['Kern']);
  });

  it('answers NOT_FOUND for another organization’s deployment, task or organization, as if it did not exist', async () => {
    expect(errorCode(await fresnoCourt.gql(DEPLOYMENT, { id: kern.id }))).toBe('NOT_FOUND');
    const task = kern.tasks.find((t) => t.number === 7)!;
    expect(errorCode(await fresnoCourt.gql(START_TASK, { i: { taskId: task.id, baseVersion: task.version } }))).toBe('NOT_FOUND');
    const kernOrgs = await organizationsOf(api, 'Kern');
    expect(errorCode(await fresnoCourt.gql(ORGANIZATION, { id: kernOrgs.courtId }))).toBe('NOT_FOUND');
    const orgs = await fresnoCourt.gql(ORGANIZATIONS);
    expect(orgs.data!.organizations).toEqual({ totalCount: 1, nodes: [{ name: 'Superior Court of California, County of Fresno' }] });
  });

  it('scopes tasks due across deployments', async () => {
    const res = await fresnoCourt.gql(TASKS_DUE);
    expect(res.data!.tasksDue.totalCount).toBe(25);
    expect(new Set(res.data!.tasksDue.nodes.map((n) => n.deployment.court.county))).toEqual(new Set(['Fresno']));
  });

  it('lets a court answer its own tasks, but not the CCPOR team’s', async () => {
    const own = fresno.tasks.find((t) => t.number === 8)!;
    expect((await fresnoCourt.gql(START_TASK, { i: { taskId: own.id, baseVersion: own.version } })).data!.startTask.status).toBe('IN_PROGRESS');
    const theirs = fresno.tasks.find((t) => t.number === 1)!;
    expect(errorCode(await fresnoCourt.gql(START_TASK, { i: { taskId: theirs.id, baseVersion: theirs.version } }))).toBe('FORBIDDEN');
  });

  it('lets field staff progress tasks of assigned deployments only', async () => {
    const assigned = kern.tasks.find((t) => t.number === 1)!;
    expect((await field.gql(COMPLETE_TASK, { i: { taskId: assigned.id, baseVersion: assigned.version } })).data!.completeTask.status).toBe('DONE');
    const other = fresno.tasks.find((t) => t.number === 1)!;
    expect(errorCode(await field.gql(COMPLETE_TASK, { i: { taskId: other.id, baseVersion: other.version } }))).toBe('NOT_FOUND');
  });

  it('gives reporters everything to read except contact details', async () => {
    expect((await reporter.gql(LIST)).data!.deployments.totalCount).toBe(3);
    // A reporting tool asking for contacts gets its answer, with placeholders where the details were.
    const hidden = dataOf(await reporter.gql(CONTACTS)).organizations.nodes[0].contacts;
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.map(({ name, email, phone, title }) => ({ name, email, phone, titled: title.length > 0 }))).toEqual(hidden.map((c) => ({
      name: 'Name not shown to reporters', email: 'E-mail not shown to reporters', phone: c.phone === null ? null : 'Phone number not shown to reporters', titled: true,
    })));
    const coordinator = await api.as('COORDINATOR');
    const allowed = dataOf(await coordinator.gql(CONTACTS)).organizations.nodes[0].contacts;
    expect(allowed.map((c) => c.email)).toEqual(expect.arrayContaining([expect.stringContaining('@')]));
    expect(allowed.map((c) => c.name)).not.toContain('Name not shown to reporters');
  });
});
