import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { Api, dataOf, startApi } from '../support/api';
import { graphql } from '../support/generated';
import { DEMO_PASSWORD, hasChromium, launchBrowser, signIn } from '../support/browser';

// docs/domain.md#training: field staff record a session held; changing its date, trainer or mode
// is the planners', and the app shows field staff no control for it. Runs against the built client.

const VISITED = graphql(`query TrainingControlsVisited { deployments(first: 1) { nodes { id } } }`);
const SCHEDULE = graphql(`mutation TrainingControlsSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`);

describe.skipIf(!hasChromium())('training session controls by role', () => {
  let api: Api;
  let browser: Browser;
  let deploymentId = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    // A deployment the demo field engineer visits, with a planned session.
    const { client: field } = await api.signIn('field@ccpor.example', DEMO_PASSWORD);
    deploymentId = dataOf(await field.gql(VISITED)).deployments.nodes[0].id;
    dataOf(await api.gql(SCHEDULE, { i: {
      deploymentId, scheduledOn: addDays(api.clock.now().toISOString().slice(0, 10), 14), mode: 'CLASSROOM', module: 'FULL_USE',
      audience: 'END_USERS', trainer: 'CCPOR trainer', mutationId: randomUUID(),
    } }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function trainingOf(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await signIn(page, api.url, email);
    await page.goto(`${api.url}/deployments/${deploymentId}`);
    await page.getByRole('heading', { name: 'Training', exact: true }).waitFor({ timeout: 15_000 });
    return page;
  }

  it('offers field staff “Record held…” but not “Change…”', async () => {
    const page = await trainingOf('field@ccpor.example');
    const training = page.locator('section[aria-labelledby="training-heading"]');
    await training.getByRole('button', { name: 'Record held…' }).waitFor({ timeout: 15_000 });
    expect(await training.getByRole('button', { name: 'Change…' }).count()).toBe(0);
  }, 60_000);

  it('offers a coordinator both', async () => {
    const page = await trainingOf('coordinator@ccpor.example');
    const training = page.locator('section[aria-labelledby="training-heading"]');
    await training.getByRole('button', { name: 'Change…' }).waitFor({ timeout: 15_000 });
    expect(await training.getByRole('button', { name: 'Record held…' }).count()).toBe(1);
  }, 60_000);
});
