import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { Api, startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';
import { graphql } from '../support/generated';

// Issue 7's "Done means": the CSV import with one bad row, walked by a coordinator. The preview
// names the bad row's problem, nothing is written until the import is confirmed, and then the good
// rows are deployments on the list and in the database. Runs against the built client.

describe.skipIf(!hasChromium())('CSV import of existing deployments', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function courtsOnServer(): Promise<string[]> {
    const res = await api.gql(graphql(`query CsvImportCourts { deployments(first: 100) { nodes { court { name } } } }`));
    expect(res.errors).toBeUndefined();
    return res.data!.deployments.nodes.map((d: { court: { name: string } }) => d.court.name);
  }

  it('previews a file with one bad row, imports the good rows, and they appear in the list', async () => {
    const today = api.clock.now().toISOString().slice(0, 10);
    const csv = [
      'Court,Go-live,Phase,Status,Wave,LEAs',
      `Fresno,${addDays(today, 60)},IMPLEMENT,IN_PROGRESS,2,Fresno County Sheriff's Office`,
      `Atlantis,${addDays(today, 80)},SCOPE,COMMITTED,2,`,
      `Kings,${addDays(today, 120)},SCOPE,COMMITTED,3,Kings County Sheriff's Office`,
    ].join('\n');
    const before = await courtsOnServer();
    expect(before).not.toContain('Superior Court of California, County of Fresno');

    await signIn(page, api.url, 'coordinator@ccpor.example');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import deployments' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('CSV file').setInputFiles({ name: 'wave-2.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByRole('heading', { name: 'Preview of wave-2.csv' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'will be imported' }).first().textContent()).toContain(
      '2 rows will be imported; 1 row has problems and will be skipped',
    );
    const badRow = page.getByRole('row').filter({ hasText: 'Atlantis' });
    expect(await badRow.textContent()).toContain('no court named "Atlantis"');
    expect(await badRow.textContent()).toContain('Skipped');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'csv-import-preview.png', { fullPage: true });
    // Nothing is written by the preview.
    expect(await courtsOnServer()).toEqual(before);

    await page.getByRole('button', { name: 'Import 2 deployments' }).click();
    await page.getByRole('heading', { name: 'Imported 2 deployments' }).waitFor();
    const after = await courtsOnServer();
    expect(after).toHaveLength(before.length + 2);
    expect(after).toEqual(expect.arrayContaining(['Superior Court of California, County of Fresno', 'Superior Court of California, County of Kings']));
    const fresno = await api.gql(graphql(`query CsvImportFresno { deployments(first: 100, filter: { county: ["Fresno"] }) { nodes { phase status wave tasks { phase status evidence } } } }`));
    const imported = fresno.data!.deployments.nodes[0];
    expect(imported).toMatchObject({ phase: 'IMPLEMENT', status: 'IN_PROGRESS', wave: 2 });
    expect(imported.tasks.filter((t: { evidence: string | null }) => t.evidence === 'imported')).toHaveLength(13);

    await page.getByRole('link', { name: 'Back to the deployments' }).click();
    const cards = page.getByRole('list', { name: 'Deployments' });
    await cards.getByRole('link', { name: 'Superior Court of California, County of Fresno' }).waitFor();
    await cards.getByRole('link', { name: 'Superior Court of California, County of Kings' }).waitFor();
  }, 120_000);

  it('shows my week and my notifications without serious accessibility problems', async () => {
    await page.getByRole('link', { name: 'My week' }).click();
    await page.getByRole('heading', { name: 'Dependencies waiting longest' }).waitFor();
    // The demo's Kern court passed its go-live without going live: its last tasks are overdue.
    const overdue = await page.getByRole('heading', { name: /^Overdue \(\d+\)$/ }).textContent();
    expect(Number(/\((\d+)\)/.exec(overdue!)![1])).toBeGreaterThan(0);
    expect(await page.getByText('Superior Court of California, County of Kern: Go-live', { exact: true }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'my-week.png', { fullPage: true });

    // Mine by default (docs/domain.md#named-owners): the coordinator's tasks are the CCPOR team's, DOJ's
    // and CCTC's, each assigned to them or unassigned; every task of their deployments on request, in the URL.
    const metas = () => page.locator('.week-tasks .task__meta').allTextContents();
    const mine = await metas();
    expect(mine.length).toBeGreaterThan(0);
    for (const meta of mine) expect(meta).toMatch(/ · (CCPOR team|CA DOJ|CCTC) · .* · (Assigned to you|Unassigned)$/);
    await page.getByLabel('Tasks', { exact: true }).selectOption({ label: 'Every task of my deployments' });
    await page.waitForURL(/[?&]tasks=all/);
    await expect.poll(async () => (await metas()).some((meta) => / · (Court|LEA) · /.test(meta))).toBe(true);
    await page.getByLabel('Tasks', { exact: true }).selectOption({ label: 'Mine: assigned to me, or unassigned of my party' });
    await expect.poll(async () => (await metas()).length).toBe(mine.length);

    await page.getByRole('link', { name: /^Notifications/ }).click();
    await page.getByRole('heading', { name: 'Calendar feed' }).waitFor();
    await page.getByRole('list', { name: 'Notifications' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const nav = page.getByRole('navigation', { name: 'Main' });
    // The demo's deployments have tasks that became overdue: unread until marked read.
    expect(await nav.locator('.nav-count').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Mark all as read' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('Everything shown is marked read.').waitFor();
    await expect.poll(() => nav.locator('.nav-count').count()).toBe(0);
    expect(await page.getByText('0 unread').count()).toBe(1);
    await screenshot(page, 'notifications.png', { fullPage: true });
    await page.getByRole('button', { name: 'Create a feed address' }).click();
    const address = await page.locator('.token-value').textContent();
    expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(address!.replace(/^https?:\/\/[^/]+/, api.url));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VEVENT');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);
});
