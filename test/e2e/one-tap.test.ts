import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, launchBrowser, signIn } from '../support/browser';
import { allSent } from '../support/outbox-page';

// One tap, one request (docs/sync.md#replay): online, a Pass in the CAT runner sends its write and
// at most one read, counted over the 10 s after the tap. The answer updates the cache, the session
// is not asked again before the send, and only what the answer cannot update is read again.
const WINDOW_MS = 10_000;

/** The GraphQL operation a request carries (POST body or a persisted query's GET parameters). */
function operationOf(request: Request): string | null {
  const url = new URL(request.url());
  if (!url.pathname.startsWith('/graphql')) return null;
  if (request.method() === 'GET') return url.searchParams.get('operationName') ?? 'GET';
  const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
  return body?.operationName ?? body?.query?.slice(0, 40) ?? 'POST';
}

describe.skipIf(!hasChromium())('one tap, one request', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('a Pass tap online sends one write and at most one read in the 10 s after it', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await page.waitForURL(`${api.url}/my-work`);
    await page.getByRole('link', { name: 'Deployments', exact: true }).click();
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    await page.getByRole('link', { name: 'Court Acceptance Testing' }).click();
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/cat\?run=/);
    // A fresh load, as a tester opens the runner; then whatever the page asks as it opens is answered.
    await page.reload();
    const progress = page.getByTestId('cat-progress');
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);
    await page.waitForLoadState('networkidle');

    const operations: string[] = [];
    page.on('request', (request) => {
      const operation = operationOf(request);
      if (operation) operations.push(operation);
    });
    const tappedAt = Date.now();
    await page.getByRole('button', { name: 'Pass', exact: true }).click();
    await expect.poll(() => progress.textContent()).toMatch(/^1 of \d+ tested · 1 passed/);
    await allSent(page);
    const isWrite = (name: string) => /^RecordTestResults?$/.test(name);
    const reads = () => operations.filter((name) => !isWrite(name));
    // The target is a count over the window after the tap: the poll ends when the window has passed,
    // or at once when a second read arrives.
    await expect.poll(() => (reads().length > 1 ? 'a second read' : Date.now() - tappedAt >= WINDOW_MS ? 'window over' : 'counting'), {
      timeout: WINDOW_MS + 5_000, interval: 250,
    }).toBe('window over');

    expect(operations.filter(isWrite)).toEqual(['RecordTestResults']);
    expect(reads().length, `requests after the tap: ${operations.join(', ')}`).toBeLessThanOrEqual(1);
    expect(await progress.textContent()).toMatch(/^1 of \d+ tested · 1 passed/);
  }, 90_000);
});
