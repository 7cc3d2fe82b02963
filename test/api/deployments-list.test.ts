import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { Api, dataOf, errorCode, refusedFields, startApi } from '../support/api';
import { readyDeployment } from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { DeploymentsListFindQuery, DeploymentsListPageQuery } from '../support/generated/graphql';

let api: Api;
const COUNTIES = ['Alameda', 'Butte', 'Fresno', 'Glenn', 'Kern', 'Kings', 'Lake', 'Marin', 'Napa', 'Yolo', 'Yuba', 'Sutter'];

beforeAll(async () => {
  api = await startApi();
  for (const [i, county] of COUNTIES.entries()) await createDeployment(api, county, 100 + i * 10, { wave: (i % 3) + 1 });
});
afterAll(async () => { await api?.close(); });

const LIST = graphql(`query DeploymentsListPage($first: Int!, $after: String, $filter: DeploymentFilter) {
  deployments(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id targetGoLive wave court { county } health { status } } } }`);

describe('deployments connection', () => {
  it('pages by target go-live with cursors and a total over all pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await api.gql(LIST, { first: 5, after });
      // Typed here: the cursor read from one page is sent for the next.
      const page: DeploymentsListPageQuery['deployments'] = res.data!.deployments;
      expect(page.totalCount).toBe(12);
      // Relay's PageInfo in full: a page after a cursor has records before it; its cursors bound it.
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).not.toBe(page.pageInfo.endCursor);
      expect(page.pageInfo.startCursor).not.toBeNull();
      seen.push(...page.nodes.map((n) => n.court.county));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(COUNTIES);
  });

  it('filters by wave, county, phase, status, health and go-live range, counting only what matches', async () => {
    const wave = await api.gql(LIST, { first: 100, filter: { wave: [2] } });
    expect(wave.data!.deployments.totalCount).toBe(4);
    const county = await api.gql(LIST, { first: 100, filter: { county: ['Fresno', 'Kern'] } });
    expect(county.data!.deployments.nodes.map((n) => n.court.county)).toEqual(['Fresno', 'Kern']);
    const range = await api.gql(LIST, { first: 100, filter: { goLiveFrom: '2027-04-24', goLiveTo: '2027-05-14' } });
    expect(range.data!.deployments.nodes.map((n) => n.targetGoLive)).toEqual(['2027-04-24', '2027-05-04', '2027-05-14']);
    const phase = await api.gql(LIST, { first: 100, filter: { phase: ['SCOPE'], status: ['INTERESTED'] } });
    expect(phase.data!.deployments.totalCount).toBe(0);
    const health = await api.gql(LIST, { first: 100, filter: { health: ['ON_TRACK'] } });
    expect(health.data!.deployments.totalCount).toBe(12);
    expect((await api.gql(LIST, { first: 100, filter: { health: ['LATE', 'AT_RISK'] } })).data!.deployments.totalCount).toBe(0);
  });

  it('refuses a page over 100, a bad cursor and an inverted date range with BAD_USER_INPUT', async () => {
    const big = await api.gql(LIST, { first: 101 });
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(refusedFields(big)[0]).toBe('first');
    expect(errorCode(await api.gql(LIST, { first: 10, after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(LIST, { first: 10, filter: { goLiveFrom: '2027-06-01', goLiveTo: '2027-05-01' } }))).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for a page of 1 and a page of 12 with tasks and dependencies', async () => {
    const q = graphql(`query DeploymentsListWithTasks($first: Int!) { deployments(first: $first) { totalCount nodes {
      court { name } participatingLeas { name } health { status reasons { code } }
      tasks { number status prerequisites { number } } dependencies { kind daysWaiting } nextDueTasks { number } } } }`);
    const one = await api.gql(q, { first: 1 });
    const twelve = await api.gql(q, { first: 12 });
    expect(twelve.data!.deployments.nodes).toHaveLength(12);
    expect(one.extensions!.sqlStatements).toBeGreaterThan(0);
    expect(twelve.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
  });

  it('lists open tasks due in a date range across deployments', async () => {
    const res = await api.gql(graphql(`query DeploymentsListTasksDueBefore { tasksDue(first: 100, filter: { dueTo: "2026-10-31" }) { totalCount nodes { number dueDate deployment { court { county } } } } }`));
    // The earliest go-live is Alameda's, 2027-04-14: its first tasks fall due on 2027-01-14.
    expect(res.data!.tasksDue.totalCount).toBe(0);
    const jan = await api.gql(graphql(`query DeploymentsListTasksDueInJanuary { tasksDue(first: 100, filter: { dueFrom: "2027-01-01", dueTo: "2027-01-20", party: [CCPOR_TEAM] }) { totalCount nodes { number dueDate } } }`));
    const due = jan.data!.tasksDue.nodes.map((t) => t.dueDate);
    expect(due).toEqual([...due].sort());
    expect(jan.data!.tasksDue.nodes.map((t) => t.number).sort()).toEqual([1, 2, 3, 4]);
  });
});

const FIND = graphql(`query DeploymentsListFind($first: Int!, $after: String, $filter: DeploymentFilter, $orderBy: DeploymentOrder) {
  deployments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id targetGoLive court { name county } health { status } } } }`);
const ASSIGN = graphql(`mutation DeploymentsListAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }`);

/** Every deployment the filter matches, in the order asked, read a few at a time through the cursors. */
async function readAll(client: Pick<Api, 'gql'>, variables: { filter?: Record<string, unknown>; orderBy?: string }, first = 5) {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: DeploymentsListFindQuery['deployments'] = dataOf(await client.gql(FIND, { first, after, ...variables } as never)).deployments;
    seen.push(...page.nodes.map((n) => n.court.county));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

describe('finding a deployment: search, people and order', () => {
  it('searches the court’s and the agencies’ names in any case, taking % and _ as letters', async () => {
    expect(await readAll(api, { filter: { search: 'KERN' } })).toEqual(['Kern']);
    expect(await readAll(api, { filter: { search: 'county of k' } })).toEqual(['Kern', 'Kings']);
    // Only the sheriff's office carries "Sheriff": every deployment has one taking part.
    expect(await readAll(api, { filter: { search: 'sheriff’s office' } })).toHaveLength(12);
    expect(await readAll(api, { filter: { search: 'County of _ern' } })).toEqual([]);
    expect(await readAll(api, { filter: { search: '%' } })).toEqual([]);
    expect(errorCode(await api.gql(FIND, { first: 5, filter: { search: '' } }))).toBe('BAD_USER_INPUT');
  });

  it('filters by the coordinator who leads it and the field staff assigned, within what the caller may see', async () => {
    const lead = await api.createUser(Role.COORDINATOR, { name: 'Lead Coordinator' });
    const assessor = await api.createUser(Role.FIELD_STAFF, { name: 'Site Assessor' });
    const nodes = dataOf(await api.gql(FIND, { first: 100, filter: { county: ['Butte', 'Napa', 'Yolo'] } })).deployments.nodes;
    for (const d of nodes) {
      const staff = d.court.county === 'Yolo' ? { fieldStaffIds: [assessor.id] } : { coordinatorId: lead.id, fieldStaffIds: d.court.county === 'Napa' ? [assessor.id] : [] };
      dataOf(await api.gql(ASSIGN, { i: { deploymentId: d.id, ...staff, baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } }));
    }
    expect(await readAll(api, { filter: { coordinatorIds: [lead.id] } })).toEqual(['Butte', 'Napa']);
    expect(await readAll(api, { filter: { fieldStaffIds: [assessor.id] } })).toEqual(['Napa', 'Yolo']);
    expect(await readAll(api, { filter: { coordinatorIds: [lead.id], fieldStaffIds: [assessor.id] } })).toEqual(['Napa']);
    // A court's partner filtering by a coordinator still sees only the court's own deployment.
    const { courtId } = await organizationsOf(api, 'Butte');
    const partner = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: 'Butte clerk' });
    expect(await readAll(partner, { filter: { coordinatorIds: [lead.id] } })).toEqual(['Butte']);
  });

  it('sorts by go-live either way and by name, the cursors paging through the same order', async () => {
    expect(await readAll(api, { orderBy: 'GO_LIVE' })).toEqual(COUNTIES);
    expect(await readAll(api, { orderBy: 'GO_LIVE_LATEST' })).toEqual([...COUNTIES].reverse());
    const byName = [...COUNTIES].sort((a, b) => a.localeCompare(b));
    expect(await readAll(api, { orderBy: 'NAME' }, 2)).toEqual(byName);
    expect(await readAll(api, { orderBy: 'NAME', filter: { wave: [1] } }, 1)).toEqual(byName.filter((c) => COUNTIES.indexOf(c) % 3 === 0));
    // A cursor of another order is refused, not read as this one's.
    const goLiveCursor = dataOf(await api.gql(FIND, { first: 1, orderBy: 'GO_LIVE' })).deployments.pageInfo.endCursor;
    expect(errorCode(await api.gql(FIND, { first: 1, after: goLiveCursor, orderBy: 'NAME' }))).toBe('BAD_USER_INPUT');
  });

  it('sorts by health worst first, then by go-live, as of today', async () => {
    // Sixty days on, the deployments going live soonest have work past due; the later ones do not.
    api.clock.advanceDays(60);
    const all = dataOf(await api.gql(FIND, { first: 100 })).deployments.nodes;
    const rank = { LATE: 0, AT_RISK: 1, ON_TRACK: 2 } as const;
    const expected = [...all].sort((a, b) => rank[a.health.status] - rank[b.health.status] || a.targetGoLive.localeCompare(b.targetGoLive)).map((d) => d.court.county);
    expect(new Set(all.map((d) => d.health.status)).size).toBeGreaterThan(1);
    expect(await readAll(api, { orderBy: 'HEALTH' }, 3)).toEqual(expected);
    expect(await readAll(api, { orderBy: 'HEALTH', filter: { health: ['ON_TRACK'] } })).toEqual(expected.filter((c) => all.find((d) => d.court.county === c)!.health.status === 'ON_TRACK'));
  });
});

