import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { graphql } from '../support/generated';
import type { PortfolioCountsQuery } from '../support/generated/graphql';
import { planCases, recordResult, startRun } from '../support/cat';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';

// The portfolio page as the demo coordinator sees it: Chart.js charts drawn (loaded only here), each
// with a table holding the API's numbers, and figures that link to the records behind them.

const COUNTS = graphql(`query PortfolioCounts {
  deploymentCountsReport { phase health deployments }
  goLivesByMonthReport { month planned actual }
  catRunRatesReport(first: 100) { totalCount nodes { passPercent } }
  deploymentTimelineReport(first: 100) { totalCount }
  readinessBlockersReport(first: 20) { totalCount } }`);
type Counts = PortfolioCountsQuery;

const PHASES: Record<string, string> = { PLANNING: 'Planning', SCOPE: 'Scope', IMPLEMENT: 'Implement', GO_LIVE: 'Go-Live', POST_GO_LIVE: 'Post go-live' };
const HEALTHS = ['ON_TRACK', 'AT_RISK', 'LATE'];

/** The text of every cell of a table, row by row (header row included). */
const tableCells = (page: Page, region: string, nth = 0) =>
  page.getByRole('region', { name: region, exact: true }).locator('table').nth(nth).evaluate((table) =>
    [...(table as unknown as { rows: Iterable<{ cells: Iterable<{ textContent: string | null }> }> }).rows].map((row) =>
      [...row.cells].map((cell) => (cell.textContent ?? '').trim())));

