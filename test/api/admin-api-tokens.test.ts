import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../../server/modules/user/user.entity';
import { Api, errorCode, startApi } from '../support/api';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const OVERVIEW = graphql(`query AdminTokensOverview($f: ApiTokenFilter, $after: String) {
  apiTokens(first: 2, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { id name prefix createdAt lastUsedAt revokedAt owner { id email role } } }
}`);
const CREATE = graphql(`mutation AdminTokensCreate($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`);
const REVOKE = graphql(`mutation AdminTokensRevoke($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id revokedAt } }`);
const COUNT = graphql(`query AdminTokensCount { deployments(first: 1) { totalCount } }`);
const REVOCATIONS = graphql(`query AdminTokensRevocations { auditEvents(first: 5, filter: { operation: "API_TOKEN_REVOKED" }) { nodes { actor role after } } }`);

describe('API tokens overview for administrators', () => {
  it('lists every user’s tokens with their owner, paged, and lets an administrator revoke any of them', async () => {
    const reporter = await api.as('REPORTER');
    const coordinator = await api.as('COORDINATOR');
    const first = (await reporter.gql(CREATE, { i: { name: 'Power BI wave report' } })).data!.createApiToken;
    const second = (await coordinator.gql(CREATE, { i: { name: 'Tableau go-lives' } })).data!.createApiToken;
    const third = (await reporter.gql(CREATE, { i: { name: 'Excel export' } })).data!.createApiToken;
    // Used once, so the overview shows when.
    expect((await api.anonymous.gql(COUNT, {}, { authorization: `Bearer ${first.token}` })).data).toBeDefined();

    expect(errorCode(await coordinator.gql(OVERVIEW))).toBe('FORBIDDEN');
    const page1 = (await api.gql(OVERVIEW)).data!.apiTokens;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await api.gql(OVERVIEW, { after: page1.pageInfo.endCursor })).data!.apiTokens;
    const all = [...page1.nodes, ...page2.nodes];
    expect(all.map((t) => t.id).sort()).toEqual([first.apiToken.id, second.apiToken.id, third.apiToken.id].sort());
    const used = all.find((t) => t.id === first.apiToken.id);
    expect(used).toMatchObject({ name: 'Power BI wave report', lastUsedAt: expect.any(String), revokedAt: null, owner: { id: reporter.user!.id, role: 'REPORTER' } });
    expect(used?.prefix).toBe(first.token!.slice(0, 12));

    const mine = (await api.gql(OVERVIEW, { f: { userId: coordinator.user!.id } })).data!.apiTokens;
    expect(mine.nodes.map((t) => t.name)).toEqual(['Tableau go-lives']);

    // Another holder cannot revoke it (it does not exist for them); an administrator can.
    expect(errorCode(await coordinator.gql(REVOKE, { i: { apiTokenId: first.apiToken.id } }))).toBe('NOT_FOUND');
    const revoked = await api.gql(REVOKE, { i: { apiTokenId: first.apiToken.id } });
    expect(revoked.data!.revokeApiToken.revokedAt).toEqual(expect.any(String));
    expect(errorCode(await api.anonymous.gql(COUNT, {}, { authorization: `Bearer ${first.token}` }))).toBe('UNAUTHENTICATED');
    expect((await api.app.db.manager.findOneByOrFail(ApiToken, { id: first.apiToken.id })).revokedAt).not.toBeNull();

    const active = (await api.gql(OVERVIEW, { f: { active: true } })).data!.apiTokens;
    expect(active.totalCount).toBe(2);
    const gone = (await api.gql(OVERVIEW, { f: { active: false } })).data!.apiTokens;
    expect(gone.nodes.map((t) => t.id)).toEqual([first.apiToken.id]);

    const audit = await api.gql(REVOCATIONS);
    expect(audit.data!.auditEvents.nodes[0]).toMatchObject({ role: 'ADMIN', after: { apiTokenId: first.apiToken.id, ownerId: reporter.user!.id } });
  });
});
