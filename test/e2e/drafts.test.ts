import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, setNetwork, signIn } from '../support/browser';
import { solidPng } from '../support/images';
import { passAll, startRun } from '../support/cat';
import { allSent, cachePersisted, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';
import { closeTablet, openTablet } from '../support/tablet';

// Drafts (docs/sync.md#drafts): a form is a draft from the first keystroke, kept on the tablet per
// person, so closing the app mid-form, offline, loses nothing, photos included; it ends when sent
// or discarded on purpose.

/** The keys of the device's small-value store, where drafts are kept (`draft:<person>:<form>`). */
const DEVICE_KEYS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const read = open.result.transaction('kv').objectStore('kv').getAllKeys();
    read.onsuccess = () => { open.result.close(); resolve(read.result); };
    read.onerror = () => reject(read.error);
  };
})`;

/** How many photos the device keeps with the drafts of a form (`draft-photos:<person>:<form>`). */
const draftPhotosOf = (form: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const store = open.result.transaction('kv').objectStore('kv');
    const keys = store.getAllKeys();
    keys.onsuccess = () => {
      const key = keys.result.find((k) => String(k).startsWith('draft-photos:') && String(k).includes(${JSON.stringify(form)}));
      if (key === undefined) { open.result.close(); resolve(0); return; }
      const read = store.get(key);
      read.onsuccess = () => { open.result.close(); resolve(read.result.length); };
      read.onerror = () => reject(read.error);
    };
    keys.onerror = () => reject(keys.error);
  };
})`;

