import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, signIn, setNetwork } from '../support/browser';
import { cachePersisted, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';
import { closeTablet, openTablet } from '../support/tablet';

// A scanner assessment made with no network (location → workstation → scanner) goes through the
// same outbox as CAT results: started and recorded offline, sent in order when back online, and
// the server's verdict shown then. Runs against the built client (`npm run build:client`).

/**
 * Queues, as the app would, an assessment of a location that is not the court's and a workstation
 * in it, for the person signed in (whose cache the device keeps in memory). Page-side code as a string: this
 * file is type-checked without the DOM library.
 */
const QUEUE_REFUSED_ASSESSMENT = (deploymentId: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const read = db.transaction('kv').objectStore('kv').get('signed-in-user');
    read.onsuccess = () => {
      const userId = read.result;
      const assessmentId = crypto.randomUUID();
      const entry = (operationName, input) => {
        const mutationId = crypto.randomUUID();
        return { mutationId, operationName, variables: { input: { ...input, mutationId } }, userId,
          createdAt: new Date().toISOString(), state: 'PENDING', attempts: 0, lastError: null };
      };
      const tx = db.transaction('outbox', 'readwrite');
      tx.objectStore('outbox').add(entry('StartScannerAssessment', { id: assessmentId, deploymentId: '${deploymentId}',
        locationId: crypto.randomUUID(), assessedOn: '2026-01-05' }));
      tx.objectStore('outbox').add(entry('RecordScannerWorkstation', { id: crypto.randomUUID(), assessmentId,
        label: 'Waits behind its assessment', make: 'Fujitsu', model: 'fi-7160', opticalResolutionDpi: 600, duplex: true,
        automaticDocumentFeeder: true, colour: false, connection: 'USB', drivers: ['TWAIN'] }));
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  };
})`;

describe.skipIf(!hasChromium())('offline scanner assessment', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ api, browser, context, page } = await openTablet());
  }, 120_000);
  afterAll(() => closeTablet(api, browser));

  it('starts an assessment and records a workstation offline, then shows the verdict after sync', async () => {
    await page.goto(api.url);
    await signIn(page, api.url, 'field@ccpor.example');
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    const deploymentId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(`${api.url}/deployments/${deploymentId}/scanners`);
    await expect.poll(() => page.getByRole('heading', { name: 'Scanner assessment', level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
    await cachePersisted(page, ['scannerRequirements', 'Deployment.scannerAssessments']);

    await setNetwork(context, false);
    await page.reload();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.waitForURL(/\?assessment=/);
    await page.getByLabel('Workstation', { exact: true }).fill('Family law intake 1');
    await page.getByLabel('Scanner make').fill('Fujitsu');
    await page.getByLabel('Scanner model').fill('fi-7160');
    // The verdict follows the answers on the device, offline, from the stored requirements.
    const verdictSoFar = page.getByTestId('verdict-so-far');
    await page.getByLabel('Duplex').check();
    await page.getByLabel('Document feeder').check();
    await page.getByLabel('TWAIN').check();
    await page.getByLabel('WIA').check();
    expect(await verdictSoFar.textContent()).toContain('Needs configuration');
    await page.getByLabel('CCPOR scan profile set').check();
    await page.getByLabel('Test scan passed').check();
    expect(await verdictSoFar.textContent()).toContain('Meets the requirements');
    await page.getByRole('button', { name: 'Record workstation' }).click();

    const workstations = page.getByRole('list', { name: 'Workstations' });
    await expect.poll(() => workstations.textContent()).toContain('Family law intake 1');
    expect(await workstations.textContent()).toContain('Verdict when sent');
    await expect.poll(() => page.getByTestId('sync-indicator').textContent()).toContain('2 unsent');

    await setNetwork(context, true);
    await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('All changes sent');
    await expect.poll(() => workstations.textContent(), { timeout: 15_000 }).toContain('Meets the requirements');

    const admin = await api.as('ADMIN');
    const assessmentId = new URL(page.url()).searchParams.get('assessment')!;
    const res = await admin.gql(graphql(`query OfflineScannerScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label verdict } } }`), { id: assessmentId });
    expect(res.data?.scannerAssessment.workstations).toEqual([{ label: 'Family law intake 1', verdict: 'MEETS' }]);
  }, 90_000);

  it('parks a refused change with its reason and holds back what depends on it', async () => {
    const deploymentId = new URL(page.url()).pathname.split('/')[2];
    expect(await page.evaluate(QUEUE_REFUSED_ASSESSMENT(deploymentId))).toBe(true);
    await page.goto(`${api.url}/sync`);
    await page.getByRole('button', { name: 'Sync now' }).first().click();
    const entries = page.getByRole('list', { name: 'Unsent changes' });
    await expect.poll(() => entries.getByRole('listitem').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => entries.getByRole('listitem').first().textContent(), { timeout: 15_000 }).toMatch(/Refused.*(Not found|Check the input): /);
    // The workstation is never sent while its assessment is refused.
    expect(await entries.getByRole('listitem').nth(1).textContent()).toContain('Waiting to send');
    await expect.poll(() => page.getByTestId('sync-indicator').textContent()).toContain('1 need attention');
  }, 60_000);
});
