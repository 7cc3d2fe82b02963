import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, signIn } from '../support/browser';

// The app on a tablet in both orientations (docs/accessibility.md#tablet-layout): held upright the
// header is one row of at most 64 px, the rest of the navigation behind a "Menu" button that works
// from the keyboard and says whether it is open; on the CAT runner Pass, Fail and Blocked are on
// screen without scrolling; axe finds no serious or critical violation on My work, the scanner
// form, the CAT runner and /sync.
const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };
const HEADER_MAX = 64;

describe.skipIf(!hasChromium())('the app on a tablet, upright and sideways', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const headerHeight = async (page: Page) => (await page.getByRole('banner').boundingBox())!.height;

  /** True when the element's box lies wholly within the viewport, with no scrolling. */
  async function onScreen(page: Page, name: string, viewport: { width: number; height: number }) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
  }

  it.each([
    ['field staff', 'field@ccpor.example', 'Deployments'],
    ['a coordinator', 'coordinator@ccpor.example', 'Audit log'],
    ['an administrator', 'admin@ccpor.example', 'Mailbox'],
    ['a partner', 'partner.la@ccpor.example', 'Notifications'],
  ])('keeps the upright header within 64 px for %s, the rest behind a keyboard-usable menu', async (_who, email, link) => {
    const context = await browser.newContext({ viewport: PORTRAIT });
    const page = await context.newPage();
    await signIn(page, api.url, email);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    const main = page.getByRole('navigation', { name: 'Main' });

    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    expect(await page.getByTestId('sync-indicator').isVisible()).toBe(true);
    expect(await main.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // From the keyboard: open, into the links, Escape back to the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    expect(await main.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(`document.activeElement?.closest('nav')?.getAttribute('aria-label')`)).toBe('Main');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await main.isVisible()).toBe(false);
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Menu');

    // Following a link closes the menu on the next screen.
    await menu.click();
    const before = page.url();
    await main.getByRole('link', { name: link, exact: true }).click();
    await page.waitForURL((url) => url.href !== before);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);

    // Sideways the navigation is in the header and the button is gone.
    await page.setViewportSize(LANDSCAPE);
    expect(await main.isVisible()).toBe(true);
    expect(await menu.isVisible()).toBe(false);
    await context.close();
  });

  describe('field screens', () => {
    let context: BrowserContext;
    let page: Page;
    let deploymentUrl = '';
    let runUrl = '';

    beforeAll(async () => {
      context = await browser.newContext({ viewport: LANDSCAPE });
      page = await context.newPage();
      await signIn(page, api.url, 'field@ccpor.example');
      await page.waitForURL(/\/my-work$/);
      await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
      await page.waitForURL(/\/deployments\/[^/]+$/);
      deploymentUrl = page.url();
      await page.goto(`${deploymentUrl}/cat`);
      await page.getByRole('button', { name: 'Start run' }).click();
      await page.waitForURL(/\/cat\?run=/);
      runUrl = page.url();
    }, 90_000);

    afterAll(async () => {
      await context?.close();
    });

    it.each([
      ['sideways', LANDSCAPE],
      ['upright', PORTRAIT],
    ])('shows Pass, Fail and Blocked on the CAT runner without scrolling, %s; axe finds nothing serious', async (_how, viewport) => {
      await page.setViewportSize(viewport);
      await page.goto(runUrl);
      await expect.poll(() => page.getByTestId('cat-progress').textContent(), { timeout: 15_000 }).toMatch(/^\d+ of \d+ tested/);
      for (const verdict of ['Pass', 'Fail', 'Blocked']) await expect.poll(() => onScreen(page, verdict, viewport), { message: verdict }).toBe(true);
      if (viewport === PORTRAIT) expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // After a verdict the next case shows, its buttons still on screen.
      await page.getByRole('button', { name: 'Pass', exact: true }).click();
      await expect.poll(() => page.getByTestId('cat-progress').textContent()).toMatch(/^[1-9]\d* of \d+ tested/);
      for (const verdict of ['Pass', 'Fail', 'Blocked']) await expect.poll(() => onScreen(page, verdict, viewport), { message: verdict }).toBe(true);
    });

    it.each([
      ['sideways', LANDSCAPE],
      ['upright', PORTRAIT],
    ])('finds no serious axe violation on My work, the scanner form and /sync, %s', async (_how, viewport) => {
      await page.setViewportSize(viewport);
      await page.goto(`${api.url}/my-work`);
      await expect.poll(() => page.getByRole('heading', { name: 'My work', level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.goto(`${deploymentUrl}/scanners`);
      await expect.poll(() => page.getByRole('heading', { name: 'Scanner assessment', level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
      if (await page.getByRole('button', { name: 'Start assessment' }).isVisible()) {
        await page.getByRole('button', { name: 'Start assessment' }).click();
        await page.waitForURL(/\?assessment=/);
      }
      await expect.poll(() => page.getByLabel('Workstation', { exact: true }).isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByLabel('Workstation', { exact: true }).fill('Clerk window 2');
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.goto(`${api.url}/sync`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  });
});
