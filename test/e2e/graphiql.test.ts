import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { graphql } from '../support/generated';
import { hasChromium, launchBrowser, signIn } from '../support/browser';

// GraphiQL at /graphiql, built from npm packages into the client (Monaco's workers too): it must run
// a query with the app's session and never reach for another host (courts' networks block CDNs).
describe.skipIf(!hasChromium())('GraphiQL at /graphiql', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    page.on('request', (request) => requests.push(request.url()));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('says that nobody is signed in instead of showing a broken explorer', async () => {
    await page.goto(`${api.url}/graphiql`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Not signed in/);
    expect(await page.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
  }, 30_000);

  it('runs a query with the signed-in coordinator’s session and shows the answer', async () => {
    await signIn(page, api.url, 'coordinator@ccpor.example');
    await page.goto(`${api.url}/graphiql`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Signed in as .+ \(Coordinator\)/);

    // The example query counts deployments by phase, status and health; the answer must hold the same total.
    const expected = await api.gql(graphql(`query GraphiqlCounts { deploymentCountsReport { deployments } }`));
    const total = expected.data!.deploymentCountsReport.reduce((sum, row) => sum + row.deployments, 0);
    expect(total).toBeGreaterThan(0);

    // Monaco loads after the page: run the query once the editor holds it.
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 15_000 }).toContain('deploymentCountsReport');
    const answered = page.waitForResponse(async (response) =>
      response.url() === `${api.url}/graphql` && (response.request().postData() ?? '').includes('DeploymentCounts'));
    await page.getByRole('button', { name: /Execute query/ }).click();
    const answer = (await (await answered).json()) as { data?: { deploymentCountsReport: { deployments: number }[] } };
    expect(answer.data!.deploymentCountsReport.reduce((sum, row) => sum + row.deployments, 0)).toBe(total);
    // And the result pane shows it.
    await expect.poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 }).toContain('deploymentCountsReport');

    // Schema (introspection) and query went to this server only; workers and styles came from it too.
    const origin = new URL(api.url).origin;
    const elsewhere = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => /\.worker-[\w-]+\.js$/.test(url))).toBe(true);
  }, 60_000);

  it('stays out of the app’s precache', async () => {
    const serviceWorker = await (await fetch(`${api.url}/sw.js`)).text();
    const precached = [...serviceWorker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]);
    expect(precached).toContain('index.html');
    expect(precached.filter((url) => /graphiql|monaco|\.worker-/.test(url))).toEqual([]);
    // The app's own entry is still there.
    expect(precached.some((url) => /^assets\/main-[\w-]+\.js$/.test(url))).toBe(true);
  });
});
