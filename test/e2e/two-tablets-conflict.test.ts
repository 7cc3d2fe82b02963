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

/**
 * A kind of versioned record the app edits: how a person on a deployment's page changes it, and how
 * the server's value of the changed field reads. Each kind gets the same walk: two tablets on the
 * same record, the second offline; the first saves, then the second; the second gets a conflict on
 * screen with both values, and the server keeps the first's until the second person settles it.
 */
interface EditedKind {
  name: string;
  /** The county of the demo deployment whose record it changes (a deployment per kind). */
  county: string;
  /** Makes the change on the deployment's page, as a person would. */
  edit(page: Page, value: string): Promise<void>;
  /** The two values: the first tablet's, then the second's. */
  values: [first: string, second: string];
  /** The changed field as the conflict page names it. */
  field: RegExp;
  /** The server's value of that field now. */
  serverValue(api: Awaited<ReturnType<typeof startApi>>, deploymentId: string): Promise<unknown>;
  /** The server's value after the first tablet's change, and as the conflict page says it. */
  server: [value: string, words: string];
  /** How the second person settles the conflict, and the server's value after. */
  settle: [button: string, value: string];
}

const DEPENDENCY_TITLE = 'CA DOJ CLETS/CARPOS registration';

const taskAction = (number: number) => async (page: Page, value: string) => {
  await page.getByRole('button', { name: `Actions for task ${number}`, exact: true }).click();
  await page.locator('.task-actions').getByRole('button', { name: value, exact: true }).click();
};
/** Waives the task with a reason (a planner's form), or takes another action on it. */
const taskActionOrWaive = (number: number) => async (page: Page, value: string) => {
  if (value !== 'Waive') return taskAction(number)(page, value);
  await page.getByRole('button', { name: `Actions for task ${number}`, exact: true }).click();
  await page.locator('.task-actions').getByRole('button', { name: 'Waive…', exact: true }).click();
  await page.getByLabel(`Why this deployment does not need task ${number}`).fill('The court files no such orders.');
  await page.locator('.task-actions').getByRole('button', { name: 'Waive task', exact: true }).click();
};
const taskStatus = (number: number) => async (api: Awaited<ReturnType<typeof startApi>>, deploymentId: string) => {
  const res = await (await api.as('ADMIN')).gql(graphql(`query TwoTabletsTasks($id: ID!) { deployment(id: $id) { tasks { number status } } }`), { id: deploymentId });
  return (res.data!.deployment.tasks as { number: number; status: string }[]).find((t) => t.number === number)!.status;
};

const KINDS: EditedKind[] = [
  {
    name: 'dependency',
    county: 'Placer',
    values: ['Waiting', 'In progress'],
    field: /Status/,
    async edit(page, value) {
      await page.getByRole('button', { name: new RegExp(`^Update ${DEPENDENCY_TITLE}`) }).click();
      const form = page.getByRole('form', { name: new RegExp(`^Update ${DEPENDENCY_TITLE}`) });
      await form.getByLabel('Status', { exact: true }).selectOption({ label: value });
      if (value === 'Waiting') await form.getByLabel('Waiting on').selectOption({ label: 'CA DOJ' });
      await form.getByRole('button', { name: 'Save dependency' }).click();
    },
    async serverValue(api, deploymentId) {
      const res = await (await api.as('ADMIN')).gql(graphql(`query TwoTabletsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }`), { id: deploymentId });
      return (res.data!.deployment.dependencies as { kind: string; status: string }[]).find((d) => d.kind === 'DOJ_CLETS_CARPOS')!.status;
    },
    server: ['WAITING', 'Waiting'],
    settle: ['Keep mine', 'IN_PROGRESS'],
  },
  // A stale action: the server cannot apply it from the conflict; "Apply mine" sends it again on the task as it is now.
  {
    name: 'task completion',
    county: 'Humboldt',
    values: ['Start', 'Complete'],
    field: /Status/,
    edit: taskAction(1),
    serverValue: taskStatus(1),
    server: ['IN_PROGRESS', 'In progress'],
    settle: ['Apply mine', 'DONE'],
  },
  {
    name: 'task start, dropped',
    county: 'Marin',
    values: ['Start', 'Start'],
    field: /Status/,
    edit: taskAction(11),
    serverValue: taskStatus(11),
    server: ['IN_PROGRESS', 'In progress'],
    settle: ['Drop mine', 'IN_PROGRESS'],
  },
  {
    name: 'task waive',
    county: 'Sacramento',
    values: ['Start', 'Waive'],
    field: /Status/,
    edit: taskActionOrWaive(5),
    serverValue: taskStatus(5),
    server: ['IN_PROGRESS', 'In progress'],
    settle: ['Apply mine', 'WAIVED'],
  },
  {
    name: 'task reopen',
    county: 'Alameda',
    values: ['Reopen', 'Reopen'],
    field: /Status/,
    edit: taskAction(12),
    serverValue: taskStatus(12),
    server: ['OPEN', 'Open'],
    settle: ['Drop mine', 'OPEN'],
  },
];

describe.skipIf(!hasChromium())('two tablets editing one record of each kind', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it.each(KINDS.map((kind) => [kind.name, kind] as const))('%s: the later tablet gets a conflict with both values, nothing overwritten', async (_name, kind) => {
    const tablets: Tablet[] = [];
    for (const email of ['admin@ccpor.example', 'coordinator@ccpor.example']) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await signIn(page, api.url, email);
      tablets.push({ context, page });
    }
    const [first, second] = tablets;
    // Each kind takes a deployment of its own, so the walks do not meet.
    const found = await (await api.as('ADMIN')).gql(graphql(`query TwoTabletsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }`), { c: [kind.county] });
    const deploymentId = found.data!.deployments.nodes[0].id as string;
    for (const tablet of tablets) {
      await tablet.page.goto(`${api.url}/deployments/${deploymentId}`);
      await expect.poll(() => tablet.page.getByRole('heading', { level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
    }
    await setNetwork(second.context, false);

    await kind.edit(first.page, kind.values[0]);
    await expect.poll(() => kind.serverValue(api, deploymentId), { timeout: 15_000 }).toBe(kind.server[0]);
    await kind.edit(second.page, kind.values[1]);
    await expect.poll(async () => ((await second.page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, s]) => s !== 'SENT').length).toBe(1);

    await setNetwork(second.context, true);
    await second.page.goto(`${api.url}/sync`);
    // The sync page's own button; the header's indicator offers one too.
    await second.page.getByRole('main').getByRole('button', { name: 'Sync now' }).click();
    await second.page.getByRole('link', { name: 'Compare and resolve' }).click({ timeout: 15_000 });
    const row = second.page.getByRole('row', { name: kind.field });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(kind.server[1]);
    expect(await row.textContent()).toContain('by Alex Admin');
    expect(await kind.serverValue(api, deploymentId)).toBe(kind.server[0]);

    await second.page.getByRole('button', { name: kind.settle[0], exact: true }).click();
    await expect.poll(() => kind.serverValue(api, deploymentId), { timeout: 15_000 }).toBe(kind.settle[1]);
    await expect.poll(async () => ((await second.page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, s]) => s !== 'SENT'), { timeout: 15_000 }).toEqual([]);
    for (const tablet of tablets) await tablet.context.close();
  }, 90_000);
});
