import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';

// Drives the built client (client/dist, served by the real server) against the demo data,
// the way a user gets it, signed in as the demo coordinator. Run `npm run build` first; `npm test` does.

describe.skipIf(!hasChromium())('smoke: deployments list and timeline in Chromium', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    // A landscape tablet, the app's main target; also the README screenshot's size.
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('lists the seeded deployments', async () => {
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.goto(api.url);
    // Nobody is signed in yet: the list asks for sign-in first and opens afterwards.
    await page.waitForURL(`${api.url}/sign-in`);
    await signIn(page, api.url, 'coordinator@ccpor.example');
    expect(page.url()).toBe(`${api.url}/`);

    // Only the cards (each has a heading), not the health-reason items nested inside them.
    const cards = page
      .getByRole('list', { name: 'Deployments' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    await expect
      .poll(() => page.getByRole('link', { name: /Superior Court of California/ }).first().isVisible())
      .toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deployments');
    expect(failedRequests).toEqual([]);

    await screenshot(page, 'deployments.png');
  }, 30_000);

  it('opens a deployment and shows its 25 tasks on the timeline', async () => {
    const firstCourt = page.getByRole('link', { name: /Superior Court of California/ }).first();
    const courtName = (await firstCourt.textContent())?.trim() ?? '';
    await firstCourt.click();

    await page.waitForURL(/\/deployments\/[^/]+$/);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect.poll(() => timeline.getByRole('listitem').count(), { timeout: 15_000 }).toBe(25);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(courtName);
    expect(await page.getByRole('region', { name: 'Onboarding dependencies', exact: true }).isVisible()).toBe(true);
  }, 30_000);

  it('encourages installing the app, says why, and "Not now" hides it on this device', async () => {
    const banner = page.getByRole('complementary', { name: 'Install the app' });
    expect(await banner.count()).toBe(0);
    // Chromium offers installation through this event; a stand-in whose prompt() records the call.
    await page.evaluate(`(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true });
      offer.prompt = () => { window.installPrompted = true; return Promise.resolve(); };
      offer.userChoice = Promise.resolve({ outcome: 'dismissed' });
      window.dispatchEvent(offer);
    })()`);
    await banner.waitFor();
    expect(await banner.textContent()).toContain('keeps answers you have not synced yet');
    await banner.getByRole('button', { name: 'Install' }).click();
    await expect.poll(() => page.evaluate('window.installPrompted === true')).toBe(true);
    await banner.getByRole('button', { name: 'Not now' }).click();
    expect(await banner.count()).toBe(0);
    await page.reload();
    await page.evaluate(`window.dispatchEvent(Object.assign(new Event('beforeinstallprompt'), { prompt: () => Promise.resolve(), userChoice: Promise.resolve({ outcome: 'dismissed' }) }))`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await banner.count()).toBe(0);
  }, 30_000);
});
