import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startApi } from '../support/api';
import { graphql } from '../support/generated';
import { hasChromium, launchBrowser, signIn } from '../support/browser';

// The deployments list a coordinator runs the programme from: search, people and order, kept in
// the URL so that a view can be bookmarked; the cards are the API's answer to the same question.

const ASK = graphql(`query DeploymentsListScreen($filter: DeploymentFilter, $orderBy: DeploymentOrder) {
  deployments(first: 100, filter: $filter, orderBy: $orderBy) { nodes { court { name } } } }`);
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
});
