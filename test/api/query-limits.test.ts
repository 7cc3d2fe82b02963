import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, refusedFields, startApi, TEST_PASSWORD, type GqlError } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

// docs/security.md#request-limits: depth 12, aliases 30, directives 50, tokens 3,000, cost 50,000, page
// size 100, body 1 MB. Each limit is tried at N (answered) and N + 1 (refused) over HTTP.

const REPORTS_ORIGIN = 'https://reports.courts.example';
const ONE_MB = 1024 * 1024;

let api: Api;
let cookie: string;

const SIGN_IN = graphql(`mutation QueryLimitsSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }`);

beforeAll(async () => {
  api = await startApi({ config: { corsOrigins: [REPORTS_ORIGIN] } });
  cookie = await sessionCookie(api);
  for (const county of ['Fresno', 'Kings', 'Madera']) await createDeployment(api, county, 150);
});
afterAll(async () => { await api?.close(); });

/** Signs the fixture admin in through the real mutation and returns the session cookie. */
async function sessionCookie(target: Api) {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN.toString(), variables: { i: { email: target.user!.email, password: TEST_PASSWORD } } }),
  });
  const found = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('ccpor_session='));
  if (!found) throw new Error(`sign-in failed: ${await res.text()}`);
  return found;
}

/** The queries here are built as text to reach each limit exactly, so their answers are read as plain objects. */
interface RawResult {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown>; errors?: GqlError[] } | null;
}

/** What the deployment pages built below ask for. */
type DeploymentPage = { deployments: { nodes: { tasks: unknown[] }[] } };
const pageNodes = (res: RawResult) => (res.body!.data as DeploymentPage).deployments.nodes;

/** Sends a raw request to /graphql as the signed-in admin (JSON unless the headers say otherwise). */
async function raw(body: string | undefined, { method = 'POST', headers = {}, search = '' }: { method?: string; headers?: Record<string, string>; search?: string } = {}): Promise<RawResult> {
  const res = await fetch(`${api.url}/graphql${search}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), cookie, ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const post = (query: string, variables?: Record<string, unknown>) => raw(JSON.stringify({ query, variables }));

function expectRefused(res: RawResult) {
  expect(res.status).toBe(400);
  expect(res.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(res.body).not.toHaveProperty('data');
}

function expectAnswered(res: RawResult) {
  expect(res.body?.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.body?.data).toBeTruthy();
}

/** Tokens as graphql-js's lexer counts them (what the token limit counts): punctuators, names, values; no commas or comments. */
function tokenCount(query: string) {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe('depth (12)', () => {
  // `__type` counts 1, each `ofType` 1 and the leaf `name` 1; introspection below the root is costed at 1.
  const nested = (depth: number) => `{ __type(name: "Query") { ${'ofType { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

  it('answers a query 12 levels deep', async () => {
    const res = await post(nested(12));
    expectAnswered(res);
    expect(res.body!.data).toEqual({ __type: { ofType: null } });
  });

  it('refuses one 13 levels deep with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    expectRefused(await post(nested(13)));
  });
});

describe('aliases (30)', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

  it('answers 30 aliases', async () => {
    const res = await post(aliased(30));
    expectAnswered(res);
    expect(Object.keys(res.body!.data!)).toHaveLength(30);
  });

  it('refuses 31', async () => {
    expectRefused(await post(aliased(31)));
  });
});

describe('directives (50)', () => {
  const directed = (n: number) => `{ me { ${'id @include(if: true) '.repeat(n)}} }`;

  it('answers 50 directives', async () => {
    const res = await post(directed(50));
    expectAnswered(res);
    expect(res.body!.data).toEqual({ me: { id: api.user!.id } });
  });

  it('refuses 51, also when they are spread over fields and fragments', async () => {
    expectRefused(await post(directed(51)));
    const spread = `{ me { ${'id @include(if: true) '.repeat(25)}...F } } fragment F on User { ${'email @skip(if: false) '.repeat(26)}}`;
    expectRefused(await post(spread));
  });
});

describe('tokens (3,000)', () => {
  // Padding with a variable's default list keeps validation linear; the request sends the variable
  // as null, so the query itself runs.
  const base = (items: number) => `query($w: [Int!] = [${' 1'.repeat(items)} ]) { deployments(first: 1, filter: { wave: $w }) { totalCount } }`;
  const withTokens = (n: number) => {
    const query = base(n - tokenCount(base(0)));
    expect(tokenCount(query)).toBe(n);
    return query;
  };

  it('answers a document of exactly 3,000 tokens', async () => {
    const res = await post(withTokens(3000), { w: null });
    expectAnswered(res);
    expect(res.body!.data).toEqual({ deployments: { totalCount: 3 } });
  });

  it('refuses 3,001 tokens with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    expectRefused(await post(withTokens(3001), { w: null }));
  });

  it('does not count commas or comments', async () => {
    const padded = `${withTokens(3000).replace(/ 1/g, ' 1,')}\n# ${'a comment '.repeat(1000)}`;
    expect(tokenCount(padded)).toBe(3000);
    expectAnswered(await post(padded, { w: null }));
  });
});

