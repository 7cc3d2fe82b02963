import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Api, GqlResult, errorCode, startApi, startSecondProcess, usingPostgres } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

// Apollo's automatic persisted queries: a reporting tool sends { extensions: { persistedQuery:
// { version: 1, sha256Hash } } }, with the query the first time and by hash alone afterwards.

// The text sent and hashed is the generated document's, so codegen checks these against the schema.
const REPORT = graphql(`query PersistedPhaseCounts { deploymentCountsReport { phase status health deployments } }`).toString();
const WHO_AM_I = graphql(`query PersistedWhoAmI { me { id } }`).toString();
const MONTHS = graphql(`query PersistedGoLiveMonths { goLivesByMonthReport { month planned actual } }`).toString();
const CREATE_TOKEN = graphql(`mutation PersistedCreateToken { createApiToken(input: { name: "Power Query" }) { token } }`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(url: string, body: object, headers: Record<string, string>): Promise<GqlResult> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as object) };
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });


describe('automatic persisted queries', () => {
  let api: Api;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    await createDeployment(api, 'Fresno', 100);
    const reporter = await api.as('REPORTER');
    const created = await reporter.gql(CREATE_TOKEN);
    bearer = { authorization: `Bearer ${created.data!.createApiToken.token}` };
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for a hash nobody registered', async () => {
    const res = await post(api.url, byHash(sha256('query Unknown { me { id } }')), bearer);
    expect(errorCode(res)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a query whose hash is not its SHA-256 as the caller’s mistake: 400 BAD_REQUEST, logged at info', async () => {
    const lines: string[] = [];
    const capture = (stream: NodeJS.WriteStream) => vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const spies = [capture(process.stdout), capture(process.stderr)];
    let res: GqlResult;
    try {
      res = await post(api.url, { query: REPORT, ...byHash(sha256('something else')) }, bearer);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(errorCode(res)).toBe('BAD_REQUEST');
    expect(res.errors![0].message).toMatch(/hash is not the SHA-256/);
    const logged = lines.flatMap((line) => line.split('\n')).filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(logged).toContainEqual(expect.objectContaining({ level: 'info', msg: 'persisted query hash mismatch' }));
  });

  it('runs a query registered once by its hash alone, for a token holder', async () => {
    const hash = sha256(REPORT);
    const registered = await post(api.url, { query: REPORT, ...byHash(hash) }, bearer);
    const expected = [{ phase: 'PLANNING', status: 'INTERESTED', health: 'ON_TRACK', deployments: 1 }];
    expect(registered.data!.deploymentCountsReport).toEqual(expected);
    // The answer came once the registration was stored: the hash alone works right away.
    const called = await post(api.url, byHash(hash), bearer);
    expect(called.errors).toBeUndefined();
    expect(called.data!.deploymentCountsReport).toEqual(expected);
    // The hash names a query, not a permission: a caller still needs to be signed in to run it.
    expect(errorCode(await post(api.url, byHash(hash), {}))).toBe('UNAUTHENTICATED');
    // Arbitrary queries from signed-in callers stay allowed.
    const arbitrary = await post(api.url, { query: '{ deploymentCountsReport(filter: { wave: [7] }) { deployments } }' }, bearer);
    expect(arbitrary.data!.deploymentCountsReport).toEqual([]);
  });

  it('does not register queries of callers who are not signed in', async () => {
    const query = WHO_AM_I;
    const hash = sha256(query);
    const anonymous = await post(api.url, { query, ...byHash(hash) }, {});
    expect(anonymous.errors).toBeUndefined();
    // Answers wait for their registration, so had this one registered, the hash would be found now.
    expect(errorCode(await post(api.url, byHash(hash), {}))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it.skipIf(!usingPostgres())('serves a hash registered on one process from another', async () => {
    const query = MONTHS;
    const hash = sha256(query);
    const second = await startSecondProcess(api);
    try {
      expect(errorCode(await post(second.url, byHash(hash), bearer))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await post(api.url, { query, ...byHash(hash) }, bearer)).errors).toBeUndefined();
      const elsewhere = await post(second.url, byHash(hash), bearer);
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.data!.goLivesByMonthReport).toEqual([{ month: '2027-04', planned: 1, actual: 0 }]);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
