import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, openHeaderMenu, screenshot, signIn } from '../support/browser';
import { RAISE, recordResult, startRun } from '../support/cat';
import { graphql } from '../support/generated';

// A coordinator's CAT tools: triaging a defect raised on-site, and publishing a new version of the
// CAT plan from a draft. Runs against the built client.

describe.skipIf(!hasChromium())('defect triage and CAT plan publishing', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;
  let deploymentId = '';
  let defectId = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 768, height: 1024 } })).newPage();
    const list = await api.gql(graphql(`query DefectsCatPlansDeployments { deployments(first: 1, filter: { county: ["San Diego"] }) { nodes { id } } }`));
    deploymentId = list.data!.deployments.nodes[0].id;
    const run = await startRun(api, deploymentId, 'REHEARSAL');
    const failed = await recordResult(api, { runId: run.id, caseId: run.cases[0].testCase.id, status: 'FAILED', actualResult: 'The order was not saved.' });
    expect(failed.errors).toBeUndefined();
    const raised = await api.gql(RAISE, { i: {
      attemptIds: [failed.data!.recordTestResult.id], title: 'Orders are not saved', description: 'Saving a DV-110 loses it.', severity: 'CRITICAL', mutationId: randomUUID(),
    } });
    expect(raised.errors).toBeUndefined();
    defectId = raised.data!.raiseDefect.id;
    await signIn(page, api.url, 'coordinator@ccpor.example');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('triages a defect: filters, moves it to FIXED with the build, and the server has it', async () => {
    await page.goto(`${api.url}/deployments/${deploymentId}/defects`);
    const defects = page.getByRole('list', { name: 'Defects' });
    await defects.getByRole('heading', { name: 'Orders are not saved' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Severity').selectOption('MINOR');
    await page.getByText('No defect matches these filters.').waitFor();
    await page.getByLabel('Severity').selectOption('CRITICAL');
    await defects.getByRole('heading', { name: 'Orders are not saved' }).waitFor();

    const form = page.getByRole('form', { name: 'Triage Orders are not saved' });
    await form.getByLabel('Move to').selectOption('FIXED');
    await form.getByLabel('Fixed in build').fill('CCPOR 4.2.2');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Now Fixed.').waitFor();
    await screenshot(page, 'defect-triage.png', { fullPage: true });

    const res = await api.gql(graphql(`query DefectsCatPlansDefects($id: ID!) { deployment(id: $id) { defects { id status fixedInBuild } } }`), { id: deploymentId });
    expect(res.data!.deployment.defects.find((d: { id: string }) => d.id === defectId)).toMatchObject({ status: 'FIXED', fixedInBuild: 'CCPOR 4.2.2' });
  }, 60_000);

  it('edits a draft of the CAT plan and publishes it as version 2', async () => {
    await openHeaderMenu(page);
    await page.getByRole('link', { name: 'CAT plans' }).click();
    await page.getByRole('heading', { name: 'Published versions' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start a draft' }).click();
    await page.getByRole('heading', { name: 'Draft of the next version' }).waitFor();

    const cases = page.getByRole('list', { name: 'Cases' });
    const first = cases.getByRole('listitem').first();
    await first.locator('summary').click();
    await first.getByLabel('Title').fill('Court clerk signs in with the COURT role and a second factor');
    await first.getByLabel('Steps, one per line').fill('Open CCPOR.\nSign in with the clerk’s credentials and code.');
    await cases.getByRole('listitem').nth(1).locator('summary').click();
    await cases.getByRole('listitem').nth(1).getByRole('button', { name: 'Move up' }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Publish as a new version' }).click();
    // Publishing cannot be undone: it asks first, and "Not yet" publishes nothing (version 2 below, not 3).
    const ask = page.getByRole('group', { name: /^Publish “.+” as a new version\?$/ });
    await ask.getByRole('button', { name: 'Not yet' }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Publish as a new version' }).click();
    await ask.getByRole('button', { name: 'Yes, publish' }).click();
    await page.getByText('Published: new test runs use the new version.').waitFor();

    const plan = await api.gql(graphql(`query DefectsCatPlansTestPlan { testPlan { version cases { key title steps } } }`));
    const v2 = plan.data!.testPlan;
    expect(v2.version).toBe(2);
    expect(v2.cases[0].key).toBe('UA-02');
    expect(v2.cases[1]).toMatchObject({ key: 'UA-01', title: 'Court clerk signs in with the COURT role and a second factor', steps: ['Open CCPOR.', 'Sign in with the clerk’s credentials and code.'] });
    expect((await api.gql(graphql(`query DefectsCatPlansVersion1 { testPlan(version: 1) { cases { key } } }`))).data!.testPlan.cases[0].key).toBe('UA-01');
  }, 60_000);
});