describe('filtering by go-live readiness', () => {
  it('reads the readiness kept per deployment: GO, NO_GO or both, in any order and through the cursors', async () => {
    // Last: the twelve are all NO_GO; one more court is taken to GO.
    const { d } = await readyDeployment(api, 'Tulare');
    expect(await readAll(api, { filter: { readiness: ['GO'] } })).toEqual(['Tulare']);
    const noGo = await readAll(api, { filter: { readiness: ['NO_GO'] } }, 4);
    expect([...noGo].sort()).toEqual([...COUNTIES].sort());
    expect(await readAll(api, { filter: { readiness: ['GO', 'NO_GO'] }, orderBy: 'NAME' })).toHaveLength(13);
    expect(await readAll(api, { filter: { readiness: ['GO'], wave: [1] } })).toEqual([]);
    // With the other filters: one of the twelve, NO_GO.
    expect(await readAll(api, { filter: { readiness: ['NO_GO'], search: 'kern' } })).toEqual(['Kern']);
    // The kept row changes with the write that changes readiness: a dependency reopened turns Tulare NO_GO.
    const [dependency] = dataOf(await api.gql(graphql(`query DeploymentsListReadyDependencies($id: ID!) { deployment(id: $id) { dependencies { id version } } }`), { id: d.id })).deployment!.dependencies;
    dataOf(await api.gql(graphql(`mutation DeploymentsListReopenDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }`),
      { i: { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'DOJ', baseVersion: dependency.version, mutationId: randomUUID() } }));
    expect(await readAll(api, { filter: { readiness: ['GO'] } })).toEqual([]);
    expect(await readAll(api, { filter: { readiness: ['NO_GO'] } })).toContain('Tulare');
    // A partner filters within their own scope only.
    const { courtId } = await organizationsOf(api, 'Kern');
    const partner = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: 'Kern clerk' });
    expect(await readAll(partner, { filter: { readiness: ['NO_GO'] } })).toEqual(['Kern']);
  });
});
