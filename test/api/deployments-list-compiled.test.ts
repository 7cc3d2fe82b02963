import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { Api, Client, dataOf, startApi } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';

// docs/benchmarks.md#list-pages-in-one-statement: a page of deployments whose selection asks only
// for plain columns, the court, the participating LEAs, health, tasks and dependencies is built by
// the database in one statement. The same page asked with one field more (which the resolvers
// read) must answer every common field the same, for every caller's scope, filter, order and cursor.

let api: Api;

beforeAll(async () => {
  api = await startApi({ demoData: true });
  // Deployments of their own beside the demo's, some going live soon: sixty days on, their work is late.
  for (const [i, county] of ['Glenn', 'Kings', 'Lake', 'Napa', 'Sutter', 'Yuba'].entries()) await createDeployment(api, county, 20 + i * 25, { wave: (i % 2) + 1 });
  api.clock.advanceDays(60);
  // The first request after the jump renews the session, which costs statements of its own.
  await api.gql('{ __typename }');
});
afterAll(async () => { await api?.close(); });

/** Every field the page compiles, reached through a fragment, an inline fragment and `edges`. */
const FIELDS = `
  fragment Summary on Deployment {
    __typename id wave targetGoLive actualGoLive phase phaseEnteredOn status plannedOn version createdAt updatedAt updatedBy
    court { __typename id name county kind ccporProfile }
    participatingLeas { id name county kind }
    health { __typename status daysToGoLive reasons { __typename code count message } }
  }`;
const page = (extra: string) => `query Page($first: Int!, $after: String, $filter: DeploymentFilter, $orderBy: DeploymentOrder) {
  deployments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
    nodes {
      ...Summary
      ... on Deployment {
        tasks { id number key title phase lane party kind required status dueDate pinned pastDueAtCreation offsetDays evidence completedOn startedAt updatedAt version }
        dependencies { id kind title status dueDate offsetDays ownerParty owner waitingOn waitingSince version }
      }
      ${extra}
    }
  } }
  ${FIELDS}`;
const COMPILED = page('');
/** coordinator has a resolver the compiler does not know: the whole page is read as before. */
const RESOLVED = page('coordinator { id }');

interface Page {
  deployments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Record<string, unknown>[];
  };
}

/** Reads every page of a list both ways, comparing them page by page; answers the ids read. */
async function compare(client: Client, variables: Record<string, unknown>, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    // A compiled page costs one statement (two when empty: the count) besides the request's own (the session); the resolvers' page costs more.
    const own = (await client.gql('{ __typename }')).extensions!.sqlStatements!;
    const compiled = await client.gql(COMPILED, { ...variables, first, after });
    const resolved = await client.gql(RESOLVED, { ...variables, first, after });
    const ours = dataOf(compiled) as unknown as Page;
    const theirs = dataOf(resolved) as unknown as Page;
    expect(compiled.extensions?.sqlStatements).toBe(own + (ours.deployments.nodes.length ? 1 : 2));
    if (ours.deployments.nodes.length) expect(resolved.extensions?.sqlStatements).toBeGreaterThan(own + 2);
    for (const node of theirs.deployments.nodes) delete node.coordinator;
    expect(ours).toEqual(theirs);
    ids.push(...ours.deployments.nodes.map((n) => n.id as string));
    if (!ours.deployments.pageInfo.hasNextPage) return ids;
    after = ours.deployments.pageInfo.endCursor;
  }
}

