import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApi, type Api } from './api';
import { launchBrowser } from './browser';

/** A landscape tablet's viewport, the size field staff use the app at. */
export const TABLET_LANDSCAPE = { width: 1024, height: 768 };

/**
 * The set-up most browser tests share: the API on the demo data, this file's connection to Chromium
 * and one page in a landscape tablet's viewport. Close it with `closeTablet` in afterAll.
 */
export async function openTablet(): Promise<{ api: Api; browser: Browser; context: BrowserContext; page: Page }> {
  const [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
  const context = await browser.newContext({ viewport: TABLET_LANDSCAPE });
  return { api, browser, context, page: await context.newPage() };
}

/** Closes what openTablet started; either may be missing when the set-up failed half-way. */
export async function closeTablet(api: Api | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await api?.close();
}