describe('cost (50,000: a list costs its page size times its children)', () => {
  // 19 task fields: tasks = 1 + 25 × 19 = 476; with 23 __typename each deployment costs 499;
  // nodes = 1 + 100 × 499 = 49,901; deployments = 49,902; plus one per root __typename.
  const TASK_FIELDS = 'id number key title phase lane party kind offsetDays required dueDate pinned pastDueAtCreation status reason evidence completedOn version deploymentId';
  const priced = (rootExtras: number, first = '100') =>
    `{ deployments(first: ${first}) { nodes { tasks { ${TASK_FIELDS} } ${'__typename '.repeat(23)}} } ${'__typename '.repeat(rootExtras)}}`;

  it('answers a query costing exactly 50,000', async () => {
    expect(TASK_FIELDS.split(' ')).toHaveLength(19);
    const res = await post(priced(98));
    expectAnswered(res);
    expect(pageNodes(res)).toHaveLength(3);
  });

  it('refuses one costing 50,001', async () => {
    expectRefused(await post(priced(99)));
  });

  it('prices the page size given in a variable', async () => {
    const query = `query($n: Int!) ${priced(99, '$n')}`;
    expectRefused(await post(query, { n: 100 }));
    expectAnswered(await post(query, { n: 99 }));
  });

  it('prices the default of a page-size variable the request leaves out', async () => {
    // Runs with 100 deployments a page, so it costs 50,001 like the one above.
    expectRefused(await post(`query($n: Int = 100) ${priced(99, '$n')}`));
  });

  it('answers a page of 25 (and of 100) deployments with their tasks and dependencies', async () => {
    const page = (first: number) => `{ deployments(first: ${first}) { nodes { id tasks { id number title status dueDate } dependencies { id kind status dueDate } } } }`;
    for (const first of [25, 100]) {
      const res = await post(page(first));
      expectAnswered(res);
      expect(pageNodes(res)).toHaveLength(3);
      expect(pageNodes(res)[0].tasks.length).toBeGreaterThan(20);
    }
  });
});

describe('ordinary nested questions pass the cost limit (lists priced at what they realistically hold)', () => {
  const ORDINARY = {
    'CAT attempts of five deployments': `{ deployments(first: 5) { nodes { id court { name } testRuns { id purpose summary { status passPercent }
      cases { status testCase { key criticality } attempts { id status tester testedAt notes } } } } } }`,
    'the questionnaire catalogue': `{ questionnaires { key version title questions { key label type required unit min max
      choices { value label } visibleWhen { questionKey equals } questions { key label type required choices { value label } } } } }`,
  };
  it.each(Object.entries(ORDINARY))('%s', async (_name, query) => {
    expectAnswered(await post(query));
  });

  it('still refuses the same questions asked of 100 deployments at once', async () => {
    expectRefused(await post(ORDINARY['CAT attempts of five deployments'].replace('first: 5', 'first: 100')));
  });
});

