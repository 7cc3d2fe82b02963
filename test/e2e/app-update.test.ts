import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, launchBrowser, signIn, setNetwork } from '../support/browser';
import { OUTBOX_STATES, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';

// A new app version deployed while changes wait in the outbox (docs/sync.md#app-updates-and-installing). A
// build cannot run inside the test, so a new version is simulated on a copy of the built app: its
// index.html gains a build marker and sw.js the new precache revision of index.html, exactly what a
// rebuild changes for the browser. The prompt stays hidden while entries wait or a form is unsaved;
// even a new version forced in (skipWaiting, as when every tab was closed) loses nothing.
const PROMPT = 'A new version of CCPOR Deploy is available.';
const HELD = 'A new version of CCPOR Deploy is ready: it is offered once your changes are sent and saved.';
/** Checks for a new version and resolves once its service worker is installed and waiting. */
const UPDATE_FOUND = `navigator.serviceWorker.getRegistration().then((r) => r.update().then(() => new Promise((resolve) => {
  const worker = r.installing ?? r.waiting;
  const installed = () => worker.state === 'installed' && resolve(true);
  worker.addEventListener('statechange', installed);
  installed();
})))`;
const FORCE_WAITING = `navigator.serviceWorker.getRegistration().then((r) => new Promise((resolve) => {
  navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
  r.waiting.postMessage({ type: 'SKIP_WAITING' });
}))`;
const BUILD = `document.querySelector('meta[name="app-build"]')?.content ?? 'first'`;

describe.skipIf(!hasChromium())('a new app version while changes are pending', () => {
  let dist: string;
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let assessmentId = '';

  /** "Deploys" a new build into the copy the server serves. */
  function deploy(build: string) {
    const indexPath = path.join(dist, 'index.html');
    const index = readFileSync(indexPath, 'utf8').replace(/<meta name="app-build"[^>]*>/, '').replace('</head>', `<meta name="app-build" content="${build}"></head>`);
    writeFileSync(indexPath, index);
    const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8').replace(/\{url:"index.html",revision:"[^"]+"\}/, `{url:"index.html",revision:"${build}"}`);
    writeFileSync(path.join(dist, 'sw.js'), sw);
  }

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'ccpor-dist-'));
    cpSync(path.resolve(__dirname, '../../client/dist'), dist, { recursive: true });
    [api, browser] = await Promise.all([startApi({ demoData: true, config: { clientDist: dist } }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const unsent = async () => ((await page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, state]) => state !== 'SENT');
  const serverWorkstations = async () => {
    const res = await (await api.as('ADMIN')).gql(graphql(`query AppUpdateScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label } } }`), { id: assessmentId });
    return res.data?.scannerAssessment?.workstations ?? [];
  };
  const apiDown = (route: Route) => route.abort('connectionrefused');

  it('holds the prompt back while changes wait, and a forced update still loses none of them', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    const scannersUrl = `${page.url()}/scanners`;
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(scannersUrl);
    expect(await page.evaluate(SW_CONTROLS)).toBe(true);

    await setNetwork(context, false);
    await page.reload();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.waitForURL(/\?assessment=/);
    assessmentId = new URL(page.url()).searchParams.get('assessment')!;
    await page.getByLabel('Workstation', { exact: true }).fill('Before the update');
    await page.getByLabel('Scanner make').fill('Canon');
    await page.getByLabel('Scanner model').fill('DR-C225');
    await page.getByRole('button', { name: 'Record workstation' }).click();
    await expect.poll(unsent).toEqual([['StartScannerAssessment', 'PENDING'], ['RecordScannerWorkstation', 'PENDING']]);

    // The new version is deployed; the site is reachable again but its API is not (yet).
    deploy('second');
    await context.route('**/graphql', apiDown);
    await context.route('**/files', apiDown);
    await setNetwork(context, true);
    expect(await page.evaluate(UPDATE_FOUND)).toBe(true);
    await page.getByText(HELD).waitFor({ timeout: 15_000 });
    expect(await page.getByText(PROMPT).isVisible()).toBe(false);

    // Forced in anyway (every tab closed, or the browser swapped it): the changes are still there.
    // The app reloads itself when the new worker takes control.
    const reloaded = page.waitForEvent('load');
    await page.evaluate(FORCE_WAITING).catch(() => 'the page reloaded first');
    await reloaded;
    await expect.poll(() => page.evaluate(BUILD), { timeout: 15_000 }).toBe('second');
    await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('2 unsent');
    expect(await unsent()).toHaveLength(2);

    await context.unroute('**/graphql', apiDown);
    await context.unroute('**/files', apiDown);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(unsent, { timeout: 20_000 }).toEqual([]);
    expect(await serverWorkstations()).toEqual([{ label: 'Before the update' }]);
  }, 120_000);

  it('offers the reload only when the outbox is idle and no form is unsaved, and reloading loses nothing', async () => {
    deploy('third');
    expect(await page.evaluate(UPDATE_FOUND)).toBe(true);
    const prompt = page.getByText(PROMPT);
    await expect.poll(() => prompt.isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByLabel('Workstation', { exact: true }).fill('Half typed');
    await expect.poll(() => prompt.isVisible()).toBe(false);
    expect(await page.getByText(HELD).isVisible()).toBe(true);
    await page.getByLabel('Workstation', { exact: true }).fill('');
    await expect.poll(() => prompt.isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.evaluate(BUILD), { timeout: 15_000 }).toBe('third');
    await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('All changes sent');
    expect(await unsent()).toEqual([]);
    expect(await serverWorkstations()).toEqual([{ label: 'Before the update' }]);
  }, 60_000);
});
