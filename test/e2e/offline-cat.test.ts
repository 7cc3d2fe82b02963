import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, screenshot, setNetwork, signIn } from '../support/browser';
import { cachePersisted, RESEND_ALL, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';
import { closeTablet, openTablet } from '../support/tablet';

// The field app's promise (docs/sync.md): a CAT run loaded once keeps working with
// no network — the app starts from the precache, results go to the outbox and survive closing the
// page — and when the connection returns every result arrives exactly once, replays included.
// Runs against the built client (`npm run build:client`) served by the real server.
const RESULTS = 10;

describe.skipIf(!hasChromium())('offline CAT: record results with no network, sync each exactly once', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let runUrl = '';
  let runId = '';

  beforeAll(async () => {
    ({ api, browser, context, page } = await openTablet());
  }, 120_000);
  afterAll(() => closeTablet(api, browser));

  async function attemptsOnServer(): Promise<number> {
    const admin = await api.as('ADMIN');
    const res = await admin.gql(graphql(`query OfflineCatTestRun($id: ID!) { testRun(id: $id) { cases { attempts { id } } } }`), { id: runId });
    expect(res.errors).toBeUndefined();
    return res.data!.testRun.cases.reduce((sum: number, runCase: { attempts: unknown[] }) => sum + runCase.attempts.length, 0);
  }

  it('starts a run online and makes the deployment available offline', async () => {
    await page.goto(api.url);
    await signIn(page, api.url, 'field@ccpor.example');
    // Field staff land on My work; this walk starts from the deployments list.
    await page.waitForURL(`${api.url}/my-work`);
    await page.getByRole('link', { name: 'Deployments', exact: true }).click();
    await page.waitForURL(`${api.url}/`);
    // The demo assigns the field engineer to the four nearest go-lives: those are all they see.
    const courts = page.getByRole('link', { name: /Superior Court of California/ });
    await expect.poll(() => courts.count(), { timeout: 15_000 }).toBe(4);
    await courts.first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    const deploymentUrl = page.url();

    await page.getByRole('link', { name: 'Court Acceptance Testing' }).click();
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/cat\?run=/);
    runUrl = page.url();
    runId = new URL(runUrl).searchParams.get('run')!;
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);

    await page.goto(deploymentUrl);
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);

    // The first service worker installs and precaches the shell; it controls pages from the next load.
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(runUrl);
    expect(await page.evaluate(SW_CONTROLS)).toBe(true);
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);
    await cachePersisted(page, [`testRun({"id":"${runId}"})`]);
  }, 60_000);

  it('starts from the precache offline and records results into the outbox', async () => {
    await setNetwork(context, false);
    await page.reload();
    const progress = page.getByTestId('cat-progress');
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);
    expect(await page.getByTestId('sync-indicator').textContent()).toContain('Offline');

    for (let recorded = 0; recorded < RESULTS; recorded += 1) {
      if (recorded === 3) {
        await page.getByRole('button', { name: 'Fail', exact: true }).click();
        // A failure needs the actual result: the first tap asks for it.
        await expect.poll(() => page.getByRole('alert').textContent()).toContain('must say what actually happened');
        await page.getByLabel('Actual result (required on fail)').fill('The order did not reach CARPOS.');
        await page.getByRole('button', { name: 'Fail', exact: true }).click();
      } else if (recorded === 6) {
        await page.getByLabel('Notes (required when blocked)').fill('The test printer is offline.');
        await page.getByRole('button', { name: 'Blocked', exact: true }).click();
      } else {
        await page.getByRole('button', { name: 'Pass', exact: true }).click();
      }
      await expect.poll(() => progress.textContent()).toMatch(new RegExp(`^${recorded + 1} of \\d+ tested`));
    }
    expect(await progress.textContent()).toMatch(/^10 of \d+ tested · 8 passed · 1 failed · 1 blocked/);
    await expect.poll(() => page.getByTestId('sync-indicator').textContent()).toContain(`${RESULTS} unsent`);

    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'cat-runner-1024x768.png');
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'cat-runner-768x1024.png');
  }, 60_000);

  it('keeps the results when the page is closed and reopened offline', async () => {
    await page.close();
    page = await context.newPage();
    await page.goto(runUrl);
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^10 of \d+ tested/);
    await expect.poll(() => page.getByTestId('sync-indicator').textContent()).toContain(`${RESULTS} unsent`);
    expect(await attemptsOnServer()).toBe(0);

    // "Make available offline" stored the rest of the visit too: the deployment's page and its questionnaires.
    const deploymentUrl = runUrl.replace(/\/cat\?.*$/, '');
    await page.goto(`${deploymentUrl}/questionnaires`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Questionnaires');
    await page.goto(deploymentUrl);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toMatch(/^Superior Court of California/);
    await page.goto(runUrl);
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^10 of \d+ tested/);
  }, 60_000);

  it('sends every result exactly once when back online, and a replay adds nothing', async () => {
    const bulk = () =>
      page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('RecordTestResults'));
    let sent = bulk();
    await setNetwork(context, true);
    const first = await (await sent).json();
    expect(first.data.recordTestResults).toMatchObject({ applied: RESULTS, replayed: 0, refused: 0 });
    await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('All changes sent');
    expect(await attemptsOnServer()).toBe(RESULTS);

    // The answers got lost, say: the same entries go again, and the server answers from its record.
    expect(await page.evaluate(RESEND_ALL)).toBe(RESULTS);
    sent = bulk();
    await page.getByRole('button', { name: 'Sync now' }).click();
    const replay = await (await sent).json();
    expect(replay.data.recordTestResults).toMatchObject({ applied: 0, replayed: RESULTS, refused: 0 });
    await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('All changes sent');
    expect(await attemptsOnServer()).toBe(RESULTS);
    await expect.poll(() => page.getByTestId('cat-progress').textContent()).toMatch(/^10 of \d+ tested/);
  }, 60_000);
});
