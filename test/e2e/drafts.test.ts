import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { hasChromium, setNetwork, signIn } from '../support/browser';
import { solidPng } from '../support/images';
import { allSent, cachePersisted, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';
import { closeTablet, openTablet } from '../support/tablet';

// Drafts (docs/sync.md#drafts): a form is a draft from the first keystroke, kept on the tablet per
// person, so closing the app mid-form, offline, loses nothing, photos included; it ends when sent
// or discarded on purpose.

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
});
