import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, startApi } from '../support/api';
import { graphql } from '../support/generated';
import { hasChromium, launchBrowser, signIn } from '../support/browser';

// docs/security.md#http-headers: the app, GraphiQL and the print pages work under the enforced
// Content-Security-Policy (no inline script, no eval). Chromium reports every blocked script,
// style, worker or connection as a `securitypolicyviolation` event and a console error; both are
// collected from the first moment of each page. Runs against the built client.

// Page scripts as text: they run in the page, not here.
const REPORT_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`;
const ADD_INLINE_SCRIPT = `(() => {
  const script = document.createElement('script');
  script.textContent = 'window.inlineRan = true';
  document.body.append(script);
})()`;

const FIRST_DEPLOYMENT = graphql(`query CspFirstDeployment { deployments(first: 1) { nodes { id } } }`);

describe.skipIf(!hasChromium())('the Content-Security-Policy in Chromium', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;
  let deploymentId = '';
  const violations: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await page.addInitScript(REPORT_VIOLATIONS);
    page.on('console', (message) => {
      if (/CSP violation|Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    deploymentId = dataOf(await api.gql(FIRST_DEPLOYMENT)).deployments.nodes[0].id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('is enforced on the pages themselves', async () => {
    for (const path of ['/', '/graphiql', `/deployments/${deploymentId}/print/readiness`]) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers.get('content-security-policy-report-only'), path).toBeNull();
    }
  });

  it('lets the app sign in and show the portfolio and a deployment', async () => {
    await signIn(page, api.url, 'coordinator@ccpor.example');
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
    await page.goto(`${api.url}/deployments/${deploymentId}`);
    await page.getByRole('heading', { name: 'Training', exact: true }).waitFor({ timeout: 15_000 });
    expect(violations).toEqual([]);
  }, 60_000);

  it('lets GraphiQL load its editor and run a query', async () => {
    await page.goto(`${api.url}/graphiql`);
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 15_000 }).toContain('deploymentCountsReport');
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect.poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 }).toContain('deploymentCountsReport');
    expect(violations).toEqual([]);
  }, 60_000);

  it('lets a print page render', async () => {
    await page.goto(`${api.url}/deployments/${deploymentId}/print/readiness`);
    await page.getByTestId('readiness-verdict').waitFor({ timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    expect((await page.pdf({ format: 'Letter' })).subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(violations).toEqual([]);
  }, 60_000);

  it('reports a violation when one happens (the check above can fail)', async () => {
    await page.goto(`${api.url}/graphiql`);
    await page.evaluate(ADD_INLINE_SCRIPT);
    await expect.poll(() => violations.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await page.evaluate('window.inlineRan === true')).toBe(false);
    violations.length = 0;
  });
});
