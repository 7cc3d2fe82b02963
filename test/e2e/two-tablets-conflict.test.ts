import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, signIn, setNetwork } from '../support/browser';
import { OUTBOX_STATES } from '../support/outbox-page';
import { graphql } from '../support/generated';

// Two tablets change the same scanner assessment with no network (docs/sync.md#versions-and-conflicts): the
// second to sync gets a visible conflict, nothing is overwritten, the person compares both values
// with who made each and when, keeps theirs, and both values stay on the server's record.
const MINE = 'Profile set by court IT; feeder cleaned.';
const THEIRS = 'Feeder jams on thin paper.';

interface Tablet {
  context: BrowserContext;
  page: Page;
}

describe.skipIf(!hasChromium())('two tablets editing one scanner assessment offline', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let first: Tablet;
  let second: Tablet;
  let assessmentUrl = '';
  let assessmentId = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    const open = async (): Promise<Tablet> => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      return { context, page: await context.newPage() };
    };
    [first, second] = await Promise.all([open(), open()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const notSent = async (tablet: Tablet) =>
    ((await tablet.page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, state]) => state !== 'SENT');

  async function editNotes(tablet: Tablet, notes: string) {
    await tablet.page.getByLabel('Notes', { exact: true }).fill(notes);
    await tablet.page.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => notSent(tablet)).toEqual([['UpdateScannerAssessment', 'PENDING']]);
  }

  it('shows a conflict on the second tablet to sync, losing neither value', async () => {
    await signIn(first.page, api.url, 'field@ccpor.example');
    await first.page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await first.page.waitForURL(/\/deployments\/[^/]+$/);
    await first.page.goto(`${first.page.url()}/scanners`);
    await first.page.getByRole('button', { name: 'Start assessment' }).click();
    await first.page.waitForURL(/\?assessment=/);
    assessmentUrl = first.page.url();
    assessmentId = new URL(assessmentUrl).searchParams.get('assessment')!;
    await expect.poll(() => notSent(first), { timeout: 15_000 }).toEqual([]);

    await signIn(second.page, api.url, 'coordinator@ccpor.example');
    for (const tablet of [first, second]) {
      await tablet.page.goto(assessmentUrl);
      await expect.poll(() => tablet.page.getByRole('heading', { name: 'Notes on the location' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => tablet.page.getByText(/version 1\)/).isVisible(), { timeout: 15_000 }).toBe(true);
      await setNetwork(tablet.context, false);
    }
    await editNotes(first, THEIRS);
    await editNotes(second, MINE);

    await setNetwork(first.context, true);
    await first.page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => notSent(first), { timeout: 15_000 }).toEqual([]);
    await setNetwork(second.context, true);
    await second.page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => notSent(second), { timeout: 15_000 }).toEqual([['UpdateScannerAssessment', 'CONFLICTED']]);
    await expect.poll(() => second.page.getByTestId('sync-indicator').textContent()).toContain('1 need attention');
    await expect.poll(() => second.page.getByRole('alert').filter({ hasText: 'conflict' }).isVisible()).toBe(true);

    const admin = await api.as('ADMIN');
    const res = await admin.gql(graphql(`query TwoTabletsConflictScannerAssessment($id: ID!) { scannerAssessment(id: $id) { notes version } }`), { id: assessmentId });
    expect(res.data!.scannerAssessment).toEqual({ notes: THEIRS, version: 2 });
  }, 120_000);

  it('compares both values with who and when, and keeps mine through the outbox; both stay on record', async () => {
    const { page } = second;
    await page.getByRole('link', { name: 'Compare and resolve' }).click();
    await page.waitForURL(/\/sync\/conflicts\//);
    const row = page.getByRole('row', { name: /Notes/ });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(THEIRS);
    expect(await row.textContent()).toContain(MINE);
    expect(await row.textContent()).toContain('by Frankie Field');
    expect(await row.textContent()).toContain('by Casey Coordinator');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => page.getByText(/^Resolved\./).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => notSent(second), { timeout: 15_000 }).toEqual([]);

    const admin = await api.as('ADMIN');
    const res = await admin.gql(graphql(`query TwoTabletsConflictResolved($id: ID!) {
      scannerAssessment(id: $id) { notes version }
      conflicts(first: 10, filter: { entityId: $id }) { nodes { status resolution attempted server createdBy serverUpdatedBy resolvedBy } }
    }`), { id: assessmentId });
    expect(res.data!.scannerAssessment).toEqual({ notes: MINE, version: 3 });
    expect(res.data!.conflicts.nodes).toEqual([
      {
        status: 'RESOLVED', resolution: 'KEEP_MINE', attempted: { notes: MINE }, server: { notes: THEIRS },
        createdBy: 'Casey Coordinator', serverUpdatedBy: 'Frankie Field', resolvedBy: 'Casey Coordinator',
      },
    ]);
  }, 60_000);
});
