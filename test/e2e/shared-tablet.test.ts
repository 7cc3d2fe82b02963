import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../server/modules/user/user.entity';
import { startApi } from '../support/api';
import { graphql } from '../support/generated';
import { hasChromium, launchBrowser, setNetwork, signIn } from '../support/browser';
import { cachePersisted, OUTBOX_STATES, SW_READY } from '../support/outbox-page';

// Signing in again on a tablet (docs/sync.md#shared-tablets): the same person keeps the offline
// copy, the outbox and their drafts; somebody else starts empty and can neither see nor send them;
// a confirmed sign-out leaves nothing of the person on the tablet.

/** Moves the last activity 16 minutes back, as if the tablet had been left alone. */
const GO_IDLE = `localStorage.setItem('ccpor-last-activity', String(Date.now() - 16 * 60_000))`;

/** Every key of the device's small-value store and every outbox entry's author. */
const DEVICE_DATA = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['outbox', 'kv']);
    const data = {};
    tx.objectStore('kv').getAllKeys().onsuccess = (e) => { data.kv = e.target.result; };
    tx.objectStore('outbox').getAll().onsuccess = (e) => { data.authors = e.target.result.map((entry) => entry.userId); };
    tx.oncomplete = () => { db.close(); resolve(data); };
  };
})`;

describe.skipIf(!hasChromium())('signing in again on a shared tablet', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let deploymentId = '';
  let fieldUserId = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const scannersUrl = () => `${api.url}/deployments/${deploymentId}/scanners`;
  const assessmentsOnServer = async () => {
    const res = await (await api.as('ADMIN')).gql(graphql(`query SharedTabletAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }`), { id: deploymentId });
    return res.data!.deployment.scannerAssessments.length;
  };
  const deviceData = async () => (await page.evaluate(DEVICE_DATA)) as { kv: string[]; authors: string[] };
  /** Offline, the scanner page opens from the device's copy: its heading, or the load failure. */
  const scannersOffline = async () => {
    await page.goto(scannersUrl());
    const opened = page.getByRole('heading', { name: 'Scanner assessment', level: 1 });
    const failed = page.getByText(/could not be loaded/);
    await expect.poll(async () => (await opened.isVisible()) || (await failed.isVisible()), { timeout: 15_000 }).toBe(true);
    return opened.isVisible();
  };

  it('keeps the offline copy and the outbox when the same person signs in again after the idle lock', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    deploymentId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(scannersUrl());
    await expect.poll(() => page.getByRole('button', { name: 'Start assessment' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await cachePersisted(page, ['scannerRequirements', 'Deployment.scannerAssessments']);
    await setNetwork(context, false);
    await page.reload();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect.poll(() => page.evaluate(OUTBOX_STATES)).toEqual([['StartScannerAssessment', 'PENDING']]);
    fieldUserId = (await deviceData()).authors[0];

    // Locked after 15 idle minutes; the same person signs in again.
    await page.evaluate(GO_IDLE);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Locked' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await setNetwork(context, true);
    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, api.url, 'field@ccpor.example');
    await expect.poll(() => page.evaluate(OUTBOX_STATES), { timeout: 15_000 }).toEqual([['StartScannerAssessment', 'SENT']]);
    expect(await assessmentsOnServer()).toBe(1);

    // The copy made available offline before the lock still opens with no network.
    await setNetwork(context, false);
    expect(await scannersOffline()).toBe(true);
    await page.goto(`${api.url}/deployments/${deploymentId}`);
    await expect.poll(() => page.getByRole('button', { name: 'Make available offline' }).isVisible(), { timeout: 15_000 }).toBe(true);
  }, 120_000);

  it('gives another person an empty cache: they neither see nor send the first person’s work, which waits for its owner', async () => {
    // The field engineer's change made offline, then the tablet idles and someone else picks it up.
    await page.goto(scannersUrl());
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect.poll(async () => (await deviceData()).authors.length).toBe(2);
    // The field engineer's session ends on the server; the coordinator signs in on the tablet.
    await api.app.db.manager.delete(Session, { userId: fieldUserId });
    await setNetwork(context, true);
    await page.goto(`${api.url}/sign-in`);
    await signIn(page, api.url, 'coordinator@ccpor.example');

    await page.goto(`${api.url}/sync`);
    await expect.poll(() => page.getByText('Every change made on this device has been sent.').isVisible(), { timeout: 15_000 }).toBe(true);
    const syncNow = page.locator('#main').getByRole('button', { name: 'Sync now' });
    await syncNow.click();
    await expect.poll(() => syncNow.isEnabled()).toBe(true);
    expect(await assessmentsOnServer()).toBe(1);
    // The copy the field engineer made available offline is not the coordinator's.
    await setNetwork(context, false);
    expect(await scannersOffline()).toBe(false);
    expect(await page.locator('main').textContent()).not.toContain('not sent yet');

    // The owner signs in again: their copy and their unsent change are back, and it is sent.
    await setNetwork(context, true);
    await page.goto(`${api.url}/sync`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, api.url, 'field@ccpor.example');
    await expect.poll(() => assessmentsOnServer(), { timeout: 15_000 }).toBe(2);
    // The server has it; the device marks it sent when the answer is in, before the network goes again.
    await expect.poll(async () => ((await page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, state]) => state === 'PENDING'), { timeout: 15_000 }).toEqual([]);
    await setNetwork(context, false);
    expect(await scannersOffline()).toBe(true);
  }, 120_000);

  it('lists unsent changes and drafts when signing out, and a confirmed sign-out leaves nothing of the person', async () => {
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect.poll(async () => ((await page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, state]) => state === 'PENDING')).toHaveLength(1);
    await page.getByLabel('Workstation', { exact: true }).fill('Half-typed window');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-out$/);
    await expect.poll(() => page.getByRole('list', { name: 'Changes not sent yet' }).textContent()).toContain('Started a scanner assessment: ');
    expect(await page.getByRole('list', { name: 'Drafts' }).textContent()).toContain('Workstation at');
    expect(await page.getByRole('button', { name: 'Send them now' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save unsent changes to a file' }).isEnabled()).toBe(true);

    await setNetwork(context, true);
    await page.getByRole('button', { name: 'Discard them and sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await expect
      .poll(async () => {
        const { kv, authors } = await deviceData();
        return [...kv.filter((key) => key.includes(fieldUserId) || key === 'signed-in-user'), ...authors.filter((author) => author === fieldUserId)];
      }, { timeout: 10_000 })
      .toEqual([]);
  }, 60_000);
});
