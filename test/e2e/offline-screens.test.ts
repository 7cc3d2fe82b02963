import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, setNetwork, signIn } from '../support/browser';
import { cachePersisted, SW_READY } from '../support/outbox-page';
import { closeTablet, openTablet } from '../support/tablet';

// Every screen of a deployment made available offline opens offline after any online action
// (docs/sync.md#cache-persistence), starting a CAT run included, and says how old what it shows is.

describe.skipIf(!hasChromium())('screens offline after online work', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ api, browser, context, page } = await openTablet());
  }, 120_000);
  afterAll(() => closeTablet(api, browser));

  /** Opens the address offline and waits for `heading`; fails with what the screen says instead. */
  async function opensOffline(url: string, heading: RegExp) {
    await page.goto(url);
    const shown = page.getByRole('heading', { name: heading, level: 1 });
    const failed = page.getByText(/could not be loaded/);
    await expect.poll(async () => ((await shown.isVisible()) ? 'opened' : (await failed.isVisible()) ? await failed.textContent() : 'waiting'), { timeout: 15_000 }).toBe('opened');
  }

  it('opens My work, the deployment and its field screens offline after a run was started online', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await page.waitForURL(/\/my-work$/);
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    const deploymentUrl = page.url();
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(`${api.url}/my-work`);
    await expect.poll(() => page.getByRole('heading', { name: 'My work', level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);

    // An online action after the copy was made: a run started.
    await page.goto(`${deploymentUrl}/cat`);
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/cat\?run=/);
    const runUrl = page.url();
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);
    await cachePersisted(page, [`testRun({"id":"${new URL(runUrl).searchParams.get('run')}"})`]);

    // The runner on a tablet: Pass, Fail and Blocked on screen without scrolling in both orientations,
    // and the case strip's names start with the number each button shows.
    for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
      await page.setViewportSize(viewport);
      for (const verdict of ['Pass', 'Fail', 'Blocked']) {
        const box = await page.getByRole('button', { name: verdict, exact: true }).boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= viewport.height, `${verdict} at ${viewport.width}×${viewport.height}`).toBe(true);
      }
    }
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.getByRole('list', { name: 'Cases' }).getByRole('button').first().getAttribute('aria-label')).toMatch(/^1: /);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(`axe.run(document, { runOnly: ['label-content-name-mismatch'] }).then((r) => r.violations.map((v) => v.id))`)).toEqual([]);
    await page.goto(`${api.url}/my-work`);
    await expect.poll(() => page.getByRole('heading', { name: 'My work', level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await setNetwork(context, false);
    await opensOffline(`${api.url}/my-work`, /^My work$/);
    await opensOffline(deploymentUrl, /Superior Court of California/);
    await opensOffline(`${deploymentUrl}/scanners`, /^Scanner assessment$/);
    await opensOffline(`${deploymentUrl}/questionnaires`, /Questionnaires/);
    await page.goto(runUrl);
    await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^0 of \d+ tested/);
  }, 120_000);
});
