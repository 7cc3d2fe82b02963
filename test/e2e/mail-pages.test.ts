import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { startApi, type Client } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { DEMO_PASSWORD, hasChromium, launchBrowser, screenshot, signIn } from '../support/browser';
import { graphql } from '../support/generated';

// Issue 16's mail screens in Chromium against the built client, with no SMTP_URL (the `npm start`
// default): an administrator reads what would have been sent in the development mailbox; the
// e-mail's "Stop these e-mails" link switches its kind off without signing in; every person sets
// each kind and their time zone on their Account page; the daily digest is read there too (the
// worker writes it at 7:00 also without SMTP_URL). All in words.

const PARTNER = 'partner.la@ccpor.example';

describe.skipIf(!hasChromium())('the mail pages', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let admin: Client;
  let partner: Client;
  let subject = '';
  let messageId = '';

  const preferencesOfPartner = async () => {
    const res = await partner.gql(graphql(`query MailPagesMe { me { timeZone mailPreferences { kind delivery } } }`));
    const me = res.data!.me!;
    return { timeZone: me.timeZone, ...Object.fromEntries(me.mailPreferences!.map((p) => [p.kind, p.delivery])) };
  };

  beforeAll(async () => {
    const mail = { ...loadConfig({ NODE_ENV: 'test' }).mail, worker: true, pollMilliseconds: 50 };
    [api, browser] = await Promise.all([startApi({ demoData: true, config: { signInRatePerMinute: 1_000, mail } }), launchBrowser()]);
    admin = (await api.signIn('admin@ccpor.example', DEMO_PASSWORD)).client;
    partner = (await api.signIn(PARTNER, DEMO_PASSWORD)).client;
    const coordinator = (await api.signIn('coordinator@ccpor.example', DEMO_PASSWORD)).client;
    const la = await coordinator.gql(graphql(`query MailPagesDeployments { deployments(first: 20, filter: { county: ["Los Angeles"] }) { nodes { id } } }`));
    // Training scheduled: its partners are told (kept in the database, with no SMTP server).
    const scheduled = await coordinator.gql(graphql(`mutation MailPagesScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`), {
      i: {
        deploymentId: la.data!.deployments.nodes[0].id, scheduledOn: '2027-02-03', mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS',
        trainer: 'Dana Trainer', attendees: [], mutationId: crypto.randomUUID(),
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const box = await admin.gql(graphql(`query MailPagesMailbox { mailbox(first: 50) { nodes { id subject toAddress status } } }`));
    const message = box.data!.mailbox.nodes.find((m) => m.toAddress === PARTNER)!;
    expect(message.status).toBe('KEPT');
    subject = message.subject;
    messageId = message.id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  describe('an administrator', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('reads in the mailbox what would have been sent, and opens one message as it would have gone', async () => {
      await signIn(page, api.url, 'admin@ccpor.example');
      await page.getByRole('link', { name: 'Mailbox' }).click();
      await page.waitForURL(/\/admin\/mail$/);
      const table = page.getByRole('table', { name: 'E-mail' });
      const row = table.getByRole('row').filter({ hasText: PARTNER });
      await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
      expect(await row.textContent()).toContain('Training is scheduled');
      expect(await row.textContent()).toContain('Kept (no SMTP server)');
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByLabel('Status').selectOption({ label: 'Failed' });
      await expect.poll(() => page.getByText('No e-mail to show.').isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByLabel('Status').selectOption({ label: 'Any status' });

      await row.getByRole('link', { name: subject }).click();
      await page.waitForURL(new RegExp(`/admin/mail/${messageId}$`));
      const message = page.getByRole('article', { name: subject });
      await expect.poll(() => message.isVisible(), { timeout: 15_000 }).toBe(true);
      const text = (await message.textContent())!;
      expect(text).toContain(PARTNER);
      expect(text).toContain('Stop these e-mails: ');
      expect(text).toContain('Links to');
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 60_000);

    it('reads the coordinator’s daily digest, written at 7:00 in California', async () => {
      // The clock starts at noon in California: 7:00 the next morning.
      api.clock.advanceDays(19 / 24);
      const digests = graphql(`query MailPagesDigests { mailbox(first: 50) { nodes { id kind subject toAddress } } }`);
      let digest: { id: string; subject: string } | undefined;
      await expect.poll(async () => {
        digest = (await admin.gql(digests)).data!.mailbox.nodes.find((m) => m.kind === null && m.toAddress === 'coordinator@ccpor.example');
        return !!digest;
      }, { timeout: 15_000 }).toBe(true);
      await page.goto(`${api.url}/admin/mail`);
      const row = page.getByRole('table', { name: 'E-mail' }).getByRole('row').filter({ hasText: 'coordinator@ccpor.example' }).filter({ hasText: digest!.subject });
      await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('Daily digest');
      await screenshot(page, 'mailbox.png');
      await row.getByRole('link', { name: digest!.subject }).click();
      const message = page.getByRole('article', { name: digest!.subject });
      await expect.poll(() => message.textContent(), { timeout: 15_000 }).toContain('Open it: ');
      await screenshot(page, 'mail-digest.png', { fullPage: true });
    }, 60_000);
  });

  describe('the person it was for', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('switches the kind off from the e-mail’s link without signing in', async () => {
      const body = (await admin.gql(graphql(`query MailPagesMessage($id: ID!) { mailMessage(id: $id) { body } }`), { id: messageId })).data!.mailMessage.body;
      const link = new URL(/Stop these e-mails: (\S+)/.exec(body)![1]);
      expect(link.pathname).toBe('/unsubscribe');
      await page.goto(`${api.url}${link.pathname}${link.search}`);
      await expect.poll(() => page.getByRole('heading', { name: 'E-mail switched off' }).isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await page.getByRole('status').filter({ hasText: 'no longer' }).textContent()).toContain('You will no longer get e-mail when:Training is scheduled');
      expect(await preferencesOfPartner()).toMatchObject({ TRAINING_SCHEDULED: 'OFF' });
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.goto(`${api.url}/unsubscribe?token=${link.searchParams.get('token')!.slice(0, -2)}xx`);
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('is not an unsubscribe link of this product');
    }, 60_000);

    it('sets each kind and the digest’s time zone on the Account page', async () => {
      await signIn(page, api.url, PARTNER);
      await page.goto(`${api.url}/account`);
      const kinds = page.getByRole('table', { name: 'E-mail by kind' });
      await expect.poll(() => kinds.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await kinds.getByLabel('Training is scheduled').inputValue()).toBe('OFF');
      await kinds.getByLabel('A comment mentions me').selectOption({ label: 'In the daily digest' });
      await kinds.getByLabel('Go-live is set or moved').selectOption({ label: 'Off' });
      await page.getByLabel('Time zone (the daily digest comes at 7:00 there)').selectOption({ label: 'America/New York' });
      await page.getByRole('button', { name: 'Save e-mail settings' }).click();
      await expect.poll(() => page.getByText('E-mail settings saved.').isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await preferencesOfPartner()).toMatchObject({
        timeZone: 'America/New_York', MENTION: 'DAILY_DIGEST', GO_LIVE_SET: 'OFF', TRAINING_SCHEDULED: 'OFF', TASK_ASSIGNED: 'IMMEDIATELY',
      });
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 60_000);
  });
});
