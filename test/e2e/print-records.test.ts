import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';
import { courtPerson, liveDeployment, passAll, planCases, RAISE, readiness, readRun, recordResult, signAll, startRun } from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import * as labels from '../../rules/labels';

// Records people print (issue 7): the CAT record and the readiness record of a run prepared through
// the API show its attempts and sign-offs, hide the app around them on paper, and render to PDF in
// Chromium. Runs against the built client (`npm run build:client`).


/** Pages of a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** The text of each sheet of a PDF, as poppler's pdftotext reads it (.ci/run installs poppler-utils). */
function sheets(pdf: Buffer): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'print-')), 'record.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** What the browser's own print makes of the page: its print CSS alone, no test-only header template. */
async function printToSheets(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // Column headings and fact names are words set in capitals by the style sheet ("Defect" reads DEFECT).
  const styledCapitals = await page.locator('thead th, .facts dt').allInnerTexts();
  await page.emulateMedia({ media: 'screen' });
  return { printed: sheets(pdf), styledCapitals };
}

// Enum values that are no label's own word (NOT_STARTED, FAILED, WAITING; not LEA, CCTC or SEV2):
// none may reach paper except in what people wrote (a test plan's case titles).
const labelRecords = (Object.values(labels) as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
const capitals = (text: string): string[] => text.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? [];
const labelWords = new Set(labelRecords.flatMap((r) => Object.values(r)).flatMap((w) => (typeof w === 'string' ? capitals(w) : [])));
const rawCodes = new Set(labelRecords.flatMap((r) => Object.keys(r)).filter((code) => /^[A-Z][A-Z0-9_]{2,}$/.test(code) && !labelWords.has(code)));
const rawCodesIn = (text: string, written: string[]) =>
  [...new Set(capitals(text))].filter((w) => rawCodes.has(w) && !written.some((t) => capitals(t).includes(w)));

/** Checks every sheet of a printed record: its page number, the running header, and no raw code. */
function expectFiledSheets({ printed, styledCapitals }: Awaited<ReturnType<typeof printToSheets>>, courtName: string, title: string, written: string[] = []) {
  written = [...written, ...styledCapitals];
  expect(printed.length).toBeGreaterThan(0);
  printed.forEach((sheet, index) => {
    expect(sheet).toContain(`Page ${index + 1} of ${printed.length}`);
    expect(sheet).toContain(`${courtName} · ${title}`);
    expect(sheet).toMatch(/Printed \w{3} \d{1,2}, \d{4}/);
    expect(rawCodesIn(sheet, written), sheet).toEqual([]);
  });
}

const REPORT_INCIDENT = graphql(`mutation PrintReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }`);
const RESOLVE_INCIDENT = graphql(`mutation PrintResolveIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status } }`);
const CLOSE_OUT = graphql(`mutation PrintCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status } }`);
const COURT_OF = graphql(`query PrintCourtOf($id: ID!) { deployment(id: $id) { court { name } participatingLeas { name } } }`);

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

  it('prints sheets a court files: numbered, headed, one table header a sheet, signature lines, no codes', async () => {
    const { court, participatingLeas } = (await api.gql(COURT_OF, { id: deploymentId })).data!.deployment;
    await page.goto(`${api.url}/deployments/${deploymentId}/print/cat`);
    await page.getByTestId('print-run').waitFor({ timeout: 15_000 });
    const print = await printToSheets(page);
    const cat = print.printed;
    expect(cat.length).toBeGreaterThan(1);
    expectFiledSheets(print, court.name, 'Court Acceptance Testing record', (await planCases(api)).map((c) => c.title));
    // The cases' table repeats its header at the top of a sheet it continues on, never once per case.
    const headers = cat.map((sheet) => sheet.match(/Actual result and notes/gi)?.length ?? 0);
    expect(headers.every((n) => n <= 1)).toBe(true);
    expect(headers.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const last = cat.at(-1)!;
    for (const signer of [court.name, ...participatingLeas.map((l) => l.name), 'CCPOR team']) expect(last).toContain(`For ${signer}`);
    expect(last).toMatch(/Signature/);
    expect(last).toMatch(/Date/);
  });

  it('prints the readiness record of a live deployment with its incidents and close-out', async () => {
    const live = await liveDeployment(api, 'Merced');
    const incident = (await api.gql(REPORT_INCIDENT, { i: {
      deploymentId: live.id, severity: 'SEV2', description: 'Orders from the evening calendar arrived a day late', reportedBy: 'Sgt. Casey Moore, Sheriff', mutationId: randomUUID(),
    } })).data!.reportIncident;
    expect((await api.gql(RESOLVE_INCIDENT, { i: {
      incidentId: incident.id, status: 'RESOLVED', resolution: 'Nightly transfer moved to 6 pm', baseVersion: incident.version, mutationId: randomUUID(),
    } })).errors).toBeUndefined();
    const closed = await (await courtPerson(api, live.id)).gql(CLOSE_OUT, { i: {
      deploymentId: live.id, approvedBy: 'Jordan Lee', approverRole: 'Court Executive Officer', statement: 'CCPOR is in daily use.',
      baseVersion: await versionOf(api, live.id, live.id), mutationId: randomUUID(),
    } });
    expect(closed.data!.approveCloseOut.status).toBe('CLOSED');
    const { court } = (await api.gql(COURT_OF, { id: live.id })).data!.deployment;

    await page.goto(`${api.url}/deployments/${live.id}/print/readiness`);
    await page.getByTestId('incident-row').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('close-out').textContent()).toContain('Jordan Lee, Court Executive Officer');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const print = await printToSheets(page);
    const printed = print.printed;
    expectFiledSheets(print, court.name, 'Go-live readiness record');
    const all = printed.join('\n').replace(/\s+/g, ' ');
    // pdftotext reads a table's cells line by line across the row: a cell's words come in pieces.
    expect(all).toContain('Incidents after go-live');
    expect(all).toMatch(/SEV2 – major.*Orders from the.*Resolved.*Nightly transfer/);
    expect(all).toMatch(/approved the close-out on .*Jordan Lee, Court Executive Officer/);
    expect(all).toContain(`For ${court.name}`);
    expect(all).toContain('For CCPOR team');
  });
});