describe('page size (100)', () => {
  const DEPLOYMENTS = graphql(`query QueryLimitsDeploymentsPage($n: Int!) { deployments(first: $n) { totalCount nodes { id } } }`);
  const ORGANIZATIONS = graphql(`query QueryLimitsOrganizationsPage($n: Int!) { organizations(first: $n) { totalCount nodes { id } } }`);
  const USERS = graphql(`query QueryLimitsUsersPage($n: Int!) { users(first: $n) { totalCount } }`);

  it('serves 100 a page and refuses 101 or 0 with BAD_USER_INPUT naming first', async () => {
    expect((await api.gql(DEPLOYMENTS, { n: 100 })).data!.deployments.nodes).toHaveLength(3);
    expect((await api.gql(ORGANIZATIONS, { n: 100 })).data!.organizations.nodes).toHaveLength(100);
    for (const first of [101, 0]) {
      for (const res of [await api.gql(DEPLOYMENTS, { n: first }), await api.gql(ORGANIZATIONS, { n: first }), await api.gql(USERS, { n: first })]) {
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(refusedFields(res)).toEqual(['first']);
      }
    }
  });
});

describe('request body (1 MB)', () => {
  const sized = (bytes: number) => {
    const json = JSON.stringify({ query: '{ me { id } }' });
    return json + ' '.repeat(bytes - json.length);
  };

  it('reads a body of exactly 1 MB', async () => {
    const res = await raw(sized(ONE_MB));
    expectAnswered(res);
    expect(res.body!.data).toEqual({ me: { id: api.user!.id } });
  });

  it('refuses one byte more with HTTP 413 and PAYLOAD_TOO_LARGE', async () => {
    const res = await raw(sized(ONE_MB + 1));
    expect(res.status).toBe(413);
    expect(res.body!.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body).not.toHaveProperty('data');
  });
});

describe('HTTP batching', () => {
  it('refuses a JSON array of operations', async () => {
    const res = await raw(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { email } }' }]));
    expect(res.status).toBe(400);
    expect(res.body!.errors![0].extensions!.code).toBe('BAD_REQUEST');
    expect(res.body).not.toHaveProperty('data');
  });
});

describe('CSRF prevention', () => {
  const stillSignedIn = async () => (await raw(JSON.stringify({ query: '{ me { id } }' }))).body!.data!.me;

  it('refuses a text/plain POST without a preflight header, and does not run it', async () => {
    const res = await raw(JSON.stringify({ query: 'mutation { signOut }' }), { headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect(res.body!.errors![0].extensions!.code).toBe('BAD_REQUEST');
    expect(await stillSignedIn()).toEqual({ id: api.user!.id });
  });

  it('refuses form posts too', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await raw('query=%7B%20me%20%7B%20id%20%7D%20%7D', { headers: { 'content-type': type } });
      expect(res.status).toBe(400);
      expect(res.body!.errors![0].extensions!.code).toBe('BAD_REQUEST');
    }
  });

  it('refuses a GET query without the preflight header, answers it with one, and never runs a mutation by GET', async () => {
    const search = `?query=${encodeURIComponent('{ me { id } }')}`;
    const bare = await raw(undefined, { method: 'GET', search });
    expect(bare.status).toBe(400);
    expect(bare.body!.errors![0].extensions!.code).toBe('BAD_REQUEST');
    const preflighted = await raw(undefined, { method: 'GET', search, headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(preflighted.body!.data).toEqual({ me: { id: api.user!.id } });
    const mutation = await raw(undefined, { method: 'GET', search: `?query=${encodeURIComponent('mutation { signOut }')}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
    expect(await stillSignedIn()).toEqual({ id: api.user!.id });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => raw(undefined, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

  it('allows exactly the configured origin, with credentials', async () => {
    const res = await preflight(REPORTS_ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(REPORTS_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('gives any other origin no CORS headers, on the preflight or the request', async () => {
    for (const origin of ['https://evil.example', 'https://reports.courts.example.evil.example', 'http://reports.courts.example', 'null']) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const post = await raw(JSON.stringify({ query: '{ me { id } }' }), { headers: { origin: 'https://evil.example' } });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});