describe('a page of deployments built by the database', () => {
  it('answers the CCPOR team exactly as the resolvers do, in every order, filter and cursor', async () => {
    const all = await compare(api, {}, 4);
    expect(all.length).toBeGreaterThan(6);
    for (const orderBy of ['GO_LIVE_LATEST', 'NAME', 'HEALTH']) expect(await compare(api, { orderBy }, 3)).toHaveLength(all.length);
    await compare(api, { filter: { health: ['LATE', 'AT_RISK'] } }, 2);
    await compare(api, { filter: { wave: [1], search: 'a' }, orderBy: 'NAME' }, 2);
    await compare(api, { filter: { status: ['INTERESTED', 'COMMITTED', 'IN_PROGRESS', 'LIVE'], goLiveFrom: '2020-01-01' } }, 3);
  });

  it('keeps a partner to their court and an agency to the deployments it takes part in', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Kings');
    const clerk = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: 'Kings clerk' });
    const deputy = await api.as(Role.PARTNER_USER, { organizationId: sheriffId, name: 'Kings deputy' });
    const [kings] = await compare(clerk, {}, 5);
    expect(await compare(clerk, {}, 5)).toEqual([kings]);
    expect(await compare(clerk, { orderBy: 'HEALTH' }, 1)).toEqual([kings]);
    expect(await compare(deputy, { orderBy: 'NAME' }, 1)).toEqual([kings]);
    expect(await compare(clerk, { filter: { county: ['Lake'] } }, 5)).toEqual([]);
  });

  it('leaves a conditional selection (@include, @skip) to the resolvers, which honour it', async () => {
    const query = `query($with: Boolean!) { deployments(first: 3) { nodes { id court { name } tasks @include(if: $with) { id } } } }`;
    const own = (await api.gql('{ __typename }')).extensions!.sqlStatements!;
    const without = await api.gql(query, { with: false });
    expect(without.extensions?.sqlStatements).toBeGreaterThan(own + 2);
    const nodes = (dataOf(without) as unknown as Page).deployments.nodes;
    expect(nodes).toHaveLength(3);
    expect(nodes.every((n) => !('tasks' in n) && typeof (n.court as { name: string }).name === 'string')).toBe(true);
    const withTasks = (dataOf(await api.gql(query, { with: true })) as unknown as Page).deployments.nodes;
    expect(withTasks.every((n) => (n.tasks as unknown[]).length > 0)).toBe(true);
  });

  it('answers health reasons, dates and booleans as the resolvers do', async () => {
    const nodes = dataOf(await api.gql(COMPILED, { first: 10 })).deployments as unknown as Page['deployments'];
    const reasons = nodes.nodes.flatMap((n) => (n.health as { reasons: { code: string; count: number; message: string }[] }).reasons);
    // Sixty days on, work is past due somewhere: the comparison above covered worded reasons.
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => typeof r.count === 'number' && r.message.length > 0)).toBe(true);
    const tasks = nodes.nodes.flatMap((n) => n.tasks as { pinned: unknown; dueDate: string }[]);
    expect(tasks.every((t) => typeof t.pinned === 'boolean' && /^\d{4}-\d{2}-\d{2}$/.test(t.dueDate))).toBe(true);
  });

  it('answers only the tasks of the keys asked (My work asks its test dates so), compiled or resolved', async () => {
    const keys = ['COURT_ACCEPTANCE_TESTING', 'GO_LIVE'];
    const tasks = (extra: string) => `query Keyed($keys: [String!]) { deployments(first: 10) { nodes {
      id some: tasks(keys: $keys) { id key } every: tasks { id key } ${extra}
    } } }`;
    for (const query of [tasks(''), tasks('coordinator { id }')]) {
      const nodes = (dataOf(await api.gql(query, { keys })).deployments as { nodes: { some: { key: string }[]; every: { key: string }[] }[] }).nodes;
      expect(nodes).toHaveLength(10);
      for (const node of nodes) {
        expect(node.some.map((t) => t.key)).toEqual(keys);
        expect(node.some).toEqual(node.every.filter((t) => keys.includes(t.key)));
      }
      // Without keys, every task: the argument is optional and null means all of them.
      const all = (dataOf(await api.gql(query, { keys: null })).deployments as { nodes: { some: unknown[]; every: unknown[] }[] }).nodes;
      expect(all.every((node) => node.some.length === 25 && node.some.length === node.every.length)).toBe(true);
    }
  });
});
