import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, refusedFields, startApi } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { DeploymentsListPageQuery } from '../support/generated/graphql';

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
