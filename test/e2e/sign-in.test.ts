import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { DEMO_PASSWORD, hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';
import { cachePersisted } from '../support/outbox-page';

// Sign-in, the way back to where one was, API tokens for reporting tools and sign-out, in the built
// client against the demo users (password `ccpor-demo-password`, no two-factor in development).
const VIEWPORT = { width: 1024, height: 768 };
const COORDINATOR = 'coordinator@ccpor.example';

describe.skipIf(!hasChromium())('sign-in, sessions and API tokens in Chromium', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** "/deployments/<id>" of the first deployment in the list, found once signed in. */
  let deploymentPath = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
    context = await browser.newContext({ viewport: VIEWPORT });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A browser of its own (no cookies shared with `page`), closed by the caller. */
  const freshPage = async () => (await browser.newContext({ viewport: VIEWPORT })).newPage();

  /** What a reporting tool does with a token: POST a query with it as a bearer token. */
  const readWithToken = async (token: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ deployments(first: 5) { totalCount } }' }),
    });
    return (await response.json()) as { data?: { deployments: { totalCount: number } }; errors?: { extensions?: { code?: string } }[] };
  };

  it('asks for sign-in and says when the email or password is wrong', async () => {
    await page.goto(api.url);
    await page.waitForURL(`${api.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    const email = page.getByLabel('Email');
    expect(await email.getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('autocomplete')).toBe('current-password');
    await screenshot(page, 'sign-in.png');

    await email.fill(COORDINATOR);
    await page.getByLabel('Password', { exact: true }).fill('not-the-demo-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Email or password is wrong.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('signs the coordinator in to the deployments list, with name and role in the header, sending each operation by hash alone', async () => {
    // docs/sync.md#operations-sent-by-hash: the persisted-query extension, never the query text.
    const sent: { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] = [];
    const record = (request: { url(): string; method(): string; postData(): string | null }) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') sent.push(JSON.parse(request.postData() ?? '{}') as (typeof sent)[number]);
    };
    page.on('request', record);
    await signIn(page, api.url, COORDINATOR);
    expect(page.url()).toBe(`${api.url}/`);

    const firstCourt = page.getByRole('link', { name: /Superior Court of California/ }).first();
    await firstCourt.waitFor({ timeout: 15_000 });
    page.off('request', record);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.filter((body) => body.query !== undefined || !/^[0-9a-f]{64}$/.test(body.extensions?.persistedQuery?.sha256Hash ?? ''))).toEqual([]);
    deploymentPath = (await firstCourt.getAttribute('href')) ?? '';
    expect(deploymentPath).toMatch(/^\/deployments\/[^/]+$/);

    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('Coordinator');
    expect(await header.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
  });

  it('asks the server who is signed in once per page load, the screen reading it from the copy on the device', async () => {
    // docs/sync.md#cache-persistence: the first screen's loader runs once the persisted cache is back
    // and finds the person there; sync.start asks the server whose session it is. Asked twice before.
    await cachePersisted(page, ['me']);
    const asked: string[] = [];
    const record = (request: { url(): string; method(): string; postData(): string | null }) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
        asked.push((JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '');
      }
    };
    page.on('request', record);
    await page.reload();
    await page.getByRole('link', { name: /Superior Court of California/ }).first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    expect(asked).toContain('Deployments');
    expect(asked.filter((name) => name === 'Me')).toEqual(['Me']);
  });

  it('sends a signed-out visitor of a deployment to sign-in, and back to that deployment', async () => {
    const visitor = await freshPage();
    try {
      await visitor.goto(`${api.url}${deploymentPath}`);
      await visitor.waitForURL(/\/sign-in\?next=/);
      expect(new URL(visitor.url()).searchParams.get('next')).toBe(deploymentPath);

      await signIn(visitor, api.url, COORDINATOR);
      expect(visitor.url()).toBe(`${api.url}${deploymentPath}`);
      const timeline = visitor.getByRole('region', { name: 'Timeline', exact: true });
      await expect.poll(() => timeline.getByRole('listitem').count(), { timeout: 15_000 }).toBe(25);
    } finally {
      await visitor.context().close();
    }
  });

  it('sends a person whose session has ended to sign-in from the screen they were on', async () => {
    const person = await freshPage();
    try {
      await signIn(person, api.url, COORDINATOR);
      const firstCourt = person.getByRole('link', { name: /Superior Court of California/ }).first();
      await firstCourt.waitFor({ timeout: 15_000 });
      // The session cookie is gone (expired, revoked); the app still has the person in its cache,
      // so only the next query's UNAUTHENTICATED answer can tell it.
      await person.context().clearCookies();
      await firstCourt.click();
      await person.waitForURL(/\/sign-in\?next=/);
      expect(new URL(person.url()).searchParams.get('next')).toBe(deploymentPath);

      await signIn(person, api.url, COORDINATOR);
      expect(person.url()).toBe(`${api.url}${deploymentPath}`);
    } finally {
      await person.context().close();
    }
  });

  it('creates an API token a reporting tool can read with, and revokes it', async () => {
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.waitForURL(`${api.url}/account`);
    await page.getByRole('heading', { level: 2, name: 'API tokens for reporting tools' }).waitFor();

    await page.getByLabel('Token name').fill('Wave report');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByTestId('new-api-token');
    await shown.waitFor();
    const token = (await shown.textContent())?.trim() ?? '';
    expect(token).toMatch(/^ccpor_/);
    expect(await page.locator('.code-sample').textContent()).toBe(
      `curl -H "Authorization: Bearer ${token}" -H "content-type: application/json" ` +
        `-d '{"query":"{ deployments(first: 5) { totalCount } }"}' ${api.url}/graphql`,
    );

    const before = await readWithToken(token);
    expect(before.errors).toBeUndefined();
    expect(before.data!.deployments.totalCount).toBeGreaterThan(0);

    const row = page
      .getByRole('list', { name: 'API tokens' })
      .getByRole('listitem')
      .filter({ hasText: 'Wave report' });
    await row.getByRole('button', { name: 'Revoke “Wave report”…', exact: true }).click();
    await row.getByRole('button', { name: 'Revoke “Wave report”', exact: true }).click();
    await row.getByText('Revoked', { exact: true }).waitFor();

    const after = await readWithToken(token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('asks for the password in place when the sign-in is more than five minutes old, then creates the token', async () => {
    // The token made above is still shown until put away.
    await page.getByRole('button', { name: 'Done' }).click();
    api.clock.advanceDays(6 / 1440);
    await page.getByLabel('Token name').fill('Quarterly report');
    await page.getByRole('button', { name: 'Create token' }).click();
    const confirm = page.getByRole('form', { name: 'Confirm it is you' });
    await confirm.waitFor();
    expect(await page.getByTestId('new-api-token').count()).toBe(0);

    await confirm.getByLabel('Your password').fill('not my password at all');
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await confirm.getByText('The password is not your password.').waitFor();

    await confirm.getByLabel('Your password').fill(DEMO_PASSWORD);
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    const shown = page.getByTestId('new-api-token');
    await shown.waitFor();
    expect((await shown.textContent())?.trim()).toMatch(/^ccpor_/);
    expect(await confirm.count()).toBe(0);
    await page.getByRole('list', { name: 'API tokens' }).getByText('Quarterly report').waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
  });

  it('asks for the password in place before changing it, and changes it', async () => {
    api.clock.advanceDays(6 / 1440);
    const form = page.getByRole('form', { name: 'Change password' });
    // The same password again keeps the demo users' password for the tests after this one.
    await form.getByLabel('New password').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    const confirm = page.getByRole('form', { name: 'Confirm it is you' });
    await confirm.getByLabel('Your password').fill(DEMO_PASSWORD);
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await form.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
    expect(await confirm.count()).toBe(0);
  });

  it('does not offer API tokens to field staff', async () => {
    const fieldStaff = await freshPage();
    try {
      await fieldStaff.goto(`${api.url}/account`);
      await fieldStaff.waitForURL(/\/sign-in\?next=%2Faccount$/);
      await signIn(fieldStaff, api.url, 'field@ccpor.example');
      expect(fieldStaff.url()).toBe(`${api.url}/account`);
      await fieldStaff.getByRole('heading', { level: 2, name: 'Change password' }).waitFor();
      expect(await fieldStaff.getByRole('heading', { name: 'API tokens for reporting tools' }).count()).toBe(0);
    } finally {
      await fieldStaff.context().close();
    }
  });

  it('signs out to the sign-in page, after which the list needs sign-in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${api.url}/sign-in`);
    await expect.poll(() => page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count(), { timeout: 15_000 }).toBe(0);

    await page.goto(api.url);
    await page.waitForURL(`${api.url}/sign-in`);
  });
});
