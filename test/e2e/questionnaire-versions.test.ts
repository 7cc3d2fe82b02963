import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startApi } from '../support/api';
import { hasChromium, launchBrowser, setNetwork, signIn } from '../support/browser';
import { allSent, cachePersisted, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';
import type { QuestionInput } from '../support/generated/graphql';
import { RESPONSE_STATUS_LABELS } from '../../rules/labels';

// A questionnaire keeps the version it was filled in (docs/domain.md#questionnaires): started and
// submitted offline before the administrator published a new version, it is recorded against the
// version on screen; once that version is retired, the server's refusal reopens the form editable on
// the latest version with the reason, never "waiting to sync" for good.
const PUBLISH = graphql(`mutation QuestionnaireVersionsPublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }`);
const RETIRE = graphql(`mutation QuestionnaireVersionsRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id } }`);
const RESPONSES = graphql(`query QuestionnaireVersionsResponses($id: ID!) {
  deployment(id: $id) { questionnaireResponses { questionnaireKey status answers questionnaire { version } } } }`);

const counter: QuestionInput = { key: 'counterHours', label: 'Front counter hours', type: 'TEXT', required: true };
const rooms: QuestionInput = { key: 'roomCount', label: 'Courtrooms on site', type: 'NUMBER', required: true, min: 0, max: 200 };

describe.skipIf(!hasChromium())('a questionnaire filled in offline keeps its version', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let deploymentId = '';
  let listUrl = '';
  const firstVersions: Record<string, string> = {};

  const publish = async (key: string, title: string, questions: QuestionInput[]) =>
    dataOf(await api.gql(PUBLISH, { i: { key, title, questions, mutationId: crypto.randomUUID() } })).publishQuestionnaire;
  const responseOf = async (key: string) =>
    dataOf(await api.gql(RESPONSES, { id: deploymentId })).deployment.questionnaireResponses.find((r) => r.questionnaireKey === key);

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    firstVersions.SITE_VISIT = (await publish('SITE_VISIT', 'Site visit questionnaire', [counter])).id;
    firstVersions.SITE_HANDOVER = (await publish('SITE_HANDOVER', 'Site handover questionnaire', [counter])).id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** Offline: starts the questionnaire, answers the counter hours and submits; it waits on the device. */
  async function fillOffline(title: string, hours: string) {
    await page.getByRole('button', { name: `Start ${title}` }).click();
    await page.waitForURL(/\/questionnaires\/[^/]+$/);
    await page.getByLabel('Front counter hours').fill(hours);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => page.getByText('Submitted on this device; it will be sent when the connection allows.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Submitted on this device, waiting to sync').isVisible()).toBe(true);
  }

  it('records a response started offline against the version it was filled in, though a new one was published meanwhile', async () => {
    await signIn(page, api.url, 'field@ccpor.example');
    await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
    await page.waitForURL(/\/deployments\/[^/]+$/);
    deploymentId = new URL(page.url()).pathname.split('/').pop()!;
    listUrl = `${page.url()}/questionnaires`;
    // The visit's screens and records go onto the device; the service worker controls the next load.
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(SW_READY)).toBe(true);
    await page.goto(listUrl);
    expect(await page.evaluate(SW_CONTROLS)).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Start Site visit questionnaire' }).isVisible(), { timeout: 15_000 }).toBe(true);
    // The list puts each questionnaire's questions into the cache, for a form started offline.
    await cachePersisted(page, ['questionnaire({"key":"SITE_VISIT"})', 'questionnaire({"key":"SITE_HANDOVER"})']);

    await setNetwork(context, false);
    await fillOffline('Site visit questionnaire', '8 to 4');
    await publish('SITE_VISIT', 'Site visit questionnaire', [counter, rooms]);

    await setNetwork(context, true);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await allSent(page);
    expect(await responseOf('SITE_VISIT')).toEqual({
      questionnaireKey: 'SITE_VISIT', status: 'SUBMITTED', answers: { counterHours: '8 to 4' }, questionnaire: { version: 1 },
    });
    await expect.poll(() => page.locator('.badge').first().textContent(), { timeout: 15_000 }).toBe(RESPONSE_STATUS_LABELS.SUBMITTED);
    expect(await page.getByText('version 1', { exact: false }).first().textContent()).toContain('version 1');
  }, 90_000);

  it('reopens a submission refused on the latest version editable, with the reason, once its own version was retired', async () => {
    await page.goto(listUrl);
    await expect.poll(() => page.getByRole('button', { name: 'Start Site handover questionnaire' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await setNetwork(context, false);
    await fillOffline('Site handover questionnaire', '9 to 5');
    await publish('SITE_HANDOVER', 'Site handover questionnaire', [counter, rooms]);
    dataOf(await api.gql(RETIRE, { i: { questionnaireId: firstVersions.SITE_HANDOVER, mutationId: crypto.randomUUID() } }));

    await setNetwork(context, true);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The server did not accept what was sent from this device' });
    await expect.poll(() => refusal.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await refusal.textContent()).toContain('room count: is required');
    // The form names the question the latest version added, by its label.
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Before submitting' }).textContent()).toContain('Courtrooms on site is required');
    // Editable on version 2, the answers kept: the new question is there to answer.
    await expect.poll(() => page.getByLabel('Courtrooms on site').isEditable(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByLabel('Front counter hours').inputValue()).toBe('9 to 5');
    expect(await page.getByText('Submitted on this device, waiting to sync').count()).toBe(0);

    await page.getByLabel('Courtrooms on site').fill('4');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => page.getByText('Submitted. The CCPOR team will review it.').isVisible(), { timeout: 15_000 }).toBe(true);
    await allSent(page);
    expect(await responseOf('SITE_HANDOVER')).toEqual({
      questionnaireKey: 'SITE_HANDOVER', status: 'SUBMITTED', answers: { counterHours: '9 to 5', roomCount: 4 }, questionnaire: { version: 2 },
    });
    expect(await refusal.count()).toBe(0);
  }, 90_000);
});
