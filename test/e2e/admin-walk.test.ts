import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LifecycleTemplate, TemplateTask } from '../../server/modules/lifecycle-template/lifecycle-template.entity';
import { Organization } from '../../server/modules/organization/organization.entity';
import { ScannerRequirementSet } from '../../server/modules/scanner/scanner.entity';
import { ApiToken, Role, SignInCounter, User } from '../../server/modules/user/user.entity';
import { Api, errorCode, startApi, TEST_PASSWORD } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, openHeaderMenu, screenshot, signIn } from '../support/browser';
import { graphql } from '../support/generated';

// An administrator's walk (issue 7, "Done means"): creating a user and unlocking a locked one in
// the app, with the database checked behind it, and every administration screen free of serious
// or critical axe findings. Runs against the built client (`npm run build:client`).

describe.skipIf(!hasChromium())('administrator: users, tokens, templates, scanner requirements, audit log', () => {
  let api: Api;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const locked = 'locked.clerk@test.example';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    await api.createUser(Role.REPORTER, { email: locked, name: 'Locked Clerk' });
    // Five failed sign-ins lock the address (docs/security.md#sign-in).
    for (let i = 0; i < 5; i += 1) expect(errorCode((await api.signIn(locked, 'not the password at all')).res)).toBe('UNAUTHENTICATED');
    expect(errorCode((await api.signIn(locked)).res)).toBe('ACCOUNT_LOCKED');
    // A token of someone else, for the overview.
    const reporter = await api.as('REPORTER');
    expect((await reporter.gql(graphql(`mutation AdminWalkCreateApiToken { createApiToken(input: { name: "Power BI wave report" }) { token } }`))).errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the administration links to an administrator', async () => {
    await page.goto(api.url);
    await signIn(page, api.url, 'admin@ccpor.example');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Users', 'API tokens', 'Templates', 'Scanner requirements', 'Mailbox', 'Audit log']) {
      await expect.poll(() => nav.getByRole('link', { name }).count()).toBe(1);
    }
  });

  it('creates a partner user, who gets a one-time password link', async () => {
    await nav('Users', '/admin/users');
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Create a user' });
    await form.getByLabel('Name').fill('Morgan Fresno');
    await form.getByLabel('E-mail address').fill('Morgan.Fresno@fresno.courts.ca.gov');
    await form.getByLabel('Role').selectOption('PARTNER_USER');
    const fresno = await api.app.db.manager.findOneByOrFail(Organization, { name: 'Superior Court of California, County of Fresno' });
    await form.getByLabel('Court or agency').selectOption(fresno.id);
    await form.getByRole('button', { name: 'Create user' }).click();

    const link = page.getByTestId('password-link');
    await link.waitFor({ timeout: 15_000 });
    expect(await link.textContent()).toMatch(/\/reset-password\?token=[\w-]{20,}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-users.png', { fullPage: true });

    const user = await api.app.db.manager.findOneByOrFail(User, { email: 'morgan.fresno@fresno.courts.ca.gov' });
    expect(user).toMatchObject({ displayName: 'Morgan Fresno', role: 'PARTNER_USER', organizationId: fresno.id, active: true });
    // The person opens the link on their own device, chooses a password, and signs in with it.
    const theirs = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const theirPage = await theirs.newPage();
    await theirPage.goto((await link.textContent())!);
    await theirPage.getByLabel('New password').fill(TEST_PASSWORD);
    await theirPage.getByLabel('The same password again').fill(TEST_PASSWORD);
    expect(await seriousAxeViolations(theirPage)).toEqual([]);
    await theirPage.getByRole('button', { name: 'Set password' }).click();
    await theirPage.getByRole('status').filter({ hasText: 'Your password is set.' }).waitFor({ timeout: 15_000 });
    await signIn(theirPage, api.url, user.email, TEST_PASSWORD);
    // A partner lands on their organization's home.
    expect(new URL(theirPage.url()).pathname).toBe('/my-work');
    await theirs.close();
    // The link again, now used: the page says so where the person is (no lost session, no trip to sign-in).
    const again = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const againPage = await again.newPage();
    await againPage.goto((await link.textContent())!);
    await againPage.getByLabel('New password').fill(TEST_PASSWORD);
    await againPage.getByLabel('The same password again').fill(TEST_PASSWORD);
    await againPage.getByRole('button', { name: 'Set password' }).click();
    await againPage.getByRole('alert').filter({ hasText: /^This password link was already used, on .*: sign in with the password chosen then/ }).waitFor({ timeout: 15_000 });
    expect(new URL(againPage.url()).pathname).toBe('/reset-password');
    await again.close();
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    await page.getByLabel('Name or e-mail contains').fill('locked.clerk');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText(/Locked until/).first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Manage Locked Clerk' }).click();
    const panel = page.getByRole('region', { name: 'Manage Locked Clerk' });
    await panel.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Unlock account' }).click();
    await panel.getByRole('status').filter({ hasText: 'may sign in again now' }).waitFor({ timeout: 15_000 });

    expect(await api.app.db.manager.findOneBy(SignInCounter, { key: `fail:${locked}` })).toBeNull();
    expect((await api.signIn(locked)).client.user).not.toBeNull();
    // The list shows it too once the write is acknowledged.
    await expect.poll(() => page.getByText(/Locked until/).count(), { timeout: 15_000 }).toBe(0);
  });

  it('changes a role, deactivates and reactivates an account', async () => {
    const panel = page.getByRole('region', { name: 'Manage Locked Clerk' });
    await panel.getByLabel('Role', { exact: true }).selectOption('COORDINATOR');
    await panel.getByRole('button', { name: 'Save role' }).click();
    await panel.getByRole('status').filter({ hasText: 'is now Coordinator' }).waitFor({ timeout: 15_000 });
    expect((await api.app.db.manager.findOneByOrFail(User, { email: locked })).role).toBe('COORDINATOR');

    // Asked first, saying what will happen; nothing changes before the yes.
    await panel.getByRole('button', { name: 'Deactivate…' }).click();
    const ask = panel.getByRole('group', { name: 'Deactivate Locked Clerk?' });
    expect(await ask.textContent()).toContain('signed out everywhere at once and can no longer sign in');
    expect((await api.app.db.manager.findOneByOrFail(User, { email: locked })).active).toBe(true);
    await ask.getByRole('button', { name: 'Yes, deactivate' }).click();
    await panel.getByRole('status').filter({ hasText: 'is deactivated' }).waitFor({ timeout: 15_000 });
    expect((await api.app.db.manager.findOneByOrFail(User, { email: locked })).active).toBe(false);
    expect((await api.signIn(locked)).client.user).toBeNull();

    await panel.getByRole('button', { name: 'Reactivate' }).click();
    await panel.getByRole('status').filter({ hasText: 'may sign in again.' }).waitFor({ timeout: 15_000 });
    expect((await api.app.db.manager.findOneByOrFail(User, { email: locked })).active).toBe(true);
  });

  it('lists API tokens across users and revokes one', async () => {
    await nav('API tokens', '/admin/tokens');
    await page.getByRole('cell', { name: /^Power BI wave report/ }).waitFor({ timeout: 15_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Revoke “Power BI wave report” of .*…$/ }).click();
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect.poll(async () => (await api.app.db.manager.findOneByOrFail(ApiToken, { name: 'Power BI wave report' })).revokedAt, { timeout: 15_000 }).not.toBeNull();
  });

  it('starts a lifecycle template draft and shows its task editor', async () => {
    await nav('Templates', '/admin/templates');
    await page.getByRole('button', { name: 'Start a draft of version 2' }).click();
    const editor = page.getByRole('list', { name: 'Tasks of the draft' });
    await editor.waitFor({ timeout: 15_000 });
    expect(await editor.getByRole('listitem').count()).toBe(25);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Management awareness five days earlier, saved and published through the outbox.
    await editor.getByRole('listitem').first().getByLabel('Due (days from go-live)').fill('-95');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Publish…', exact: true }).click();
    const ask = page.getByRole('group', { name: /^Publish “.+”\?$/ });
    expect(await ask.textContent()).toContain('Every deployment created from now on follows this task list');
    expect((await api.app.db.manager.findOneByOrFail(LifecycleTemplate, { version: 2 })).publishedAt).toBeNull();
    await ask.getByRole('button', { name: 'Yes, publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Published' }).waitFor({ timeout: 15_000 });
    const v2 = await api.app.db.manager.findOneByOrFail(LifecycleTemplate, { version: 2 });
    expect(v2.publishedAt).not.toBeNull();
    expect(await api.app.db.manager.findOneByOrFail(TemplateTask, { templateId: v2.id, number: 1 })).toMatchObject({ key: 'MANAGEMENT_AWARENESS', offsetDays: -95 });
  });

  it('shows scanner requirement versions', async () => {
    await nav('Scanner requirements', '/admin/scanner-requirements');
    await page.getByRole('table', { name: 'Requirements of version 1' }).waitFor({ timeout: 15_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Prepare version 2' }).click();
    await page.getByLabel('At least').fill('1200');
    await page.getByRole('button', { name: 'Publish version 2…' }).click();
    const ask = page.getByRole('group', { name: 'Publish version 2 of the scanner requirements?' });
    expect(await ask.textContent()).toContain('judged again against it at once');
    expect(await api.app.db.manager.countBy(ScannerRequirementSet, { version: 2 })).toBe(0);
    await ask.getByRole('button', { name: 'Yes, publish' }).click();
    await page.getByRole('status').filter({ hasText: /^Version 2 published: \d+ verdicts? changed\.$/ }).waitFor({ timeout: 15_000 });
    await page.getByRole('table', { name: 'Requirements of version 2' }).waitFor();
    const set = await api.app.db.manager.findOneByOrFail(ScannerRequirementSet, { version: 2 });
    expect(set.requirements.find((r) => r.key === 'OPTICAL_RESOLUTION')?.minimum).toBe(1200);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('filters the audit log to security events', async () => {
    await nav('Audit log', '/audit');
    await page.getByRole('table', { name: 'Audit events, newest first' }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Events', { exact: true }).selectOption('SECURITY');
    await page.getByLabel('Who (name or e-mail contains)').fill('Alex Admin');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('cell', { name: /Account unlocked/ }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('cell', { name: /Started a task/ }).count()).toBe(0);
    // Operations and record types in words, never their codes.
    expect(await page.getByRole('table', { name: 'Audit events, newest first' }).innerText()).not.toMatch(/ACCOUNT_UNLOCKED|unlockUser|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a coordinator the audit log link but no administration links', async () => {
    const other = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const coordinatorPage = await other.newPage();
    await coordinatorPage.goto(api.url);
    await signIn(coordinatorPage, api.url, 'coordinator@ccpor.example');
    // Upright, the navigation is behind the header's menu.
    await openHeaderMenu(coordinatorPage);
    const main = coordinatorPage.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => main.getByRole('link', { name: 'Audit log' }).count()).toBe(1);
    expect(await main.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await main.getByRole('link', { name: 'Mailbox' }).count()).toBe(0);
    await other.close();
  });

  async function nav(name: string, path: string) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await page.waitForURL((url) => url.pathname === path);
  }
});
