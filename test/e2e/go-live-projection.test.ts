import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, startApi, TEST_PASSWORD } from '../support/api';
import { hasChromium, launchBrowser, signIn } from '../support/browser';
import { createDeployment, CreatedDeployment, versionOf, versionsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import { addDays } from '../../server/shared/dates';

// Issue 16's warning before a go-live slips, in Chromium: a deployment whose DOJ wait will not end
// before go-live shows "Go-live at risk" with the reason in words on its page and in the portfolio.
// CA DOJ's turnaround is known by construction: five waits from day 0, met on days 20, 30, 34, 40
// and 50 (median 34 days); the Shasta court waits on DOJ from day 41 with go-live on day 62, read on day 50.
const DAY0 = '2027-01-04';
const day = (n: number) => addDays(DAY0, n);
const KINDS = ['DOJ_CLETS_CARPOS', 'CCTC_CONNECTIVITY', 'INFRASTRUCTURE_ASSESSMENT', 'SCANNER_SETUP', 'RESOURCE_PLANNING'];

const UPDATE = graphql(`mutation ProjectionWalkUpdate($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }`);
const WITHDRAW = graphql(`mutation ProjectionWalkWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }`);

describe.skipIf(!hasChromium())('go-live at risk', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;
  let shasta: CreatedDeployment;

  const update = async (d: CreatedDeployment, kind: string, status: 'WAITING' | 'MET') => {
    const id = d.dependencies.find((x) => x.kind === kind)!.id;
    dataOf(await api.gql(UPDATE, { i: { dependencyId: id, status, waitingOn: status === 'WAITING' ? 'DOJ' : undefined, baseVersion: await versionOf(api, d.id, id), mutationId: randomUUID() } }));
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    const past = await createDeployment(api, 'Fresno', 120);
    for (const kind of KINDS) await update(past, kind, 'WAITING');
    for (const [n, kind] of [[20, KINDS[0]], [30, KINDS[1]], [34, KINDS[2]], [40, KINDS[3]], [50, KINDS[4]]] as const) {
      api.clock.setToday(day(n));
      await update(past, kind, 'MET');
    }
    dataOf(await api.gql(WITHDRAW, { i: { deploymentId: past.id, status: 'WITHDRAWN', baseVersion: (await versionsOf(api, past.id)).get(past.id)!, mutationId: randomUUID() } }));
    api.clock.setToday(day(41));
    shasta = await createDeployment(api, 'Shasta', 21);
    await update(shasta, 'DOJ_CLETS_CARPOS', 'WAITING');
    api.clock.setToday(day(50));
    const reporter = await api.createUser('REPORTER');
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await signIn(page, api.url, reporter.email, TEST_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the deployment page and the portfolio the go-live at risk, with the party, its median and its sample in words', async () => {
    await page.goto(`${api.url}/deployments/${shasta.id}`);
    const panel = page.getByRole('region', { name: 'Go-live at risk' });
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.textContent()).toContain('days after the target go-live');
    expect(await panel.getByRole('listitem').allTextContents()).toContain(
      'CA DOJ CLETS/CARPOS approval: waiting on CA DOJ for 9 days; CA DOJ’s median is 34 days over 5 past waits; 12 days left',
    );

    await page.goto(`${api.url}/portfolio`);
    const section = page.getByRole('region', { name: 'Go-lives at risk' });
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain('1 deployment is projected to be ready after their target go-live.');
    expect(await section.getByRole('link', { name: /County of Shasta/ }).count()).toBe(1);
  });
});
