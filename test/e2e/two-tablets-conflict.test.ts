import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, TEST_PASSWORD } from '../support/api';
import { Role, User } from '../../server/modules/user/user.entity';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, signIn, setNetwork } from '../support/browser';
import { cachePersisted, OUTBOX_STATES } from '../support/outbox-page';
import { graphql } from '../support/generated';
import { formatDate } from '../../rules/dates';
import { randomUUID } from 'node:crypto';
import { readiness, readyDeployment } from '../support/cat';
import { versionOf } from '../support/fixtures';

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
  /** Makes the deployment the walk changes, through the API, when no demo deployment fits (e.g. one ready to go live). */
  create?(api: TestApi): Promise<string>;
  /** The page of the deployment both tablets open ('' for the deployment's own, '/defects', …). */
  path?: string;
  /** A page of its own both tablets open instead (an administrator's). */
  at?: string;
  /** Who signs in on the second tablet, when not the coordinator (email, password). */
  second?: [email: string, password: string];
  /** Makes the record the walk changes, through the API, when the demo data has none; may answer the page (as `path`). */
  setup?(api: Awaited<ReturnType<typeof startApi>>, deploymentId: string): Promise<string | void>;
  /**
   * What the second tablet does while still online before it goes offline, e.g. a preview that asks
   * the server; `edit` then finishes the change offline.
   */
  prepare?(page: Page, value: string): Promise<void>;
  /** Makes the change on the deployment's page, as a person would (`prepared` when `prepare` ran first). */
  edit(page: Page, value: string, prepared?: boolean): Promise<void>;
  /** The two values: the first tablet's, then the second's. */
  values: [first: string, second: string];
  /** The changed field as the conflict page names it. */
  field: RegExp;
  /** The server's value of that field now. */
  serverValue(api: Awaited<ReturnType<typeof startApi>>, deploymentId: string): Promise<unknown>;
  /** More of the conflict page to check, once the changed field's row shows both values. */
  check?(page: Page, api: TestApi, deploymentId: string): Promise<void>;
  /** The second tablet's value as the conflict page says it, when the test checks it. */
  mine?: string;
  /** The server's value after the first tablet's change, and as the conflict page says it. */
  server: [value: unknown, words: string];
  /** How the second person settles the conflict, and the server's value after. */
  settle: [button: string, value: unknown];
}

const DEPENDENCY_TITLE = 'CA DOJ CLETS/CARPOS registration';
type TestApi = Awaited<ReturnType<typeof startApi>>;

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

