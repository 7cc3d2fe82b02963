import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../server/modules/user/user.entity';
import { startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, openHeaderMenu, signIn, setNetwork } from '../support/browser';
import { LAST_SYNC, OUTBOX_STATES, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';

// Sessions on a shared field tablet (docs/security.md#device-lock, docs/sync.md#shared-tablets): the app locks
// after 15 idle minutes and unlocks offline with the device PIN; another person signed in on the
// tablet does not send the first one's changes; an expired server session pauses sync until the
// author signs in again; signing out with everything sent wipes the device's data.
const PIN = '2468';
/** Moves the last activity 16 minutes back, as if the tablet had been left alone. */
const GO_IDLE = `localStorage.setItem('ccpor-last-activity', String(Date.now() - 16 * 60_000))`;
const LOCAL_DATA = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['outbox', 'kv', 'files']);
    const counts = {};
    for (const name of ['outbox', 'files']) tx.objectStore(name).count().onsuccess = (e) => { counts[name] = e.target.result; };
    tx.objectStore('kv').getAllKeys().onsuccess = (e) => { counts.kv = e.target.result; };
    tx.oncomplete = () => { db.close(); resolve(counts); };
  };
})`;

/** Who made the first outbox entry. */
const ENTRY_AUTHOR = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onsuccess = () => {
    const read = open.result.transaction('outbox').objectStore('outbox').getAll();
    read.onsuccess = () => { open.result.close(); resolve(read.result[0].userId); };
  };
  open.onerror = () => reject(open.error);
})`;
/** Queues, as the app would, the start of an assessment made by \`userId\`. */
const QUEUE_ASSESSMENT = (userId: string, deploymentId: string, locationId: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onsuccess = () => {
    const mutationId = crypto.randomUUID();
    const tx = open.result.transaction('outbox', 'readwrite');
    tx.objectStore('outbox').add({ mutationId, operationName: 'StartScannerAssessment', userId: '${userId}',
      variables: { input: { id: crypto.randomUUID(), deploymentId: '${deploymentId}', locationId: '${locationId}', assessedOn: '2026-01-05', mutationId } },
      createdAt: new Date().toISOString(), state: 'PENDING', attempts: 0, lastError: null });
    tx.oncomplete = () => { open.result.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
  open.onerror = () => reject(open.error);
})`;

describe.skipIf(!hasChromium())('sessions on a shared tablet', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let scannersUrl = '';
  let deploymentId = '';
  let fieldUserId = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const states = async () => (await page.evaluate(OUTBOX_STATES)) as [string, string][];
  const assessmentsOnServer = async () => {
    const res = await (await api.as('ADMIN')).gql(graphql(`query SessionLockAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }`), { id: deploymentId });
    return res.data!.deployment.scannerAssessments.length as number;
  };

  async function signInWithPin(email: string, pin = '') {
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('ccpor-demo-password');
    if (pin) await page.getByLabel('Device PIN (optional)').fill(pin);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15_000 });
  }

  it('locks after 15 idle minutes, shows no data, and unlocks offline only with the right device PIN', async () => {
    await signInWithPin('field@ccpor.example', PIN);
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    scannersUrl = `${page.url()}/scanners`;
    deploymentId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(scannersUrl);
    await setNetwork(context, false);
    await page.reload();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect.poll(states).toEqual([['StartScannerAssessment', 'PENDING']]);

    await page.evaluate(GO_IDLE);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Locked' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('main').textContent()).not.toContain('Scanners at');
    expect(await page.getByTestId('sync-indicator').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Device PIN').fill('1357');
    await page.getByRole('button', { name: 'Unlock with PIN' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not the PIN');
    await page.getByLabel('Device PIN').fill(PIN);
    await page.getByRole('button', { name: 'Unlock with PIN' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Scanners at/ }).isVisible(), { timeout: 15_000 }).toBe(true);
    // Only a salted hash of the PIN is kept.
    const kv = ((await page.evaluate(LOCAL_DATA)) as { kv: string[] }).kv;
    expect(kv.some((key) => key.startsWith('device-pin:'))).toBe(true);
  }, 120_000);

  it('does not send one person’s changes for another who signs in on the same tablet', async () => {
    await setNetwork(context, true);
    await expect.poll(states, { timeout: 15_000 }).toEqual([['StartScannerAssessment', 'SENT']]);
    expect(await assessmentsOnServer()).toBe(1);
    fieldUserId = (await page.evaluate(ENTRY_AUTHOR)) as string;
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);

    // The coordinator signs in on the tablet, which holds a change the field engineer made.
    await signIn(page, api.url, 'coordinator@ccpor.example');
    const locationId = (await (await api.as('ADMIN')).gql(graphql(`query SessionLockLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }`), { id: deploymentId }))
      .data!.deployment.court.locations[0].id;
    await page.evaluate(QUEUE_ASSESSMENT(fieldUserId, deploymentId, locationId));
    await page.goto(`${api.url}/sync`);
    // The pass "Sync now" starts is over when it stores its time: only then can nothing have been sent.
    const lastSync = await page.evaluate(LAST_SYNC);
    await page.getByRole('button', { name: 'Sync now' }).first().click();
    await expect.poll(() => page.evaluate(LAST_SYNC), { timeout: 15_000 }).not.toBe(lastSync);
    expect((await states()).filter(([, state]) => state === 'PENDING')).toHaveLength(1);
    expect(await page.getByRole('list', { name: 'Unsent changes' }).count()).toBe(0);
    expect(await assessmentsOnServer()).toBe(1);
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
  }, 60_000);

  it('pauses sync when the server session has expired and sends once the author signs in again', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await expect.poll(async () => (await states()).filter(([, state]) => state !== 'SENT'), { timeout: 15_000 }).toEqual([]);
    expect(await assessmentsOnServer()).toBe(2);

    await page.goto(scannersUrl);
    await expect.poll(() => page.getByRole('button', { name: 'Start assessment' }).isVisible(), { timeout: 15_000 }).toBe(true);
    // The server session ends (idle timeout, revoked) while the person works.
    await api.app.db.manager.delete(Session, { userId: fieldUserId });
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.waitForURL(/\/sign-in/, { timeout: 15_000 });
    expect((await states()).filter(([, state]) => state === 'PENDING')).toHaveLength(1);
    expect(await assessmentsOnServer()).toBe(2);

    await signIn(page, api.url, 'field@ccpor.example');
    await expect.poll(async () => (await states()).filter(([, state]) => state !== 'SENT'), { timeout: 15_000 }).toEqual([]);
    expect(await assessmentsOnServer()).toBe(3);
  }, 60_000);

  it('wipes the outbox, photos and cached data when signing out with everything sent', async () => {
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    // The person's data goes once the sign-in page shows: wait for all of it, not only the outbox.
    await expect.poll(async () => {
      const { outbox, files, kv } = (await page.evaluate(LOCAL_DATA)) as { outbox: number; files: number; kv: string[] };
      return { outbox, files, kv: kv.filter((key) => key.startsWith('device-pin:') || key === 'last-sync') };
    }, { timeout: 10_000 }).toEqual({ outbox: 0, files: 0, kv: [] });
  }, 30_000);
});
