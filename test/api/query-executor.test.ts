import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { Api, Client, startApi } from '../support/api';
import { organizationsOf } from '../support/fixtures';

// server/graphql/executor.ts: a query runs through graphql-js until it has run compileQueriesAfterRuns
// times, then compiled by graphql-jit. The rest of the suite runs its queries compiled from the first
// run; this server compiles on the second, as production does, and each query must answer alike both
// ways: data, errors with their paths, refusals of bad variables. Compiled queries are kept per
// schema, which every server of a test worker shares: the texts sent here are this file's own, so
// their first run is graphql-js's.

let api: Api;

beforeAll(async () => {
  api = await startApi({ demoData: true, config: { compileQueriesAfterRuns: 1 } });
});
afterAll(async () => { await api?.close(); });

const PAGE = `query Page($first: Int!, $after: String, $withTasks: Boolean!, $filter: DeploymentFilter) {
  deployments(first: $first, after: $after, filter: $filter) {
    __typename totalCount pageInfo { hasNextPage endCursor }
    nodes {
      ...Summary
      ... on Deployment { later: targetGoLive coordinator { id displayName } }
      tasks @include(if: $withTasks) { id number title status dueDate required party }
      dependencies @skip(if: $withTasks) { id kind status dueDate waitingOn waitingSince }
    }
  } }
  fragment Summary on Deployment {
    __typename id phase status wave targetGoLive court { id name county } participatingLeas { id name }
    health { status daysToGoLive reasons { code count message } }
  }`;

/** The app's own PortfolioDashboard operation, alone with the fragments of its file. */
const REPORTS = parse(fs.readFileSync(path.resolve(__dirname, '../../client/src/graphql/operations/reports.graphql'), 'utf8'));
const DASHBOARD = print({ ...REPORTS, definitions: REPORTS.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d.name?.value === 'PortfolioDashboard') });

/** The same request three times: graphql-js answers the first, the compiled query the others. */
async function answersAlike(client: Client, query: string, variables?: Record<string, unknown>) {
  const [first, second, third] = [await client.gql(query, variables), await client.gql(query, variables), await client.gql(query, variables)];
  expect(second).toEqual(first);
  expect(third).toEqual(first);
  return first;
}

describe('queries run compiled', () => {
  it('answer a page of deployments alike, with fragments, aliases, directives, health and what each caller may see', async () => {
    type Page = { deployments: { nodes: { court: { county: string } }[] } };
    for (const withTasks of [true, false]) {
      const all = (await answersAlike(api, PAGE, { first: 10, withTasks })).data as Page;
      expect(all.deployments.nodes).toHaveLength(10);
      // A court's clerk: the same query, their court's deployments only.
      const county = all.deployments.nodes[0].court.county;
      const clerk = await api.as(Role.PARTNER_USER, { organizationId: (await organizationsOf(api, county)).courtId, name: `${county} clerk` });
      const own = (await answersAlike(clerk, PAGE, { first: 10, withTasks })).data as Page;
      expect(new Set(own.deployments.nodes.map((d) => d.court.county))).toEqual(new Set([county]));
    }
    await answersAlike(api, PAGE, { first: 5, withTasks: false, filter: { phase: ['IMPLEMENT'], health: ['LATE', 'AT_RISK'] } });
  });

  it('answer the portfolio dashboard alike', async () => {
    const answer = await answersAlike(api, DASHBOARD);
    expect(answer.errors).toBeUndefined();
  });

  it('answer an error alike: the same message, code and path', async () => {
    const query = `query($id: ID!) { missing: deployment(id: $id) { id } deployments(first: 1) { totalCount } }`;
    const answer = await answersAlike(api, query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(answer.errors?.[0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND' } });
    // Two operations and no name: graphql-js says which to name, every time.
    const unnamed = await answersAlike(api, 'query A { __typename } query B { __typename }');
    expect(unnamed.errors?.[0]?.message).toMatch(/operation name/);
  });

  it('refuse a bad variable alike, in graphql-js’s words', async () => {
    const answer = await answersAlike(api, PAGE, { first: 'ten', withTasks: true });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/first/);
  });

  it('leave mutations to graphql-js, which stops at the first field that fails', async () => {
    const user = await api.createUser(Role.FIELD_STAFF, { name: 'Guesser' });
    const guesses = Array.from({ length: 6 }, (_, i) => `g${i}: signIn(input: $g${i}) { user { id } }`);
    const mutation = `mutation(${guesses.map((_, i) => `$g${i}: SignInInput!`).join(', ')}) { ${guesses.join(' ')} }`;
    const variables = Object.fromEntries(guesses.map((_, i) => [`g${i}`, { email: user.email, password: `guess number ${i}` }]));
    // One guess per request: six in the second would lock the account (five failures do).
    for (let i = 0; i < 2; i++) expect((await api.anonymous.gql(mutation, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.signIn(user.email)).client.user).not.toBeNull();
  });

  it('never turn a string written in the query into code', async () => {
    // graphql-jit 0.8.9 writes literal arguments into the code it generates and turns a string that
    // starts with its date marker into `new Date(…)`, closing the call with what follows.
    const injected = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d1), x: (globalThis.ranFromQuery = 1), y: (1';
    const query = `{ deployments(first: 1, filter: { search: ${JSON.stringify(injected)} }) { totalCount } }`;
    await answersAlike(api, query);
    expect((globalThis as { ranFromQuery?: number }).ranFromQuery).toBeUndefined();
  });
});