/** True when the canvas has something drawn on it (Chart.js ran); scrolled to first, since a chart is drawn when near the viewport. */
const drawn = (page: Page, region: string) =>
  page.getByRole('region', { name: region, exact: true }).locator('canvas').first().evaluate((canvas) => {
    canvas.scrollIntoView({ block: 'nearest' });
    const c = canvas as unknown as { width: number; height: number; getContext(k: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    if (!c.width || !c.height) return false;
    return c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((value, i) => i % 4 === 3 && value > 0);
  });

describe.skipIf(!hasChromium())('portfolio page in Chromium', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let page: Page;
  let expected: Counts;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    // Beside the demo data's own runs, one more in Implement gets two passes and a failure.
    const implementing = await api.gql(graphql(`query PortfolioDeployments { deployments(first: 1, filter: { phase: [IMPLEMENT] }) { nodes { id } } }`));
    const run = await startRun(api, implementing.data!.deployments.nodes[0].id);
    const [c0, c1, c2] = (await planCases(api)).filter((c) => !c.requiresCarpos);
    for (const [testCase, status] of [[c0, 'PASSED'], [c1, 'PASSED'], [c2, 'FAILED']] as const) {
      const res = await recordResult(api, { runId: run.id, caseId: testCase.id, status, ...(status === 'FAILED' && { actualResult: 'No order shown.' }) });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const res = await api.gql(COUNTS);
    expected = res.data!;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('draws the charts and gives each a table with the API’s numbers', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${api.url}/sign-in`);
    await signIn(page, api.url, 'coordinator@ccpor.example');
    // Chart.js is not part of the app's start.
    expect(scripts.filter((url) => url.includes('chart'))).toEqual([]);

    await page.goto(`${api.url}/portfolio`);
    await page.getByRole('region', { name: 'Timeline', exact: true }).waitFor({ timeout: 15_000 });
    for (const region of ['Timeline', 'Deployments by phase and health', 'Go-lives per month', 'CAT pass rates']) {
      await expect.poll(() => drawn(page, region), { timeout: 15_000, message: region }).toBe(true);
    }
    expect(scripts.filter((url) => /\/chart\.setup-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(await page.locator('canvas[role="img"][aria-label]').count()).toBe(4);

    // Deployments by phase and health: one row per phase with deployments, a column per health, then all.
    const byPhase = new Map<string, number[]>();
    for (const row of expected.deploymentCountsReport) {
      const cells = byPhase.get(row.phase) ?? [0, 0, 0];
      cells[HEALTHS.indexOf(row.health)] += row.deployments;
      byPhase.set(row.phase, cells);
    }
    const phaseRows = Object.keys(PHASES).filter((p) => byPhase.has(p))
      .map((p) => [PHASES[p], ...byPhase.get(p)!.map(String), String(byPhase.get(p)!.reduce((a, b) => a + b, 0))]);
    expect(phaseRows.length).toBeGreaterThan(1);
    expect(await tableCells(page, 'Deployments by phase and health')).toEqual([['Phase', 'On track', 'At risk', 'Late', 'All'], ...phaseRows]);

    // Months written as Intl writes them, though the page counts them (Intl's first formatter is slow on a phone).
    const monthName = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });
    const months = await tableCells(page, 'Go-lives per month');
    expect(months.slice(1).map(([month, planned, actual]) => [month, Number(planned), Number(actual)]))
      .toEqual(expected.goLivesByMonthReport.map((row) => [monthName.format(Date.parse(`${row.month}-01T00:00:00Z`)), row.planned, row.actual]));

    const cat = await tableCells(page, 'CAT pass rates');
    expect(expected.catRunRatesReport.totalCount).toBeGreaterThan(0);
    expect(cat.slice(1).map((row) => row[5])).toEqual(expected.catRunRatesReport.nodes.map((n) => (n.passPercent === null ? '–' : `${n.passPercent} %`)));

    await page.locator('summary', { hasText: 'Timeline as a table' }).click();
    const timeline = await tableCells(page, 'Timeline');
    expect(timeline.length - 1).toBe(Math.min(100, expected.deploymentTimelineReport.totalCount));

    // Readiness blockers come in their own request; each names its court with a link to the deployment.
    const blockers = page.getByRole('region', { name: 'Readiness blockers', exact: true }).locator('tbody tr');
    expect(expected.readinessBlockersReport.totalCount).toBeGreaterThan(0);
    await expect.poll(() => blockers.count(), { timeout: 15_000 }).toBe(Math.min(20, expected.readinessBlockersReport.totalCount));
    expect(await blockers.first().getByRole('link').getAttribute('href')).toMatch(/^\/deployments\/[0-9a-f-]{36}$/);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('summary', { hasText: 'Timeline as a table' }).click();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'portfolio.png');
  }, 60_000);

  it('links a figure to the filtered list of the deployments behind it', async () => {
    const late = page.getByRole('region', { name: 'Deployments by phase and health', exact: true }).getByRole('link', { name: /late$/ }).first();
    const label = (await late.getAttribute('aria-label'))!;
    const count = Number(label.split(' ')[0]);
    expect(count).toBeGreaterThan(0);
    await late.click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('health') === 'LATE' && url.searchParams.has('phase'));
    const phase = new URL(page.url()).searchParams.get('phase')!;
    const word = count === 1 ? 'deployment' : 'deployments';
    await expect.poll(() => page.getByText(`${count} of ${count} ${word}`).count(), { timeout: 15_000 }).toBe(1);
    const expectedCount = expected.deploymentCountsReport.filter((r) => r.phase === phase && r.health === 'LATE').reduce((n, r) => n + r.deployments, 0);
    expect(count).toBe(expectedCount);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A month of actual go-lives lands on the deployments that went live in it.
    await page.goto(`${api.url}/portfolio`);
    const actual = page.getByRole('region', { name: 'Go-lives per month', exact: true }).getByRole('link', { name: /^\d+ actual go-lives in/ }).first();
    const wentLive = Number((await actual.getAttribute('aria-label'))!.split(' ')[0]);
    await actual.click();
    await page.waitForURL((url) => url.searchParams.has('wentLiveFrom') && url.searchParams.has('wentLiveTo'));
    await expect.poll(() => page.getByText(`${wentLive} of ${wentLive} ${wentLive === 1 ? 'deployment' : 'deployments'}`).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText(/Also filtered by Went live/).count()).toBe(1);
  }, 60_000);

  it('scrolls the timeline inside its frame on a portrait tablet', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${api.url}/portfolio`);
    await expect.poll(() => drawn(page, 'Timeline'), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);
});
