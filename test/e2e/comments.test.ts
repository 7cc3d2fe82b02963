import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Client } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { DEMO_PASSWORD, hasChromium, launchBrowser, setNetwork, signIn } from '../support/browser';
import { allSent, cachePersisted, RESEND_ALL, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';

// Issue 16's threads in Chromium against the built client: a partner reads and writes the shared
// thread and is never shown an internal comment, not even as a count; field staff comment offline
// on site and the comment arrives once, also when the outbox is replayed; an edit keeps the earlier
// text; a dependency's form comes back with its reason, and its status note is a comment on it.

const INTERNAL_BODY = 'Internal only: DOJ contact is slow, escalate through the program office.';
const INTERNAL_TASK_BODY = 'Internal only: the kick-off agenda needs the sheriff.';
const SHARED_BODY = 'Please send the list of clerks who need accounts.';

describe.skipIf(!hasChromium())('comment threads', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let coordinator: Client;
  let laId = '';
  let taskId = '';
  let taskLabel = '';

  const commentsOf = async (deploymentId: string) => {
    const res = await coordinator.gql(
      graphql(`query CommentsWalkComments($d: ID!) { comments(deploymentId: $d) { id body visibility authorName subjectType mentions { name } revisions { body } } }`),
      { d: deploymentId },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.comments;
  };

  beforeAll(async () => {
    // Three people sign in from one address within the minute.
    [api, browser] = await Promise.all([startApi({ demoData: true, config: { signInRatePerMinute: 1_000 } }), launchBrowser()]);
    coordinator = (await api.signIn('coordinator@ccpor.example', DEMO_PASSWORD)).client;
    const res = await coordinator.gql(graphql(`query CommentsWalkDeployments { deployments(first: 20, filter: { county: ["Los Angeles"] }) { nodes { id tasks { id number title } } } }`));
    const la = res.data!.deployments.nodes[0];
    laId = la.id;
    const task = la.tasks.find((t) => t.number === 1)!;
    taskId = task.id;
    taskLabel = `task ${task.number} ‘${task.title}’`;
    const readers = await coordinator.gql(graphql(`query CommentsWalkReaders($d: ID!) { commentReaders(deploymentId: $d, visibility: SHARED) { userId name role } }`), { d: laId });
    const partner = readers.data!.commentReaders.find((r) => r.role === 'PARTNER_USER')!;
    const add = graphql(`mutation CommentsWalkAdd($input: AddCommentInput!) { addComment(input: $input) { id } }`);
    for (const input of [
      { deploymentId: laId, visibility: 'INTERNAL' as const, body: INTERNAL_BODY },
      { deploymentId: laId, taskId, visibility: 'INTERNAL' as const, body: INTERNAL_TASK_BODY },
      { deploymentId: laId, visibility: 'SHARED' as const, body: SHARED_BODY, mentionUserIds: [partner.userId] },
    ]) {
      expect((await coordinator.gql(add, { input: { ...input, mutationId: crypto.randomUUID() } })).errors).toBeUndefined();
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  describe('a partner of the Los Angeles court', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('reads the shared thread, and is never shown an internal comment or its count', async () => {
      await signIn(page, api.url, 'partner.la@ccpor.example');
      await page.goto(`${api.url}/deployments/${laId}`);
      const thread = page.getByRole('list', { name: 'Comments on the deployment' });
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).toContain(SHARED_BODY);
      expect(await thread.getByRole('listitem').count()).toBe(1);
      expect(await thread.textContent()).toContain('Mentions Pat Partner');
      // The task's only comment is internal: its thread reads as empty, with no hint of another.
      expect(await page.getByRole('button', { name: `Comments on ${taskLabel} (0)` }).isVisible()).toBe(true);
      const html = await page.content();
      expect(html).not.toContain(INTERNAL_BODY);
      expect(html).not.toContain(INTERNAL_TASK_BODY);
      expect(html).not.toMatch(/internal/i);
      expect(await page.getByRole('group', { name: 'Who reads it' }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 60_000);

    it('writes a shared comment mentioning the coordinator, picked from the people who may read it', async () => {
      const form = page.getByRole('form', { name: 'Comment on the deployment' });
      const picker = form.getByLabel('Mention (@)');
      const names = await picker.getByRole('option').allTextContents();
      expect(names).toContain('Casey Coordinator');
      expect(names).not.toContain('Pat Partner (Los Angeles court)');
      const text = form.getByLabel('Your comment');
      // Typing "@" and the start of a name offers the people who may read it.
      await text.fill('The list goes out Friday, @cas');
      await form.getByRole('list', { name: 'People to mention' }).getByRole('button', { name: '@Casey Coordinator' }).click();
      expect(await text.inputValue()).toBe('The list goes out Friday, @Casey Coordinator ');
      expect(await form.getByRole('list', { name: 'People to mention' }).count()).toBe(0);
      await text.press('End');
      await text.pressSequentially('and ');
      await picker.selectOption({ label: 'Alex Admin' });
      expect(await text.inputValue()).toBe('The list goes out Friday, @Casey Coordinator and @Alex Admin ');
      await form.getByRole('button', { name: 'Add comment' }).click();
      const thread = page.getByRole('list', { name: 'Comments on the deployment' });
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).toContain('The list goes out Friday');
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).not.toContain('waiting to sync');
      expect(await thread.getByRole('listitem').count()).toBe(2);
      const written = (await commentsOf(laId)).find((c) => c.body.startsWith('The list goes out Friday'));
      expect(written).toMatchObject({
        visibility: 'SHARED', authorName: 'Pat Partner (Los Angeles court)', mentions: [{ name: 'Casey Coordinator' }, { name: 'Alex Admin' }],
      });
    }, 60_000);
  });

  describe('field staff on site', () => {
    let context: BrowserContext;
    let page: Page;
    let deploymentId = '';
    const OFFLINE_BODY = 'Written in the server room with no signal: two scanners need new drivers.';

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    const serverCopies = async () => (await commentsOf(deploymentId)).filter((c) => c.body === OFFLINE_BODY);

    it('comments offline; the comment waits on the device and arrives once, also when the outbox is replayed', async () => {
      await signIn(page, api.url, 'field@ccpor.example');
      await page.getByRole('link', { name: /Superior Court of California/ }).first().click();
      await page.waitForURL(/\/deployments\/[^/]+$/);
      deploymentId = new URL(page.url()).pathname.split('/').at(-1)!;
      await page.getByRole('button', { name: 'Make available offline' }).click();
      await expect.poll(() => page.getByText(/^Available offline/).isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.evaluate(SW_READY)).toBe(true);
      await page.reload();
      expect(await page.evaluate(SW_CONTROLS)).toBe(true);
      await cachePersisted(page, ['comments', 'commentReaders']);

      await setNetwork(context, false);
      await page.reload();
      const form = page.getByRole('form', { name: 'Comment on the deployment' });
      await form.getByLabel('Your comment').fill(OFFLINE_BODY);
      await form.getByRole('button', { name: 'Add comment' }).click();
      const thread = page.getByRole('list', { name: 'Comments on the deployment' });
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).toContain('Saved on this device, waiting to sync');
      expect(await thread.textContent()).toContain(OFFLINE_BODY);
      expect(await serverCopies()).toEqual([]);

      await setNetwork(context, true);
      await allSent(page);
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).not.toContain('waiting to sync');
      expect(await thread.textContent()).toContain('Frankie Field');
      expect(await serverCopies()).toMatchObject([{ visibility: 'INTERNAL', authorName: 'Frankie Field' }]);

      for (let replay = 0; replay < 2; replay += 1) {
        expect(await page.evaluate(RESEND_ALL)).toBeGreaterThan(0);
        await page.getByRole('button', { name: 'Sync now' }).first().click();
        await allSent(page);
      }
      expect(await serverCopies()).toHaveLength(1);
      expect(await thread.getByText(OFFLINE_BODY).count()).toBe(1);
    }, 120_000);

    it('edits the comment; the earlier text is kept and shown under it', async () => {
      const thread = page.getByRole('list', { name: 'Comments on the deployment' });
      await thread.getByRole('button', { name: /^Edit your comment/ }).click();
      const edit = page.getByRole('form', { name: 'Edit your comment' });
      await edit.getByLabel('Your comment').fill(`${OFFLINE_BODY} Drivers installed since.`);
      await edit.getByRole('button', { name: 'Save comment' }).click();
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).toContain('Drivers installed since.');
      // Marked edited once the server's answer (with the earlier text kept) is in.
      await expect.poll(() => thread.textContent(), { timeout: 15_000 }).toContain('edited');
      await thread.getByText('Earlier versions (1)').click();
      expect(await thread.locator('details').textContent()).toContain(OFFLINE_BODY);
      const [kept] = (await commentsOf(deploymentId)).filter((c) => c.body.startsWith(OFFLINE_BODY));
      expect(kept.revisions).toEqual([{ body: OFFLINE_BODY }]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 60_000);
  });

  describe('a coordinator updating a dependency', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('finds the not-applicable reason in the form again, and a status note among the dependency’s comments', async () => {
      await signIn(page, api.url, 'coordinator@ccpor.example');
      await page.goto(`${api.url}/deployments/${laId}`);
      const dependencies = page.getByRole('region', { name: 'Onboarding dependencies table' });
      await expect.poll(() => dependencies.isVisible(), { timeout: 15_000 }).toBe(true);
      const update = dependencies.getByRole('button', { name: /^Update / }).first();
      const title = (await update.getAttribute('aria-label'))!.replace(/^Update /, '');

      await update.click();
      let form = page.getByRole('form', { name: `Update ${title}` });
      await form.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
      await form.getByLabel('Comment on the status (optional)').fill('DOJ asked for the fingerprint forms again.');
      await form.getByRole('button', { name: 'Save dependency' }).click();
      await expect.poll(() => dependencies.textContent(), { timeout: 15_000 }).toContain('“DOJ asked for the fingerprint forms again.” — Casey Coordinator');
      await dependencies.getByRole('button', { name: `Comments on ${title} (1)` }).click();
      const thread = page.getByRole('list', { name: `Comments on ${title}` });
      expect(await thread.textContent()).toContain('DOJ asked for the fingerprint forms again.');
      expect(await thread.textContent()).toContain('Shared');

      await update.click();
      form = page.getByRole('form', { name: `Update ${title}` });
      await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Not applicable' });
      await form.getByLabel('Why it does not apply').fill('The court files no CLETS orders itself.');
      await form.getByRole('button', { name: 'Save dependency' }).click();
      await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(false);
      await update.click();
      form = page.getByRole('form', { name: `Update ${title}` });
      expect(await form.getByLabel('Status', { exact: true }).inputValue()).toBe('NOT_APPLICABLE');
      expect(await form.getByLabel('Why it does not apply').inputValue()).toBe('The court files no CLETS orders itself.');
    }, 60_000);
  });
});
