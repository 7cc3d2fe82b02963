import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingSession } from '../../server/modules/training/training.entity';
import { Api, dataOf, startApi } from '../support/api';
import { graphql } from '../support/generated';
import { hasChromium, launchBrowser, signIn } from '../support/browser';

// Keyboard focus stays on the task after a task action (not the top of the page), and a training
// session held but never scheduled is entered afterwards on its past date (docs/domain.md#training).
// Runs against the built client, on the demo data.

const HUMBOLDT = graphql(`query TaskFocusHumboldt { deployments(first: 1, filter: { county: ["Humboldt"] }) { nodes { id } } }`);

describe.skipIf(!hasChromium())('a task action keeps focus; a held training is entered afterwards', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;
  let deploymentId = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    deploymentId = dataOf(await api.gql(HUMBOLDT)).deployments.nodes[0].id;
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await signIn(page, api.url, 'coordinator@ccpor.example');
    await page.goto(`${api.url}/deployments/${deploymentId}`);
    await page.getByRole('heading', { name: 'Training', exact: true }).waitFor({ timeout: 15_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('starting a task from the keyboard leaves focus on that task', async () => {
    await page.getByRole('button', { name: 'Actions for task 1', exact: true }).click();
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.focus();
    await page.keyboard.press('Enter');
    // Start is gone once the task is in progress; the focus moved to the task's next action.
    await page.getByRole('button', { name: 'Complete', exact: true }).first().waitFor({ timeout: 15_000 });
    await expect.poll(() => start.count(), { timeout: 15_000 }).toBe(0);
    const focusedTask = "document.activeElement?.closest('.task-actions')?.id ?? document.activeElement?.tagName";
    await expect.poll(() => page.evaluate(focusedTask), { timeout: 15_000 }).toBe(await page.locator('.task-actions').first().getAttribute('id'));
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Complete');
  }, 60_000);

  it('enters a session already held on a past date, with its attendees', async () => {
    const form = page.getByRole('form', { name: 'Schedule a training session' });
    await form.getByLabel('Already held (a past session that was never scheduled here)').check();
    const held = page.getByRole('form', { name: 'Enter a session already held' });
    const date = held.getByLabel('Date');
    expect(await date.getAttribute('max')).toBe('2027-01-04');
    await date.fill('2026-12-15');
    await held.getByLabel('Trainer').fill('Dana Trainer');
    await held.getByLabel('Attendees (one per line: name, role)').fill('Jordan Lee, Family law clerk');
    await held.getByRole('button', { name: 'Record held session' }).click();
    const sessions = page.locator('section[aria-labelledby="training-heading"]');
    await sessions.getByText('held', { exact: false }).locator('time[datetime="2026-12-15"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => api.app.db.manager.findOneBy(TrainingSession, { deploymentId }), { timeout: 15_000 })
      .toMatchObject({ status: 'HELD', heldOn: '2026-12-15', trainer: 'Dana Trainer', attendees: [{ name: 'Jordan Lee', role: 'Family law clerk' }] });
  }, 60_000);
});
