import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startApi } from '../support/api';
import { graphql } from '../support/generated';
import { hasChromium, launchBrowser, signIn } from '../support/browser';

// The deployments list a coordinator runs the programme from: search, people and order, kept in
// the URL so that a view can be bookmarked; the cards are the API's answer to the same question.

const ASK = graphql(`query DeploymentsListScreen($filter: DeploymentFilter, $orderBy: DeploymentOrder) {
  deployments(first: 100, filter: $filter, orderBy: $orderBy) { nodes { court { name } } } }`);
const WATCH_SHIFTS = `window.shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.shifts.push({ value: entry.value, sources: (entry.sources || []).map((s) => (s.node && s.node.tagName ? s.node.tagName + '.' + s.node.className : String(s.node && s.node.nodeName))) });
  }
}).observe({ type: 'layout-shift', buffered: true });`;
const STAFF = graphql(`query DeploymentsListScreenStaff { assignableStaff { id displayName role } }`);

describe.skipIf(!hasChromium())('the deployments list in Chromium', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await signIn(page, api.url, 'coordinator@ccpor.example');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const cards = () => page.getByRole('list', { name: 'Deployments' }).getByRole('heading').allTextContents();
  const answer = async (variables: Record<string, unknown>) =>
    dataOf(await api.gql(ASK, variables as never)).deployments.nodes.map((d) => d.court.name);

  it('searches by name and sorts, the view kept in the URL through a reload', async () => {
    await page.goto(api.url);
    const everyone = await answer({});
    await expect.poll(cards, { timeout: 15_000 }).toEqual(everyone);
    const county = everyone[0].split('County of ')[1];
    await page.getByLabel('Court or agency name').fill(county.toLowerCase());
    await expect.poll(cards, { timeout: 15_000 }).toEqual(await answer({ filter: { search: county.toLowerCase() } }));
    expect(await cards()).toContain(everyone[0]);
    expect(new URL(page.url()).searchParams.get('search')).toBe(county.toLowerCase());

    await page.getByLabel('Court or agency name').fill('');
    await page.getByLabel('Sort by').selectOption({ label: 'Court name, A to Z' });
    const byName = await answer({ orderBy: 'NAME' });
    expect(byName).not.toEqual(everyone);
    await expect.poll(cards, { timeout: 15_000 }).toEqual(byName);
    await page.reload();
    await expect.poll(cards, { timeout: 15_000 }).toEqual(byName);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('NAME');
  });

  it('filters by the coordinator who leads a deployment and the field staff assigned', async () => {
    const staff = dataOf(await api.gql(STAFF)).assignableStaff;
    for (const [label, field] of [['Coordinator', 'coordinatorIds'], ['Field staff', 'fieldStaffIds']] as const) {
      await page.goto(api.url);
      const options = page.getByLabel(label, { exact: true }).locator('option');
      await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
      const choices = (await options.allTextContents()).filter((c) => c !== 'Anyone');
      const person = staff.find((p) => p.displayName === choices[0])!;
      await page.getByLabel(label, { exact: true }).selectOption({ label: person.displayName });
      const expected = await answer({ filter: { [field]: [person.id] } });
      await expect.poll(cards, { timeout: 15_000 }).toEqual(expected);
      expect(new URL(page.url()).searchParams.get(field)).toBe(person.id);
    }
  });

  it('filters by go-live readiness beside phase and health, kept in the URL, the filter row never moving', async () => {
    // Layout shifts from the first paint on, as Chromium reports them (CLS: those not caused by input), with what moved.
    await page.addInitScript(WATCH_SHIFTS);
    await page.goto(`${api.url}/?readiness=NO_GO`);
    const noGo = await answer({ filter: { readiness: ['NO_GO'] } });
    await expect.poll(cards, { timeout: 15_000 }).toEqual(noGo);
    expect(await page.getByLabel('Readiness', { exact: true }).inputValue()).toBe('NO_GO');
    const shifts = (await page.evaluate('window.shifts')) as { value: number; sources: string[] }[];
    const moved = shifts.filter((s) => s.sources.some((source) => /filters|field|FORM|SELECT|LABEL|INPUT/.test(source)));
    expect(moved, JSON.stringify(shifts)).toEqual([]);
    console.log(`CLS of /?readiness=NO_GO in Chromium: ${shifts.reduce((sum, s) => sum + s.value, 0).toFixed(4)} (${shifts.length} shifts)`);

    await page.getByLabel('Readiness', { exact: true }).selectOption({ label: 'GO' });
    const go = await answer({ filter: { readiness: ['GO'] } });
    await expect.poll(() => new URL(page.url()).searchParams.get('readiness')).toBe('GO');
    if (go.length) await expect.poll(cards, { timeout: 15_000 }).toEqual(go);
    else await expect.poll(() => page.getByText('No deployments match these filters.').count(), { timeout: 15_000 }).toBe(1);
    // Every deployment has a kept readiness: GO and NO-GO together are all of them.
    expect([...go, ...noGo].sort()).toEqual((await answer({})).sort());

    // With the phase and health filters, in the URL as the API's names; a reload keeps them.
    await page.getByLabel('Readiness', { exact: true }).selectOption({ label: 'NO-GO' });
    await page.getByLabel('Health', { exact: true }).selectOption({ label: 'On track' });
    await expect.poll(() => new URL(page.url()).search).toMatch(/readiness=NO_GO/);
    const both = await answer({ filter: { readiness: ['NO_GO'], health: ['ON_TRACK'] } });
    await expect.poll(cards, { timeout: 15_000 }).toEqual(both);
    await page.reload();
    await expect.poll(cards, { timeout: 15_000 }).toEqual(both);
    expect(await page.getByLabel('Readiness', { exact: true }).inputValue()).toBe('NO_GO');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByLabel('Readiness', { exact: true }).inputValue()).toBe('');
  });

  it('keeps the filter row where it was first painted, on a phone and on a tablet (CLS under 0.05)', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1024, height: 768 }]) {
      const phone = await (await browser.newContext({ viewport })).newPage();
      await signIn(phone, api.url, 'coordinator@ccpor.example');
      await phone.addInitScript(WATCH_SHIFTS);
      await phone.goto(api.url);
      // Settled: the count is in and the people filters, which wait for the signed-in person, are there.
      await expect.poll(() => phone.getByText(/^\d+ of \d+ deployments?$/).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => phone.getByLabel('Coordinator', { exact: true }).count(), { timeout: 15_000 }).toBe(1);
      const shifts = (await phone.evaluate('window.shifts')) as { value: number; sources: string[] }[];
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      console.log(`CLS of / at ${viewport.width}×${viewport.height} in Chromium: ${cls.toFixed(4)} (${shifts.length} shifts)`);
      expect(shifts.filter((s) => s.sources.some((source) => /filters|FORM/.test(source))), JSON.stringify(shifts)).toEqual([]);
      expect(cls).toBeLessThan(0.05);
      await phone.context().close();
    }
  });
});
