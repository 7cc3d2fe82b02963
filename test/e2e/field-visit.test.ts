import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileBlob } from '../../server/modules/file/file-blob.entity';
import { startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, screenshot, setNetwork, signIn } from '../support/browser';
import { jpegSize, solidPng } from '../support/images';
import { allSent as allSentOn, cachePersisted, RESEND_ALL, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';
import { closeTablet, openTablet } from '../support/tablet';

// The whole site visit of docs/sync.md in a real browser against the built app
// (`npm run build:client`): with no network, a scanner assessment of three workstations with photos
// and ten CAT results (a failure with its photo); the page closed and reopened; back online, every
// record and photo arrives exactly once — also when the outbox is replayed, when an answer is lost
// after the server applied the change, and when the server goes down in the middle of a sync.
const RESULTS = 10;
const WORKSTATIONS = ['Family law intake 1', 'Family law intake 2', 'Criminal clerk 1'];

describe.skipIf(!hasChromium())('a field visit offline, synced exactly once', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let deploymentId = '';
  let runUrl = '';
  let runId = '';
  let scannersUrl = '';
  let assessmentId = '';
  let photo = 0;

  beforeAll(async () => {
    ({ api, browser, context, page } = await openTablet());
  }, 120_000);
  afterAll(() => closeTablet(api, browser));

  const indicator = () => page.getByTestId('sync-indicator').textContent();
  /** Waits until the outbox itself holds nothing unsent (the indicator may not have noticed a change made behind the app's back). */
  const allSent = () => allSentOn(page);
  const nextPhoto = () => ({ name: `photo-${photo}.png`, mimeType: 'image/png', buffer: solidPng(2400, 1800, [(photo * 37) % 256, (photo * 91) % 256, (photo++ * 53) % 256]) });

  /** What the server holds, read through GraphQL as an admin (no workstations while the assessment is not there yet). */
  async function serverState() {
    const admin = await api.as('ADMIN');
    const run = await admin.gql(graphql(`query FieldVisitTestRun($r: ID!) { testRun(id: $r) { cases { attempts { status photos } } } }`), { r: runId });
    expect(run.errors).toBeUndefined();
    const attempts = run.data!.testRun.cases.flatMap((c: { attempts: { status: string; photos: string[] }[] }) => c.attempts);
    const assessment = await admin.gql(graphql(`query FieldVisitScannerAssessment($a: ID!) { scannerAssessment(id: $a) { workstations { label photoShas } } }`), { a: assessmentId });
    const workstations = (assessment.data?.scannerAssessment?.workstations ?? []) as { label: string; photoShas: string[] }[];
    return { workstations, attempts };
  }

  async function recordWorkstation(label: string, withPhoto = true) {
    await page.getByLabel('Workstation', { exact: true }).fill(label);
    await page.getByLabel('Scanner make').fill('Fujitsu');
    await page.getByLabel('Scanner model').fill('fi-7160');
    await page.getByLabel('Duplex').check();
    await page.getByLabel('Document feeder').check();
    await page.getByLabel('TWAIN').check();
    await page.getByLabel('CCPOR scan profile set').check();
    await page.getByLabel('Test scan passed').check();
    if (withPhoto) {
      await page.setInputFiles('#ws-photo', nextPhoto());
      await expect.poll(() => page.getByRole('list', { name: 'Photos taken' }).getByRole('img').count(), { timeout: 15_000 }).toBe(1);
    }
    await page.getByRole('button', { name: 'Record workstation' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Workstations' }).textContent()).toContain(label);
  }

  it('loads the visit online: a CAT run started, the deployment made available offline, the service worker in control', async () => {
    await page.goto(api.url);
    await signIn(page, api.url, 'field@ccpor.example');
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    deploymentId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.goto(`${api.url}/deployments/${deploymentId}/cat`);
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/cat\?run=/);
    runUrl = page.url();
    runId = new URL(runUrl).searchParams.get('run')!;
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);

    await page.goto(`${api.url}/deployments/${deploymentId}`);
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    scannersUrl = `${api.url}/deployments/${deploymentId}/scanners`;
    await page.goto(scannersUrl);
    expect(await page.evaluate(SW_CONTROLS)).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Scanner assessment', level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
    await cachePersisted(page, ['scannerRequirements', 'Deployment.scannerAssessments']);
  }, 90_000);

  it('records a scanner assessment of three workstations with photos and ten CAT results offline', async () => {
    await setNetwork(context, false);
    await page.reload();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.waitForURL(/\?assessment=/);
    assessmentId = new URL(page.url()).searchParams.get('assessment')!;
    for (const label of WORKSTATIONS) await recordWorkstation(label);
    expect(await page.getByRole('list', { name: 'Workstations' }).textContent()).toContain('1 photo');
    await expect.poll(indicator).toContain('4 unsent');

    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'scanner-assessment-1024x768.png');
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'scanner-assessment-768x1024.png');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });

    await page.goto(runUrl);
    const progress = page.getByTestId('cat-progress');
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);
    for (let recorded = 0; recorded < RESULTS; recorded += 1) {
      if (recorded === 3) {
        await page.getByLabel('Actual result (required on fail)').fill('The order did not reach CARPOS.');
        await page.setInputFiles('#case-photo', nextPhoto());
        await expect.poll(() => page.getByRole('list', { name: 'Photos taken' }).getByRole('img').count(), { timeout: 15_000 }).toBe(1);
        await page.getByRole('button', { name: 'Fail', exact: true }).click();
      } else {
        await page.getByRole('button', { name: 'Pass', exact: true }).click();
      }
      await expect.poll(() => progress.textContent()).toMatch(new RegExp(`^${recorded + 1} of \\d+ tested`));
    }
    await expect.poll(indicator).toContain(`${4 + RESULTS} unsent`);
  }, 120_000);

  it('keeps everything when the page is closed and reopened offline, and sends each record and photo once when online', async () => {
    await page.close();
    page = await context.newPage();
    await page.goto(`${api.url}/sync`);
    await expect.poll(indicator, { timeout: 15_000 }).toContain(`${4 + RESULTS} unsent`);
    const unsent = await page.getByRole('list', { name: 'Unsent changes' }).getByRole('listitem').allTextContents();
    expect(unsent).toHaveLength(4 + RESULTS);
    // Each entry says which record it is, from the records the device holds: ten results of ten cases.
    const cases = unsent.map((text) => /^Recorded a test result: case (\S+) ‘[^’]+’, (passed|failed)/.exec(text)?.[1]).filter(Boolean);
    expect(new Set(cases).size).toBe(RESULTS);
    expect(unsent.filter((text) => text.startsWith('Recorded a scanner workstation: '))).toHaveLength(WORKSTATIONS.length);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await serverState()).toEqual({ workstations: [], attempts: [] });

    await setNetwork(context, true);
    await expect.poll(indicator, { timeout: 30_000 }).toContain('All changes sent');
    const { workstations, attempts } = await serverState();
    expect(workstations.map((w) => w.label).sort()).toEqual([...WORKSTATIONS].sort());
    expect(attempts).toHaveLength(RESULTS);
    const failed = attempts.filter((a: { status: string }) => a.status === 'FAILED');
    expect(failed).toHaveLength(1);
    const shas = [...workstations.flatMap((w) => w.photoShas), ...failed[0].photos];
    expect(new Set(shas).size).toBe(4);
    expect(await api.app.db.manager.count(FileBlob)).toBe(4);
    const admin = await api.as('ADMIN');
    for (const sha of shas) {
      const res = await fetch(`${api.url}/files/${sha}`, { headers: admin.headers });
      expect(res.status).toBe(200);
      const size = jpegSize(Buffer.from(await res.arrayBuffer()));
      // Downscaled on the device: 2,400 × 1,800 arrives as 1,600 × 1,200.
      expect(size).toEqual({ width: 1600, height: 1200 });
    }
  }, 90_000);

  it('replays the whole outbox twice and creates nothing twice', async () => {
    for (let replay = 0; replay < 2; replay += 1) {
      expect(await page.evaluate(RESEND_ALL)).toBe(4 + RESULTS);
      await page.getByRole('button', { name: 'Sync now' }).first().click();
      await allSent();
    }
    const { workstations, attempts } = await serverState();
    expect(workstations).toHaveLength(3);
    expect(attempts).toHaveLength(RESULTS);
    expect(await api.app.db.manager.count(FileBlob)).toBe(4);
  }, 60_000);

  it('creates nothing twice when the answer is lost after the server applied the change, and the sync is retried twice', async () => {
    await page.goto(`${scannersUrl}?assessment=${assessmentId}`);
    await setNetwork(context, false);
    await recordWorkstation('Lost answer desk');
    let cut = 0;
    const cutAnswer = async (route: Route) => {
      if (cut === 0 && (route.request().postData() ?? '').includes('RecordScannerWorkstation')) {
        cut += 1;
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.fallback();
      }
    };
    await context.route('**/graphql', cutAnswer);
    await setNetwork(context, true);
    await expect.poll(() => cut, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await serverState()).workstations.length, { timeout: 15_000 }).toBe(4);
    await context.unroute('**/graphql', cutAnswer);
    for (let retry = 0; retry < 2; retry += 1) {
      if (retry > 0) await page.evaluate(RESEND_ALL);
      await page.getByRole('button', { name: 'Sync now' }).first().click();
      await allSent();
    }
    expect((await serverState()).workstations.filter((w) => w.label === 'Lost answer desk')).toHaveLength(1);
    expect(await api.app.db.manager.count(FileBlob)).toBe(5);
  }, 60_000);

  it('loses nothing when the server goes down in the middle of a sync and comes back', async () => {
    await setNetwork(context, false);
    const later = ['Down 1', 'Down 2', 'Down 3'];
    for (const label of later) await recordWorkstation(label);
    await expect.poll(indicator).toContain('3 unsent');
    let down = false;
    const outage = async (route: Route) => {
      if (down) return route.abort('connectionrefused');
      if ((route.request().postData() ?? '').includes('RecordScannerWorkstation')) {
        // The first change gets through; the server goes down right after answering it.
        const response = await route.fetch();
        down = true;
        return route.fulfill({ response });
      }
      return route.fallback();
    };
    await context.route('**/*', outage);
    await setNetwork(context, true);
    await expect.poll(() => down, { timeout: 15_000 }).toBe(true);
    await expect.poll(indicator, { timeout: 15_000 }).toContain('2 unsent');
    expect((await serverState()).workstations).toHaveLength(5);

    await context.unroute('**/*', outage);
    await page.getByRole('button', { name: 'Sync now' }).first().click();
    await allSent();
    const { workstations } = await serverState();
    expect(workstations.map((w) => w.label).filter((label) => later.includes(label)).sort()).toEqual(later);
    expect(workstations).toHaveLength(7);
    expect(await api.app.db.manager.count(FileBlob)).toBe(8);
  }, 90_000);
});