/** The deployment's fields the kinds below change, as the server holds them now. */
async function deploymentNow(api: TestApi, deploymentId: string) {
  const res = await (await api.as('ADMIN')).gql(graphql(`query TwoTabletsDeploymentNow($id: ID!) {
    deployment(id: $id) {
      status phase targetGoLive actualGoLive wave tasks { number dueDate } trainingSessions { trainer } accountRequests { status }
      defects { fixedInBuild } incidents { status } questionnaireResponses { answers }
    }
  }`), { id: deploymentId });
  return res.data!.deployment;
}
/** A date `days` from the server's today, as the date inputs take it. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const MOVE_TO = [daysFromToday(40), daysFromToday(41)] as const;
const RESCHEDULE_TO = [daysFromToday(120), daysFromToday(121)] as const;
/** A button of the deployment's own panel (its status and phase actions). */
const deploymentButton = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name: 'Deployment', exact: true }).getByRole('button', { name, exact: typeof name === 'string' });

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
  {
    name: 'task move',
    county: 'San Diego',
    values: [MOVE_TO[0], MOVE_TO[1]],
    field: /Due date/,
    async edit(page, value) {
      await page.getByRole('button', { name: 'Actions for task 19', exact: true }).click();
      await page.locator('.task-actions').getByRole('button', { name: 'Move…', exact: true }).click();
      await page.getByLabel('New due date for task 19').fill(value);
      await page.locator('.task-actions').getByRole('button', { name: 'Move task', exact: true }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).tasks.find((t: { number: number }) => t.number === 19)!.dueDate;
    },
    server: [MOVE_TO[0], formatDate(MOVE_TO[0])],
    settle: ['Apply mine', MOVE_TO[1]],
  },
  {
    name: 'training session',
    county: 'Marin',
    values: ['Robin Trainer', 'Sam Trainer'],
    field: /Trainer/,
    async setup(api, deploymentId) {
      const res = await (await api.as('ADMIN')).gql(graphql(`mutation TwoTabletsScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }`), {
        input: { deploymentId, scheduledOn: daysFromToday(30), trainer: 'Kim Trainer', mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS' },
      });
      expect(res.errors).toBeUndefined();
    },
    async edit(page, value) {
      await page.getByRole('region', { name: 'Training' }).getByRole('button', { name: 'Change…' }).click();
      const form = page.getByRole('form', { name: 'Change the session' });
      await form.getByLabel('Trainer').fill(value);
      await form.getByRole('button', { name: 'Save session' }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).trainingSessions[0].trainer;
    },
    server: ['Robin Trainer', 'Robin Trainer'],
    settle: ['Keep mine', 'Sam Trainer'],
  },
  {
    name: 'account request',
    county: 'Placer',
    values: ['Approve', 'Reject'],
    field: /Status/,
    async setup(api, deploymentId) {
      const admin = await api.as('ADMIN');
      const court = await admin.gql(graphql(`query TwoTabletsCourtOf($id: ID!) { deployment(id: $id) { court { id } } }`), { id: deploymentId });
      const res = await admin.gql(graphql(`mutation TwoTabletsRequestAccount($input: RequestAccountInput!) { requestAccount(input: $input) { id } }`), {
        input: { deploymentId, organizationId: court.data!.deployment.court.id, personName: 'Lee Clerk', email: 'lee.clerk@court.example', ccporRole: 'COURT', sealedOrders: false },
      });
      expect(res.errors).toBeUndefined();
    },
    async edit(page, value) {
      const requests = page.getByRole('region', { name: 'CCPOR account requests' });
      if (value === 'Approve') return requests.getByRole('button', { name: 'Approve', exact: true }).click();
      await requests.getByRole('button', { name: 'Reject…', exact: true }).click();
      await requests.getByLabel('Why the request is rejected').fill('The clerk has left the court.');
      await requests.getByRole('button', { name: 'Reject request', exact: true }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).accountRequests[0].status;
    },
    server: ['APPROVED', 'Approved'],
    settle: ['Take the server’s', 'APPROVED'],
  },
  {
    name: 'deployment status',
    county: 'Tulare',
    values: ['Resume as committed', 'Resume as in progress'],
    field: /Status/,
    edit: (page, value) => deploymentButton(page, value).click(),
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).status;
    },
    server: ['COMMITTED', 'Committed'],
    settle: ['Apply mine', 'IN_PROGRESS'],
  },
  {
    name: 'phase',
    county: 'Orange',
    values: ['Advance', 'Advance'],
    field: /Phase/,
    edit: (page) => deploymentButton(page, /^Advance to /).click(),
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).phase;
    },
    server: ['SCOPE', 'Scope'],
    settle: ['Drop mine', 'SCOPE'],
  },
  {
    name: 'reschedule',
    county: 'Shasta',
    values: [RESCHEDULE_TO[0], RESCHEDULE_TO[1]],
    field: /Target go live/,
    // The preview asks the server what would move: the second tablet looks before it goes offline.
    async prepare(page, value) {
      await page.getByLabel('New target go-live').fill(value);
      await page.getByRole('button', { name: 'Preview the move' }).click();
      await page.getByRole('button', { name: 'Save new go-live' }).waitFor({ timeout: 15_000 });
    },
    async edit(page, value, prepared) {
      if (!prepared) await this.prepare!(page, value);
      await page.getByRole('button', { name: 'Save new go-live' }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).targetGoLive;
    },
    server: [RESCHEDULE_TO[0], formatDate(RESCHEDULE_TO[0])],
    settle: ['Apply mine', RESCHEDULE_TO[1]],
  },
  // Going live is a stale action too: the first person put the deployment on hold meanwhile, so the second drops theirs.
  {
    name: 'go-live',
    county: 'Sonoma',
    values: ['Put on hold', 'Go live'],
    field: /Status/,
    async create(api) {
      const { d } = await readyDeployment(api, 'Sonoma');
      // The go-live action is Implement's phase gate: the deployment is brought there as a planner would.
      for (let step = 0; step < 2; step += 1) {
        const advanced = await api.gql(graphql(`mutation TwoTabletsAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }`), {
          i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() },
        });
        expect(advanced.errors).toBeUndefined();
      }
      expect((await readiness(api, d.id)).status).toBe('GO');
      return d.id;
    },
    async edit(page, value) {
      if (value !== 'Go live') return deploymentButton(page, value).click();
      await deploymentButton(page, 'Go live…').click();
      await deploymentButton(page, 'Yes, go live').click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).status;
    },
    mine: 'Live',
    server: ['ON_HOLD', 'On hold'],
    settle: ['Drop mine', 'ON_HOLD'],
  },
  {
    name: 'deployment edit',
    county: 'Los Angeles',
    path: '/edit',
    values: ['4', '5'],
    field: /Wave/,
    // The conflict page names the LEAs from the device's copy of the cache, which the reload to /sync
    // starts from: the copy is written a second after the form loaded them, and a fast walk went
    // offline and reloaded sooner.
    async prepare(page) {
      await cachePersisted(page, ['Organization.name']);
    },
    async edit(page, value) {
      await page.getByLabel('Wave (optional)').fill(value);
      await page.getByRole('button', { name: 'Save changes' }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).wave;
    },
    // The form sends the LEAs with the wave: both sides name them, not their ids.
    async check(page, api, deploymentId) {
      const res = await (await api.as('ADMIN')).gql(graphql(`query TwoTabletsLeas($id: ID!) { deployment(id: $id) { participatingLeas { name } } }`), { id: deploymentId });
      const [lea] = res.data!.deployment.participatingLeas as { name: string }[];
      const cells = page.getByRole('row', { name: /Participating LEAs/ }).getByRole('cell');
      expect(await cells.nth(0).textContent()).toContain(lea.name);
      expect(await cells.nth(1).textContent()).toContain(lea.name);
    },
    mine: '5',
    server: [4, '4'],
    settle: ['Keep mine', 5],
  },
  {
    name: 'defect',
    county: 'San Diego',
    path: '/defects',
    values: ['CCPOR 4.2.2', 'CCPOR 4.2.3'],
    field: /Fixed in build/,
    async edit(page, value) {
      const form = page.getByRole('form', { name: /^Triage / }).first();
      await form.getByLabel('Move to').selectOption('FIXED');
      await form.getByLabel('Fixed in build').fill(value);
      await form.getByRole('button', { name: 'Save' }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).defects[0].fixedInBuild;
    },
    server: ['CCPOR 4.2.2', 'CCPOR 4.2.2'],
    settle: ['Take the server’s', 'CCPOR 4.2.2'],
  },
  {
    name: 'incident',
    county: 'Santa Clara',
    path: '/incidents',
    values: ['Investigating', 'Resolved'],
    field: /Status/,
    async setup(api, deploymentId) {
      const res = await (await api.as('ADMIN')).gql(graphql(`mutation TwoTabletsReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`), {
        input: { deploymentId, severity: 'SEV3', description: 'Orders from the family court reach CARPOS late.', reportedBy: 'Court help desk' },
      });
      expect(res.errors).toBeUndefined();
    },
    async edit(page, value) {
      const form = page.getByRole('form', { name: /^Update the incident/ }).first();
      await form.getByLabel('Status').selectOption({ label: value });
      if (value === 'Resolved') await form.getByLabel('Resolution').fill('The gateway queue was drained.');
      await form.getByRole('button', { name: 'Save' }).click();
    },
    async serverValue(api, deploymentId) {
      return (await deploymentNow(api, deploymentId)).incidents[0].status;
    },
    server: ['INVESTIGATING', 'Investigating'],
    settle: ['Take the server’s', 'INVESTIGATING'],
  },
  {
    name: 'user',
    county: 'Kern',
    at: '/admin/users',
    second: ['second.admin@test.example', TEST_PASSWORD],
    values: ['Coordinator', 'Reporter'],
    field: /Role/,
    async setup(api) {
      if (!(await api.app.db.manager.findOneBy(User, { email: 'second.admin@test.example' }))) {
        await api.createUser(Role.ADMIN, { name: 'Sam Second Admin', email: 'second.admin@test.example' });
      }
    },
    async edit(page, value) {
      await page.getByRole('button', { name: 'Manage Frankie Field', exact: true }).click();
      const form = page.getByRole('form', { name: 'Role of Frankie Field' });
      await form.getByLabel('Role', { exact: true }).selectOption({ label: value });
      await form.getByRole('button', { name: 'Save role' }).click();
    },
    async serverValue(api) {
      return (await api.app.db.manager.findOneByOrFail(User, { email: 'field@ccpor.example' })).role;
    },
    server: ['COORDINATOR', 'Coordinator'],
    settle: ['Drop mine', 'COORDINATOR'],
  },
  {
    name: 'questionnaire response',
    county: 'Alameda',
    values: ['8:00 to 16:00', '9:00 to 15:00'],
    field: /Answers/,
    async setup(api, deploymentId) {
      const admin = await api.as('ADMIN');
      const published = await admin.gql(graphql(`mutation TwoTabletsPublishQuestionnaire($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id } }`), {
        i: { key: 'SITE_VISIT', title: 'Site visit questionnaire', questions: [{ key: 'counterHours', label: 'Front counter hours', type: 'TEXT', required: true }] },
      });
      expect(published.errors).toBeUndefined();
      const started = await admin.gql(graphql(`mutation TwoTabletsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id } }`), {
        i: { deploymentId, questionnaireKey: 'SITE_VISIT', filledOnSite: false, answers: {} },
      });
      expect(started.errors).toBeUndefined();
      return `/questionnaires/${started.data!.startResponse.id}`;
    },
    async edit(page, value) {
      await page.getByLabel('Front counter hours').fill(value);
      await page.getByRole('button', { name: 'Save draft now' }).click();
    },
    async serverValue(api, deploymentId) {
      return ((await deploymentNow(api, deploymentId)).questionnaireResponses[0]?.answers as { counterHours?: string } | null)?.counterHours;
    },
    // Each answer with its question's text, as the filler shows it.
    mine: 'Front counter hours: 9:00 to 15:00',
    server: ['8:00 to 16:00', 'Front counter hours: 8:00 to 16:00'],
    settle: ['Take the server’s', '8:00 to 16:00'],
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
    // Each kind takes a deployment of its own, so the walks do not meet.
    const found = kind.create ? null : await (await api.as('ADMIN')).gql(graphql(`query TwoTabletsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }`), { c: [kind.county] });
    const deploymentId = found ? found.data!.deployments.nodes[0].id as string : await kind.create!(api);
    const path = (await kind.setup?.(api, deploymentId)) ?? kind.path ?? '';
    const tablets: Tablet[] = [];
    for (const [email, password] of [['admin@ccpor.example', undefined], kind.second ?? ['coordinator@ccpor.example', undefined]]) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await signIn(page, api.url, email!, password);
      tablets.push({ context, page });
    }
    const [first, second] = tablets;
    for (const tablet of tablets) {
      await tablet.page.goto(`${api.url}${kind.at ?? `/deployments/${deploymentId}${path}`}`);
      await expect.poll(() => tablet.page.getByRole('heading', { level: 1 }).isVisible(), { timeout: 15_000 }).toBe(true);
    }
    await kind.prepare?.(second.page, kind.values[1]);
    await setNetwork(second.context, false);

    await kind.edit(first.page, kind.values[0]);
    await expect.poll(() => kind.serverValue(api, deploymentId), { timeout: 15_000 }).toBe(kind.server[0]);
    await kind.edit(second.page, kind.values[1], !!kind.prepare);
    await expect.poll(async () => ((await second.page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, s]) => s !== 'SENT').length).toBe(1);

    await setNetwork(second.context, true);
    await second.page.goto(`${api.url}/sync`);
    // The sync page's own button; the header's indicator offers one too.
    await second.page.getByRole('main').getByRole('button', { name: 'Sync now' }).click();
    await second.page.getByRole('link', { name: 'Compare and resolve' }).click({ timeout: 15_000 });
    // The row's cells: the field, then the second person's value, then the server's (once loaded: who made it).
    const row = second.page.getByRole('row', { name: kind.field });
    const [mine, theirs] = [row.getByRole('cell').nth(0), row.getByRole('cell').nth(1)];
    await expect.poll(() => theirs.textContent(), { timeout: 15_000 }).toContain('by Alex Admin');
    // The values in words may wait on more than the conflict (a response's questions).
    await expect.poll(() => theirs.textContent(), { timeout: 15_000 }).toContain(kind.server[1]);
    if (kind.mine) await expect.poll(() => mine.textContent(), { timeout: 15_000 }).toContain(kind.mine);
    await kind.check?.(second.page, api, deploymentId);
    // Values in words, never as the JSON the server keeps.
    expect(await row.textContent()).not.toMatch(/[{}[\]"]/);
    expect(await kind.serverValue(api, deploymentId)).toBe(kind.server[0]);

    await second.page.getByRole('button', { name: kind.settle[0], exact: true }).click();
    await expect.poll(() => kind.serverValue(api, deploymentId), { timeout: 15_000 }).toBe(kind.settle[1]);
    await expect.poll(async () => ((await second.page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, s]) => s !== 'SENT'), { timeout: 15_000 }).toEqual([]);
    for (const tablet of tablets) await tablet.context.close();
  }, 90_000);
});
