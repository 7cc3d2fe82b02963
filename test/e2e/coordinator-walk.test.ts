import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deployment } from '../../server/modules/deployment/deployment.entity';
import { Task } from '../../server/modules/task/task.entity';
import { addDays } from '../../server/shared/dates';
import { startApi } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';
import { wordDocument } from '../support/files';
import { graphql } from '../support/generated';

// Issue 7's coordinator walk: create a deployment in the browser, refuse a task action on the
// task, move a task by hand, reschedule go-live through its preview, save, undo, and find the
// original schedule in the database; record a meeting (a refused file first) and a document. Runs
// against the built client (`npm run build:client`).

describe.skipIf(!hasChromium())('coordinator: create, reschedule with preview, undo', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let page: Page;
  let courtId = '';
  let courtName = '';
  let deploymentId = '';
  const today = '2027-01-04'; // the test clock's California date
  const goLive = addDays(today, 100);

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    // A court the demo data has not deployed yet.
    const res = await api.gql(graphql(`query CoordinatorWalkDeployments { deployments(first: 100) { nodes { court { id } } } organizations(first: 100, filter: { kind: COURT }) { nodes { id name } } }`));
    const taken = new Set(res.data!.deployments.nodes.map((d) => d.court.id));
    const court = res.data!.organizations.nodes.find((o) => !taken.has(o.id))!;
    courtId = court.id;
    courtName = court.name;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** Go-live and each task's due date and pin, read from the database itself. */
  async function scheduleInDatabase() {
    const db = api.app.db.manager;
    const deployment = await db.findOneByOrFail(Deployment, { id: deploymentId });
    const tasks = await db.find(Task, { where: { deploymentId }, order: { number: 'ASC' } });
    return { targetGoLive: deployment.targetGoLive, tasks: Object.fromEntries(tasks.map((t) => [t.number, `${t.dueDate}${t.pinned ? ' pinned' : ''}`])) };
  }

  it('creates a deployment with its LEA and staff', async () => {
    await signIn(page, api.url, 'coordinator@ccpor.example');
    await page.getByRole('link', { name: 'New deployment' }).click();
    await page.waitForURL('**/deployments/new');
    await page.getByRole('option', { name: courtName }).waitFor({ state: 'attached' });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Court', { exact: true }).selectOption(courtId);
    await page.getByLabel('Target go-live').fill(goLive);
    await page.getByLabel('Wave (optional)').fill('7');
    await page.getByRole('group', { name: 'Field staff' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Create deployment' }).click();
    await page.waitForURL(/\/deployments\/[0-9a-f-]{36}$/);
    deploymentId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: courtName }).waitFor();

    const res = await api.gql(graphql(`query CoordinatorWalkDeployment($id: ID!) { deployment(id: $id) { wave targetGoLive participatingLeas { name } coordinator { displayName } fieldStaff { displayName } } }`), { id: deploymentId });
    const created = res.data!.deployment;
    expect(created).toMatchObject({ wave: 7, targetGoLive: goLive });
    expect(created.participatingLeas.length).toBeGreaterThan(0);
    expect(created.coordinator).not.toBeNull();
    expect(created.fieldStaff).toHaveLength(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a refused task action on the task, and moves a task by hand', async () => {
    await page.getByRole('button', { name: 'Actions for task 3', exact: true }).click();
    await page.getByRole('button', { name: 'Complete', exact: true }).click();
    const refusal = page.locator('.task-actions [role="alert"]');
    await expect.poll(() => refusal.textContent(), { timeout: 15_000 }).toContain('waits on #1');
    expect((await scheduleInDatabase()).tasks[3]).toBe(addDays(goLive, -88));

    await page.getByRole('button', { name: 'Hide actions for task 3', exact: true }).click();
    await page.getByRole('button', { name: 'Actions for task 2', exact: true }).click();
    await page.getByRole('button', { name: 'Move…' }).click();
    await page.getByLabel('New due date for task 2').fill(addDays(goLive, -60));
    await page.getByRole('button', { name: 'Move task' }).click();
    await page.getByText('Pinned: moved by hand').waitFor({ timeout: 15_000 });
    expect((await scheduleInDatabase()).tasks[2]).toBe(`${addDays(goLive, -60)} pinned`);
  });

  it('reschedules go-live through the preview, saves, and undoes to the original schedule', async () => {
    const original = await scheduleInDatabase();
    const earlier = addDays(goLive, -25); // 75 days out: Planning becomes too short

    await page.getByLabel('New target go-live').fill(earlier);
    await page.getByRole('button', { name: 'Preview the move' }).click();
    const preview = page.locator('.reschedule-preview');
    await preview.getByRole('heading', { level: 3 }).waitFor({ timeout: 15_000 });
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('Move 24 open tasks');
    // Old → new dates of a moved task, e.g. task 1 (due −90 days).
    const row = preview.getByRole('row', { name: /#1 / });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(`${addDays(goLive, -90)}T00:00:00Z`)),
      new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(`${addDays(earlier, -90)}T00:00:00Z`)),
    ]);
    const pastDue = await preview.locator('.reschedule-preview__past-due li').allTextContents();
    expect(pastDue.map((line) => line.split(' ')[0])).toEqual(['#1', '#3', '#4', '#5', '#6']);
    expect(text).toMatch(/Phase windows too short\s*Planning/);
    expect(text).toMatch(/Pinned tasks that stay\s*#2 /);
    expect(await scheduleInDatabase()).toEqual(original); // a preview writes nothing
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save new go-live' }).click();
    await page.getByRole('button', { name: 'Undo this move' }).waitFor({ timeout: 15_000 });
    const moved = await scheduleInDatabase();
    expect(moved.targetGoLive).toBe(earlier);
    expect(moved.tasks[1]).toBe(addDays(earlier, -90));
    expect(moved.tasks[2]).toBe(original.tasks[2]);

    await page.getByRole('button', { name: 'Undo this move' }).click();
    await page.getByText(/was undone by/).waitFor({ timeout: 15_000 });
    expect(await scheduleInDatabase()).toEqual(original);

    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'coordinator-deployment.png');
  });

  it('records a meeting with its file and a document, each form emptied once written', async () => {
    const meeting = page.getByRole('form', { name: 'Record a meeting' });
    await meeting.getByLabel('Title').fill('Kick-off with the clerk');
    await meeting.getByLabel('Attendees (separated by commas)').fill('Ana Clerk, Sam Sheriff');
    // A file the server refuses: its reason under the field, and no meeting written.
    await meeting.getByLabel('Attachments').setInputFiles({ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the kick-off.') });
    await meeting.getByRole('button', { name: 'Record meeting' }).click();
    await expect.poll(() => meeting.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('is not a photo');
    expect(await meeting.getByLabel('Title').inputValue()).toBe('Kick-off with the clerk');
    await meeting.getByLabel('Attachments').setInputFiles({ name: 'minutes.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: wordDocument('Minutes of the kick-off.') });
    await meeting.getByRole('button', { name: 'Record meeting' }).click();
    const records = page.getByRole('region', { name: 'Meetings and documents' });
    const meetingItem = records.getByRole('listitem').filter({ hasText: 'Kick-off with the clerk' });
    await meetingItem.waitFor({ timeout: 15_000 });
    expect(await meetingItem.textContent()).toContain('Attendees: Ana Clerk, Sam Sheriff');
    expect(await meetingItem.getByRole('link', { name: 'minutes.docx' }).getAttribute('download')).toBe('minutes.docx');
    await expect.poll(() => meeting.getByLabel('Title').inputValue()).toBe('');
    expect(await meeting.getByLabel('Attendees (separated by commas)').inputValue()).toBe('');

    const document = page.getByRole('form', { name: 'Record a document' });
    await document.getByLabel('Title').fill('DOJ CLETS approval letter');
    await document.getByLabel('Reference (e.g. DOJ form number)').fill('HDC-0001');
    await document.getByRole('button', { name: 'Record document' }).click();
    const documentItem = records.getByRole('listitem').filter({ hasText: 'DOJ CLETS approval letter' });
    await documentItem.waitFor({ timeout: 15_000 });
    expect(await documentItem.textContent()).toContain('Ref. HDC-0001');
    await expect.poll(() => document.getByLabel('Reference (e.g. DOJ form number)').inputValue()).toBe('');
  });

  it('puts the deployment on hold, and withdraws it only once confirmed', async () => {
    const status = async () => (await api.app.db.manager.findOneByOrFail(Deployment, { id: deploymentId })).status;
    await page.getByRole('button', { name: 'Put on hold' }).click();
    await page.getByRole('button', { name: 'Resume as interested' }).waitFor({ timeout: 15_000 });
    expect(await status()).toBe('ON_HOLD');

    await page.getByRole('button', { name: 'Withdraw…' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(await status()).toBe('ON_HOLD');
    await page.getByRole('button', { name: 'Withdraw…' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByRole('definition').filter({ hasText: 'Withdrawn' }).waitFor({ timeout: 15_000 });
    expect(await status()).toBe('WITHDRAWN');
  });
});
