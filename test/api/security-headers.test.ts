import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, startApi } from '../support/api';

// docs/security.md#http-headers: every answer of the server carries the same security headers,
// whatever route, method or status. The browser side (the app, GraphiQL and the print pages work
// under the policy) is test/e2e/content-security-policy.test.ts.

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name, sources];
  }));
}

describe('security headers', () => {
  const requests: [string, () => Promise<Response>][] = [
    ['the health check', () => fetch(`${api.url}/healthz`)],
    ['a GraphQL query', () => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) })],
    ['a refused GraphQL request', () => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
    ['an upload without a session', () => fetch(`${api.url}/files`, { method: 'POST', body: 'x' })],
    ['a report', () => fetch(`${api.url}/reports/deployments.csv`, { headers: api.headers })],
    ['an address the server does not know', () => fetch(`${api.url}/no/such/page`)],
  ];

  it.each(requests)('are on %s', async (_what, request) => {
    const res = await request();
    const policy = res.headers.get('content-security-policy');
    expect(policy, 'an enforced policy, not only a report').toBeTruthy();
    const csp = directives(policy!);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('permissions-policy')).toMatch(/(^|, )camera=\(self\)(,|$)/);
    expect(res.headers.get('permissions-policy')).toContain('microphone=()');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // The reverse proxy that terminates TLS sends HSTS (docs/operations.md), not the server as well.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