describe.skipIf(!hasChromium())('drafts of the field forms', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let runUrl = '';
  let assessmentUrl = '';
  let assessmentId = '';

  beforeAll(async () => {
    ({ api, browser, context, page } = await openTablet());
  }, 120_000);
  afterAll(() => closeTablet(api, browser));

  /** Closes the page (the app's memory goes with it) and opens the address in a new one. */
  async function reopen(url: string) {
    await page.close();
    page = await context.newPage();
    await page.goto(url);
  }

  it('keeps a half-typed workstation with its photo and a CAT finding when the app is closed offline', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    const deploymentUrl = page.url();
    await page.goto(`${deploymentUrl}/cat`);
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/cat\?run=/);
    runUrl = page.url();
    await page.goto(deploymentUrl);
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(`${deploymentUrl}/scanners`);
    await expect.poll(() => page.getByRole('button', { name: 'Start assessment' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await cachePersisted(page, ['scannerRequirements', 'Deployment.scannerAssessments']);

    await setNetwork(context, false);
    await page.reload();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.waitForURL(/\?assessment=/);
    assessmentUrl = page.url();
    assessmentId = new URL(assessmentUrl).searchParams.get('assessment')!;
    await page.getByLabel('Workstation', { exact: true }).fill('Clerk window 2');
    await page.getByLabel('Scanner make').fill('Fujitsu');
    await page.getByLabel('Scanner model').fill('fi-7160');
    await page.getByLabel('Optical resolution (dpi)').fill('300');
    await page.setInputFiles('#ws-photo', { name: 'window.png', mimeType: 'image/png', buffer: solidPng(1200, 900, [40, 120, 200]) });
    await expect.poll(() => page.getByRole('list', { name: 'Photos taken' }).getByRole('img').count(), { timeout: 15_000 }).toBe(1);
    // The photo shows as soon as it is taken, and is kept with the draft a moment later: leaving the
    // page sooner (on a busy machine) would take the photo out of the draft, not what this is about.
    await expect.poll(() => page.evaluate(draftPhotosOf('workstation:')), { timeout: 15_000 }).toBe(1);

    await page.goto(runUrl);
    await page.getByLabel('Actual result (required on fail)').fill('The order reached CARPOS without the firearm flag.');
    await page.getByLabel('Notes (required when blocked)').fill('Clerk used the old template.');

    // The app is closed mid-form and opened again, still offline.
    await reopen(runUrl);
    await expect.poll(() => page.getByLabel('Actual result (required on fail)').inputValue(), { timeout: 15_000 }).toBe('The order reached CARPOS without the firearm flag.');
    expect(await page.getByLabel('Notes (required when blocked)').inputValue()).toBe('Clerk used the old template.');
    expect(await page.getByText('Your finding from earlier, kept on this device.').isVisible()).toBe(true);

    await reopen(assessmentUrl);
    await expect.poll(() => page.getByLabel('Workstation', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('Clerk window 2');
    expect(await page.getByLabel('Scanner make').inputValue()).toBe('Fujitsu');
    expect(await page.getByLabel('Scanner model').inputValue()).toBe('fi-7160');
    expect(await page.getByLabel('Optical resolution (dpi)').inputValue()).toBe('300');
    await expect.poll(() => page.getByRole('list', { name: 'Photos taken' }).getByRole('img').count()).toBe(1);
    // The preview is the photo itself, read back from the device.
    await expect.poll(() => page.getByRole('img', { name: 'Photo 1' }).evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBeGreaterThan(0);
  }, 120_000);

  it('sends the restored workstation with its photo, after which the draft is gone', async () => {
    await page.getByRole('button', { name: 'Record workstation' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Workstations' }).textContent()).toContain('Clerk window 2');
    expect(await page.getByLabel('Workstation', { exact: true }).inputValue()).toBe('');
    await setNetwork(context, true);
    await allSent(page);
    const assessment = await (await api.as('ADMIN')).gql(graphql(`query DraftsWorkstations($a: ID!) { scannerAssessment(id: $a) { workstations { label opticalResolutionDpi photoShas } } }`), { a: assessmentId });
    expect(assessment.data!.scannerAssessment.workstations).toEqual([{ label: 'Clerk window 2', opticalResolutionDpi: 300, photoShas: [expect.stringMatching(/^[0-9a-f]{64}$/)] }]);

    await reopen(assessmentUrl);
    await expect.poll(() => page.getByRole('button', { name: 'Record workstation' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByLabel('Workstation', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('list', { name: 'Photos taken' }).count()).toBe(0);
  }, 60_000);

  // Incidents are reported on a live deployment, by a planner here (the field staff's deployments are not live yet).
  it('keeps a half-typed incident report when the page is closed, until it is reported', async () => {
    const found = await (await api.as('ADMIN')).gql(graphql(`query DraftsLiveDeployment { deployments(first: 1, filter: { county: ["Santa Clara"] }) { nodes { id } } }`));
    const deploymentId = found.data!.deployments.nodes[0].id;
    const incidentsUrl = `${api.url}/deployments/${deploymentId}/incidents`;
    const coordinator = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    let tab = await coordinator.newPage();
    await signIn(tab, api.url, 'coordinator@ccpor.example');
    await tab.goto(incidentsUrl);
    const report = (on: Page) => on.getByRole('region', { name: 'Report an incident' });
    await expect.poll(() => report(tab).isVisible(), { timeout: 15_000 }).toBe(true);
    await report(tab).getByLabel('Severity').selectOption('SEV2');
    await report(tab).getByLabel('What happened').fill('Orders from the family court reach CARPOS a day late.');
    await report(tab).getByLabel('Reported by').fill('Court help desk');

    await tab.close();
    tab = await coordinator.newPage();
    await tab.goto(incidentsUrl);
    await expect.poll(() => report(tab).getByLabel('What happened').inputValue(), { timeout: 15_000 }).toBe('Orders from the family court reach CARPOS a day late.');
    expect(await report(tab).getByLabel('Severity').inputValue()).toBe('SEV2');
    expect(await report(tab).getByLabel('Reported by').inputValue()).toBe('Court help desk');
    expect(await report(tab).getByText('Your draft from earlier, kept on this device.').isVisible()).toBe(true);

    // Reported, the draft ends: the form opens empty, also after closing the page.
    await report(tab).getByRole('button', { name: 'Report the incident' }).click();
    await expect.poll(() => report(tab).getByLabel('What happened').inputValue()).toBe('');
    await allSent(tab);
    const sent = await (await api.as('ADMIN')).gql(graphql(`query DraftsIncidents($id: ID!) { deployment(id: $id) { incidents { severity description reportedBy } } }`), { id: deploymentId });
    expect(sent.data!.deployment.incidents).toContainEqual({ severity: 'SEV2', description: 'Orders from the family court reach CARPOS a day late.', reportedBy: 'Court help desk' });
    await tab.close();
    tab = await coordinator.newPage();
    await tab.goto(incidentsUrl);
    await expect.poll(() => report(tab).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await report(tab).getByLabel('What happened').inputValue()).toBe('');
    await coordinator.close();
  }, 90_000);

  it('ends a draft only when the person discards it', async () => {
    await page.goto(runUrl);
    await expect.poll(() => page.getByLabel('Actual result (required on fail)').inputValue(), { timeout: 15_000 }).not.toBe('');
    await page.getByRole('button', { name: 'Discard finding' }).click();
    expect(await page.getByLabel('Actual result (required on fail)').inputValue()).toBe('');
    await reopen(runUrl);
    await expect.poll(() => page.getByRole('button', { name: 'Pass', exact: true }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByLabel('Actual result (required on fail)').inputValue()).toBe('');
    expect(await page.getByLabel('Notes (required when blocked)').inputValue()).toBe('');
  }, 60_000);
  /** Drafts kept on the device whose form key contains `form`. */
  const draftsOn = async (tab: Page, form: string) => ((await tab.evaluate(DEVICE_KEYS)) as string[]).filter((key) => key.startsWith('draft:') && key.includes(form));
  const deploymentOf = async (county: string) =>
    (await (await api.as('ADMIN')).gql(graphql(`query DraftsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }`), { c: [county] })).data!.deployments.nodes[0].id;

  // Triage is a planner's work, online (the planners' deployments are not made available offline here).
  it('keeps a half-typed defect triage when the page is closed, until it is saved', async () => {
    const deploymentId = await deploymentOf('San Diego');
    const defectsUrl = `${api.url}/deployments/${deploymentId}/defects`;
    const planner = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    let tab = await planner.newPage();
    await signIn(tab, api.url, 'coordinator@ccpor.example');
    await tab.goto(defectsUrl);
    const triage = (on: Page) => on.getByRole('form', { name: 'Triage Scanned order image missing after save' });
    await expect.poll(() => triage(tab).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await triage(tab).getByLabel('Move to').inputValue()).toBe('FIXED');
    await triage(tab).getByLabel('Fixed in build').fill('CCPOR 4.2.2');
    await triage(tab).getByLabel('Note (optional)').fill('The vendor patched the image save; retest on the court’s scanner.');
    await expect.poll(() => draftsOn(tab, 'defect:')).toHaveLength(1);

    await tab.close();
    tab = await planner.newPage();
    await tab.goto(defectsUrl);
    await expect.poll(() => triage(tab).getByLabel('Note (optional)').inputValue(), { timeout: 15_000 }).toBe('The vendor patched the image save; retest on the court’s scanner.');
    expect(await triage(tab).getByLabel('Fixed in build').inputValue()).toBe('CCPOR 4.2.2');
    expect(await triage(tab).getByText('Your triage from earlier, kept on this device.').isVisible()).toBe(true);

    // Saved, the draft ends: the defect is fixed on the server and its form opens empty, also after closing the page.
    await triage(tab).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => triage(tab).getByRole('status').textContent(), { timeout: 15_000 }).toBe('Now Fixed.');
    const sent = await (await api.as('ADMIN')).gql(graphql(`query DraftsDefects($id: ID!) { deployment(id: $id) { defects { title status fixedInBuild note } } }`), { id: deploymentId });
    expect(sent.data!.deployment.defects).toContainEqual({
      title: 'Scanned order image missing after save', status: 'FIXED', fixedInBuild: 'CCPOR 4.2.2', note: 'The vendor patched the image save; retest on the court’s scanner.',
    });
    expect(await draftsOn(tab, 'defect:')).toEqual([]);
    await tab.close();
    tab = await planner.newPage();
    await tab.goto(defectsUrl);
    await expect.poll(() => triage(tab).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await triage(tab).getByLabel('Note (optional)').inputValue()).toBe('');
    expect(await triage(tab).getByText(/kept on this device/).count()).toBe(0);
    await planner.close();
  }, 90_000);

  // The CCPOR team signs online; a coordinator hands the tablet to an administrator in between, who signs for the same team.
  it('keeps half-typed sign-off comments when the page is closed, only for the person who typed them, until signed', async () => {
    const deploymentId = await deploymentOf('Shasta');
    const run = await startRun(api, deploymentId);
    await passAll(api, run);
    const signOffUrl = `${api.url}/deployments/${deploymentId}/sign-off?run=${run.id}`;
    const planner = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    let tab = await planner.newPage();
    await signIn(tab, api.url, 'coordinator@ccpor.example');
    await tab.goto(signOffUrl);
    const form = (on: Page) => on.getByRole('region', { name: 'Sign for CCPOR team' });
    await expect.poll(() => form(tab).isVisible(), { timeout: 15_000 }).toBe(true);
    const statement = 'Reviewed with the court: every case passed on the test environment; we accept the run for the CCPOR team.';
    await form(tab).getByLabel('Your role').fill('Deployment coordinator');
    await form(tab).getByLabel('Statement').fill(statement);
    await expect.poll(() => draftsOn(tab, `sign-off:${run.id}`)).toHaveLength(1);

    await tab.close();
    tab = await planner.newPage();
    await tab.goto(signOffUrl);
    await expect.poll(() => form(tab).getByLabel('Statement').inputValue(), { timeout: 15_000 }).toBe(statement);
    expect(await form(tab).getByLabel('Your role').inputValue()).toBe('Deployment coordinator');
    expect(await form(tab).getByText('Your draft from earlier, kept on this device.').isVisible()).toBe(true);

    // Handed to another person who signs for the same team: the form is theirs, without the coordinator's draft.
    await tab.getByRole('button', { name: 'Sign out and hand the tablet back' }).click();
    await tab.waitForURL(/\/sign-in\?next=/);
    await signIn(tab, api.url, 'admin@ccpor.example');
    await expect.poll(() => form(tab).getByLabel('Your name').inputValue(), { timeout: 15_000 }).toBe('Alex Admin');
    expect(await form(tab).getByLabel('Your role').inputValue()).toBe('');
    expect(await form(tab).getByLabel('Statement').inputValue()).not.toBe(statement);
    expect(await form(tab).getByText(/kept on this device/).count()).toBe(0);

    // Back to the coordinator: the draft is there again, is signed, and ends.
    await tab.getByRole('button', { name: 'Sign out and hand the tablet back' }).click();
    await tab.waitForURL(/\/sign-in\?next=/);
    await signIn(tab, api.url, 'coordinator@ccpor.example');
    await expect.poll(() => form(tab).getByLabel('Statement').inputValue(), { timeout: 15_000 }).toBe(statement);
    expect(await form(tab).getByText('Your draft from earlier, kept on this device.').isVisible()).toBe(true);
    await form(tab).getByRole('button', { name: 'Sign off for CCPOR team' }).click();
    await tab.getByText('Signed for CCPOR team.').waitFor({ timeout: 15_000 });
    const signed = await (await api.as('ADMIN')).gql(graphql(`query DraftsSignOffs($id: ID!) { testRun(id: $id) { signOffs { party signerName signerRole statement status } } }`), { id: run.id });
    expect(signed.data!.testRun.signOffs).toEqual([{ party: 'CCPOR_TEAM', signerName: 'Casey Coordinator', signerRole: 'Deployment coordinator', statement, status: 'CURRENT' }]);
    expect(await draftsOn(tab, `sign-off:${run.id}`)).toEqual([]);
    await tab.close();
    tab = await planner.newPage();
    await tab.goto(signOffUrl);
    await expect.poll(() => tab.getByRole('listitem').filter({ hasText: 'by Casey Coordinator (Deployment coordinator)' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await form(tab).count()).toBe(0);
    await planner.close();
  }, 120_000);

  it('keeps a questionnaire answered half-way offline when the page is closed, until it is submitted', async () => {
    const deploymentId = await deploymentOf('Los Angeles');
    const partner = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    let tab = await partner.newPage();
    await signIn(tab, api.url, 'partner.la@ccpor.example');
    await tab.goto(`${api.url}/deployments/${deploymentId}/questionnaires`);
    await tab.getByRole('button', { name: 'Start Training questionnaire' }).click();
    await tab.waitForURL(/\/questionnaires\/[0-9a-f-]{36}$/);
    const fillerUrl = tab.url();
    const responseId = new URL(fillerUrl).pathname.split('/').at(-1)!;
    const users = (on: Page) => on.getByLabel('How many end users need training?');
    await users(tab).waitFor({ timeout: 15_000 });
    expect(await tab.evaluate(SW_READY)).toBe(true);
    await tab.goto(fillerUrl);
    expect(await tab.evaluate(SW_CONTROLS)).toBe(true);
    await users(tab).waitFor({ timeout: 15_000 });
    await cachePersisted(tab, [`questionnaireResponse({"id":"${responseId}"})`]);

    await setNetwork(partner, false);
    await users(tab).fill('35');
    await tab.getByRole('group', { name: 'Does the court have a training room?' }).getByLabel('Yes').check();
    await tab.getByLabel('Workstations in the room').fill('10');
    await expect.poll(() => draftsOn(tab, `response:${responseId}`)).toHaveLength(1);

    // Closed mid-form and opened again, still offline.
    await tab.close();
    tab = await partner.newPage();
    await tab.goto(fillerUrl);
    await expect.poll(() => users(tab).inputValue(), { timeout: 15_000 }).toBe('35');
    expect(await tab.getByLabel('Workstations in the room').inputValue()).toBe('10');
    expect(await tab.getByText('Your answers from earlier, kept on this device.').isVisible()).toBe(true);

    // Finished and submitted once online: the draft ends.
    await setNetwork(partner, true);
    await tab.getByRole('button', { name: 'Add an item to “Preferred training dates”' }).click();
    await tab.getByLabel('Date').fill('2027-04-06');
    await tab.getByRole('group', { name: 'Preferred training dates: item 1' }).getByLabel('Morning').check();
    await tab.getByRole('group', { name: 'Preferred mode' }).getByLabel('Classroom').check();
    await tab.getByRole('group', { name: /train-the-trainer/ }).getByLabel('No').check();
    await tab.getByRole('group', { name: 'Does the room have a projector?' }).getByLabel('Yes').check();
    await tab.getByRole('group', { name: /reach CCPOR on the network/ }).getByLabel('Yes').check();
    await tab.getByRole('button', { name: 'Submit for review' }).click();
    await tab.getByText('Submitted. The CCPOR team will review it.').waitFor({ timeout: 15_000 });
    await allSent(tab);
    const sent = await (await api.as('ADMIN')).gql(graphql(`query DraftsResponse($id: ID!) { questionnaireResponse(id: $id) { status answers } }`), { id: responseId });
    expect(sent.data!.questionnaireResponse).toMatchObject({ status: 'SUBMITTED', answers: { endUserCount: 35, trainingRoom: true, roomWorkstations: 10, preferredMode: 'CLASSROOM', preferredDates: [{ date: '2027-04-06', timeOfDay: 'MORNING' }] } });
    expect(await draftsOn(tab, `response:${responseId}`)).toEqual([]);
    await tab.close();
    tab = await partner.newPage();
    await tab.goto(fillerUrl);
    await expect.poll(() => users(tab).inputValue(), { timeout: 15_000 }).toBe('35');
    expect(await tab.getByText(/from earlier, kept on this device/).count()).toBe(0);
    await partner.close();
  }, 120_000);
});
