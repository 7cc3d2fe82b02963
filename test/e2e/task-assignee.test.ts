import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { dataOf, startApi, type Api } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { DEMO_PASSWORD, hasChromium, launchBrowser, signIn } from '../support/browser';
import { graphql } from '../support/generated';

// Named owners on screen (docs/domain.md#named-owners): a coordinator assigns a CCPOR-team task to
// the field engineer on the deployment's timeline, and the task is then on the engineer's My work.

const MINE = graphql(`query AssigneeWalkMine($dueTo: LocalDate!) {
  tasksDue(first: 40, filter: { dueTo: $dueTo, mine: true }) { nodes { id number title party kind deploymentId version } }
}`);
const ASSIGN = graphql(`mutation AssigneeWalkAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version } }`);
const ME = graphql(`query AssigneeWalkMe { me { id displayName } }`);

describe.skipIf(!hasChromium())('task assignee: assigned on the timeline, on the assignee’s My work', () => {
  let api: Api;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('a coordinator assigns the task to the field engineer by name; it comes back on the engineer’s My work', async () => {
    const { client: field } = await api.signIn('field@ccpor.example', DEMO_PASSWORD);
    const { client: coordinator } = await api.signIn('coordinator@ccpor.example', DEMO_PASSWORD);
    const fieldName = dataOf(await field.gql(ME)).me!.displayName;
    // The engineer's first team task on My work, handed to the coordinator first: it leaves the engineer's list.
    const dueTo = addDays('2027-01-04', 21);
    const task = dataOf(await field.gql(MINE, { dueTo })).tasksDue.nodes.find((t) => t.party === 'CCPOR_TEAM' && t.kind !== 'MILESTONE')!;
    const coordinatorId = dataOf(await coordinator.gql(ME)).me!.id;
    dataOf(await coordinator.gql(ASSIGN, { i: { taskId: task.id, assigneeId: coordinatorId, baseVersion: task.version, mutationId: randomUUID() } }));
    expect(dataOf(await field.gql(MINE, { dueTo })).tasksDue.nodes.map((t) => t.id)).not.toContain(task.id);

    const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await signIn(page, api.url, 'coordinator@ccpor.example');
    await page.goto(`${api.url}/deployments/${task.deploymentId}`);
    const item = page.getByRole('listitem').filter({ has: page.getByLabel(`Task ${task.number}`, { exact: true }) });
    await item.getByText(/Assigned to /).waitFor({ timeout: 15_000 });
    await item.getByRole('button', { name: `Actions for task ${task.number}` }).click();
    await item.getByRole('button', { name: 'Assign…' }).click();
    const select = item.getByLabel(`Who does task ${task.number}`);
    await select.getByRole('option', { name: fieldName }).waitFor({ state: 'attached' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await select.selectOption({ label: fieldName });
    await item.getByRole('button', { name: 'Assign task' }).click();
    await item.getByText(`Assigned to ${fieldName}`).waitFor();

    const theirs = await (await browser.newContext({ viewport: { width: 768, height: 1024 } })).newPage();
    await signIn(theirs, api.url, 'field@ccpor.example');
    await theirs.waitForURL(`${api.url}/my-work`);
    // The task of that deployment (others may have the same title), theirs now: not an unassigned task of the team.
    const row = theirs.getByRole('listitem').filter({ has: theirs.locator(`a[href="/deployments/${task.deploymentId}"]`, { hasText: task.title }) });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).not.toContain('Unassigned');
  }, 90_000);
});
