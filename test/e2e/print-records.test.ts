import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';
import { passAll, RAISE, readiness, readRun, recordResult, signAll, startRun } from '../support/cat';
import { createDeployment, organizationsOf } from '../support/fixtures';

// Records people print (issue 7): the CAT record and the readiness record of a run prepared through
// the API show its attempts and sign-offs, hide the app around them on paper, and render to PDF in
// Chromium. Runs against the built client (`npm run build:client`).


/** Pages of a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

describe.skipIf(!hasChromium())('printable CAT and readiness records', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;
  let deploymentId = '';
  let firstCaseKey = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();

    const { courtId, sheriffId } = await organizationsOf(api, 'Mono');
    const deployment = await createDeployment(api, 'Mono', 40);
    deploymentId = deployment.id;
    const run = await startRun(api, deployment.id);
    const first = run.cases.find((c) => c.status === 'UNTESTED')!;
    firstCaseKey = first.testCase.key;
    // A failure, a minor defect on it, then a passing re-test: three attempts' worth of history.
    const failed = await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'FAILED', actualResult: 'Order saved without the image', id: randomUUID() });
    expect(failed.errors).toBeUndefined();
    const defect = await api.gql(RAISE, { i: {
      title: 'Image missing after save', description: 'The scanned order image is not attached', severity: 'MINOR',
      attemptIds: [failed.data!.recordTestResult.id], mutationId: randomUUID(),
    } });
    expect(defect.errors).toBeUndefined();
    expect((await recordResult(api, { runId: run.id, caseId: first.testCase.id, status: 'RETEST', notes: 'Fix deployed', id: randomUUID() })).errors).toBeUndefined();
    await passAll(api, await readRun(api, run.id));
    await signAll(api, run.id, courtId, [sheriffId]);

    await page.goto(api.url);
    await signIn(page, api.url, 'admin@ccpor.example');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('prints the CAT record with every attempt and sign-off', async () => {
    const run = await readRun(api, (await readiness(api, deploymentId)).acceptanceRun!.id);
    await page.goto(`${api.url}/deployments/${deploymentId}/print/cat`);
    await page.getByTestId('print-run').waitFor({ timeout: 15_000 });

    const attemptsShown = await page.getByTestId('print-attempt').count();
    const attemptsOnServer = run.cases.reduce((n: number, c: { attempts: unknown[] }) => n + c.attempts.length, 0);
    expect(attemptsShown).toBe(attemptsOnServer);
    const history = page.locator(`[data-case-key="${firstCaseKey}"]`).getByTestId('print-attempt');
    expect(await history.allTextContents()).toEqual([
      expect.stringMatching(/^1Failed.*Order saved without the image/),
      expect.stringMatching(/^2Retest.*Fix deployed/),
      expect.stringMatching(/^3Passed/),
    ]);
    expect(await page.getByRole('table', { name: 'Defects' }).textContent()).toContain('Image missing after save');
    const signatures = await page.getByTestId('sign-off-row').allTextContents();
    expect(signatures).toHaveLength(3);
    expect(signatures.join(' ')).toMatch(/Jordan Lee.*Sgt\. Casey Moore.*Robin Ortiz/s);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // On paper, the app's header and the buttons are gone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(30_000);
    // Every case with its attempts does not fit on one sheet.
    expect(pdfPages(pdf)).toBeGreaterThan(1);
  });

  it('prints the readiness record with its blockers and who signed when', async () => {
    const expected = await readiness(api, deploymentId);
    expect(expected.status).toBe('NO_GO');
    await page.goto(`${api.url}/deployments/${deploymentId}/print/readiness`);
    await page.getByTestId('readiness-verdict').waitFor({ timeout: 15_000 });

    expect(await page.getByTestId('readiness-verdict').textContent()).toBe('NO-GO');
    expect(await page.getByTestId('blocker-row').count()).toBe(expected.blockers.length);
    const blockers = (await page.getByRole('table', { name: 'Blockers' }).textContent()) ?? '';
    for (const b of expected.blockers) expect(blockers).toContain(b.what);
    const signatures = await page.getByTestId('sign-off-row').allTextContents();
    expect(signatures).toHaveLength(3);
    expect(signatures.every((s) => /Current/.test(s))).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'readiness-record.png', { fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  });
});
