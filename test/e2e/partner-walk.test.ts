import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessedMutation } from '../../server/modules/sync/sync.entity';
import { Role } from '../../server/modules/user/user.entity';
import { startApi, TEST_PASSWORD } from '../support/api';
import { seriousAxeViolations } from '../support/axe';
import { hasChromium, launchBrowser, screenshot, setNetwork, signIn } from '../support/browser';
import { passAll, startRun } from '../support/cat';
import { allSent, cachePersisted, RESEND_ALL, SW_CONTROLS, SW_READY } from '../support/outbox-page';
import { graphql } from '../support/generated';

// Issue 7's partner walk and issue 6's field screens, in Chromium against the built client:
// a court's person answers a questionnaire (the draft survives a reload) and signs off a CAT run
// on their own; field staff use their home and fill a questionnaire offline, whose answers arrive
// exactly once. axe finds no serious or critical violation on any page walked.

describe.skipIf(!hasChromium())('partner and field staff screens', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let laId = '';
  let courtId = '';
  let sheriffId = '';
  let runId = '';

  beforeAll(async () => {
    // This walk hands the tablet from person to person: more sign-ins from one address in a minute
    // than the production limit allows (that limit has tests of its own).
    [api, browser] = await Promise.all([startApi({ demoData: true, config: { signInRatePerMinute: 1_000 } }), launchBrowser()]);
    const res = await api.gql(graphql(`query PartnerWalkDeployments { deployments(first: 20, filter: { county: ["Los Angeles"] }) { nodes { id court { id } participatingLeas { id name } } } }`));
    laId = res.data!.deployments.nodes[0].id;
    courtId = res.data!.deployments.nodes[0].court.id;
    sheriffId = res.data!.deployments.nodes[0].participatingLeas.find((lea) => lea.name.includes('Los Angeles'))!.id;
    // A run ready to sign: started and passed through the API, as a field engineer would have.
    const run = await startRun(api, laId);
    await passAll(api, run);
    runId = run.id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const response = async (id: string) =>
    (await api.gql(graphql(`query PartnerWalkQuestionnaireResponse($id: ID!) { questionnaireResponse(id: $id) { status answers version } }`), { id })).data!.questionnaireResponse;

  describe('a partner of the Los Angeles court', () => {
    let context: BrowserContext;
    let page: Page;
    let responseId = '';

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('lands on their organization’s home with what is theirs to do', async () => {
      await page.goto(api.url);
      await signIn(page, api.url, 'partner.la@ccpor.example');
      await page.waitForURL(`${api.url}/my-work`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain('Los Angeles');
      expect(await page.getByRole('link', { name: 'My work' }).getAttribute('aria-current')).toBe('page');
      await page.getByRole('heading', { name: /Go-live readiness/ }).waitFor();
      expect(await page.getByRole('link', { name: 'Review and sign off' }).count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'partner-view.png', { fullPage: true });
    }, 60_000);

    it('answers a questionnaire: conditional questions, a repeat group, errors next to their question, a draft that survives a reload', async () => {
      await page.getByRole('link', { name: 'Questionnaires', exact: true }).click();
      await page.waitForURL(/\/questionnaires$/);
      await page.getByRole('heading', { name: 'Training questionnaire' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start Training questionnaire' }).click();
      await page.waitForURL(/\/questionnaires\/[0-9a-f-]{36}$/);
      responseId = new URL(page.url()).pathname.split('/').at(-1)!;

      const users = page.getByLabel('How many end users need training?');
      await users.fill('forty');
      await expect.poll(() => page.locator('#q-endUserCount-error').textContent()).toContain('must be a number');
      expect(await users.getAttribute('aria-invalid')).toBe('true');
      await users.fill('40');
      expect(await page.locator('#q-endUserCount-error').count()).toBe(0);

      // The room's questions show only once the court says it has a room.
      expect(await page.getByLabel('Workstations in the room').count()).toBe(0);
      await page.getByRole('group', { name: 'Does the court have a training room?' }).getByLabel('Yes').check();
      const room = page.getByLabel('Workstations in the room');
      await room.fill('500');
      await expect.poll(() => page.locator('#q-roomWorkstations-error').textContent()).toContain('must be at most 200');
      await room.fill('12');

      await page.getByRole('button', { name: 'Add an item to “Preferred training dates”' }).click();
      await page.getByRole('button', { name: 'Add an item to “Preferred training dates”' }).click();
      await page.getByLabel('Date').first().fill('2027-03-02');
      await page.getByRole('group', { name: 'Preferred training dates: item 1' }).getByLabel('Morning').check();
      await page.getByRole('button', { name: 'Remove item 2' }).click();
      expect(await page.getByRole('group', { name: 'Preferred training dates: item 2' }).count()).toBe(0);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Draft' }).textContent(), { timeout: 15_000 }).toBe('Draft saved.');
      await expect
        .poll(async () => (await response(responseId)).answers, { timeout: 15_000 })
        .toEqual({ endUserCount: 40, trainingRoom: true, roomWorkstations: 12, preferredDates: [{ date: '2027-03-02', timeOfDay: 'MORNING' }] });
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.reload();
      await expect.poll(() => page.getByLabel('How many end users need training?').inputValue(), { timeout: 15_000 }).toBe('40');
      expect(await page.getByLabel('Workstations in the room').inputValue()).toBe('12');
      expect(await page.getByLabel('Date').inputValue()).toBe('2027-03-02');
    }, 90_000);

    it('is told every missing answer on submit, then submits', async () => {
      await page.getByRole('button', { name: 'Submit for review' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Before submitting, answer or correct:' });
      await summary.waitFor();
      expect(await summary.getByRole('link').allTextContents()).toEqual([
        'Preferred mode is required.',
        'Do you want train-the-trainer sessions for your own trainers? is required.',
        'Does the room have a projector? is required.',
        'Can the room’s workstations reach CCPOR on the network? is required.',
      ]);
      expect(await page.locator('#q-preferredMode-error').textContent()).toContain('is required');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect((await response(responseId)).status).toBe('DRAFT');

      await page.getByRole('group', { name: 'Preferred mode' }).getByLabel('Classroom').check();
      await page.getByRole('group', { name: /train-the-trainer/ }).getByLabel('No').check();
      await page.getByRole('group', { name: 'Does the room have a projector?' }).getByLabel('Yes').check();
      await page.getByRole('group', { name: /reach CCPOR on the network/ }).getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('Submitted. The CCPOR team will review it.').waitFor({ timeout: 15_000 });
      const submitted = await response(responseId);
      expect(submitted.status).toBe('SUBMITTED');
      expect(submitted.answers).toMatchObject({ preferredMode: 'CLASSROOM', trainTheTrainer: false, roomProjector: true, roomNetwork: true, endUserCount: 40 });
    }, 60_000);

    it('gets it back from the coordinator with comments, corrects it, and the coordinator accepts it', async () => {
      const reviewer = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      try {
        const coordinator = await reviewer.newPage();
        await coordinator.goto(`${api.url}/deployments/${laId}/questionnaires/${responseId}`);
        await coordinator.waitForURL(/\/sign-in\?next=/);
        await signIn(coordinator, api.url, 'coordinator@ccpor.example');
        await coordinator.getByRole('heading', { name: 'Review' }).waitFor({ timeout: 15_000 });
        expect(await seriousAxeViolations(coordinator)).toEqual([]);
        await coordinator.getByRole('button', { name: 'Return with comments' }).click();
        expect(await coordinator.getByText('Say what the court should correct').count()).toBe(1);
        await coordinator.getByLabel('Comments for the court').fill('Please plan for 60 end users: the family court joins too.');
        await coordinator.getByRole('button', { name: 'Return with comments' }).click();
        await coordinator.getByText('Returned to the court with your comments.').waitFor({ timeout: 15_000 });
        expect(await response(responseId)).toMatchObject({ status: 'RETURNED' });

        await page.reload();
        await page.getByText('Please plan for 60 end users: the family court joins too.').waitFor({ timeout: 15_000 });
        await page.getByLabel('How many end users need training?').fill('60');
        await page.getByRole('button', { name: 'Submit for review' }).click();
        await page.getByText('Submitted. The CCPOR team will review it.').waitFor({ timeout: 15_000 });

        await coordinator.reload();
        await coordinator.getByRole('button', { name: 'Accept' }).click();
        await coordinator.getByText(/^Accepted\./).waitFor({ timeout: 15_000 });
        expect(await response(responseId)).toMatchObject({ status: 'ACCEPTED', answers: { endUserCount: 60 } });
      } finally {
        await reviewer.close();
      }
    }, 90_000);

    it('signs off the acceptance run for the court, as themselves', async () => {
      await page.goto(`${api.url}/my-work`);
      await page.getByRole('link', { name: 'Review and sign off' }).click();
      await page.waitForURL(/\/sign-off\?run=/);
      await page.getByRole('heading', { name: 'Acceptance run: Passed' }).waitFor({ timeout: 15_000 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByLabel('Your role').fill('Court Executive Officer');
      await page.getByRole('button', { name: /^Sign off for / }).click();
      await page.getByText(/^Signed for /).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'by Pat Partner (Los Angeles court) (Court Executive Officer)' }).count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);

      const signOffs = (await api.gql(graphql(`query PartnerWalkCourtSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName signerRole status recordedBy } } }`), { id: runId }))
        .data!.testRun.signOffs;
      expect(signOffs).toEqual([
        {
          party: 'COURT', organizationId: courtId, signerName: 'Pat Partner (Los Angeles court)', signerRole: 'Court Executive Officer',
          status: 'CURRENT', recordedBy: 'Pat Partner (Los Angeles court)',
        },
      ]);
    }, 60_000);
  });

  describe('field staff', () => {
    let context: BrowserContext;
    let page: Page;
    let fillerUrl = '';
    let responseId = '';

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('lands on my work: assigned deployments, due tasks, dates and the site-visit screens', async () => {
      await page.goto(api.url);
      await signIn(page, api.url, 'field@ccpor.example');
      await page.waitForURL(`${api.url}/my-work`);
      const cards = page.getByRole('heading', { level: 3 });
      await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(4);
      expect(await page.getByRole('link', { name: 'Scanner assessment' }).count()).toBe(4);
      expect(await page.getByRole('link', { name: 'CAT runner' }).count()).toBe(4);
      await page.getByRole('heading', { name: 'Due and overdue tasks' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'my-work-768x1024.png');
    }, 60_000);

    it('fills a questionnaire offline; the answers survive a reload and arrive once', async () => {
      // The list loads each questionnaire's questions for the visit (four of them, seeded).
      let questionsLoaded = 0;
      page.on('response', (r) => {
        if ((r.request().postData() ?? '').includes('QuestionnaireQuestions')) questionsLoaded += 1;
      });
      await page.getByRole('link', { name: 'Questionnaires', exact: true }).first().click();
      await page.waitForURL(/\/questionnaires$/);
      await expect.poll(() => questionsLoaded, { timeout: 15_000 }).toBe(4);
      await cachePersisted(page, ['questionnaire']);
      await page.getByRole('button', { name: 'Start Scope questionnaire' }).click();
      await page.waitForURL(/\/questionnaires\/[0-9a-f-]{36}$/);
      fillerUrl = page.url();
      responseId = new URL(fillerUrl).pathname.split('/').at(-1)!;
      await page.getByLabel('Which local system holds the orders (name and vendor)?').waitFor();
      expect(await page.evaluate(SW_READY)).toBe(true);
      await page.goto(fillerUrl);
      expect(await page.evaluate(SW_CONTROLS)).toBe(true);
      await page.getByLabel('Which local system holds the orders (name and vendor)?').waitFor({ timeout: 15_000 });
      await cachePersisted(page, [`questionnaireResponse({"id":"${responseId}"})`]);

      await setNetwork(context, false);
      await page.getByLabel('Which local system holds the orders (name and vendor)?').fill('Tyler Odyssey');
      await page.getByLabel('Scanners on hand for orders', { exact: true }).fill('6');
      await page.getByText('Draft saved on this device; it will sync when online.').waitFor({ timeout: 15_000 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.reload();
      await expect
        .poll(() => page.getByLabel('Which local system holds the orders (name and vendor)?').inputValue(), { timeout: 15_000 })
        .toBe('Tyler Odyssey');
      expect(await page.getByLabel('Scanners on hand for orders', { exact: true }).inputValue()).toBe('6');
      expect((await response(responseId)).answers).toEqual({});

      // A questionnaire can be started offline too: its questions were cached with the list.
      await page.getByRole('link', { name: '← Questionnaires' }).click();
      await page.getByRole('button', { name: 'Start Training questionnaire' }).click();
      await page.waitForURL(/\/questionnaires\/[0-9a-f-]{36}$/);
      const startedOffline = new URL(page.url()).pathname.split('/').at(-1)!;
      await page.getByLabel('How many end users need training? (people)').fill('25');
      await page.getByText('Draft saved on this device; it will sync when online.').waitFor({ timeout: 15_000 });
      await page.getByRole('link', { name: '← Questionnaires' }).click();
      await page.getByText('Started on this device, waiting to sync').waitFor();
      await page.goto(fillerUrl);
      await page.getByLabel('Which local system holds the orders (name and vendor)?').waitFor({ timeout: 15_000 });

      const saves = () => api.app.db.manager.countBy(ProcessedMutation, { operation: 'saveResponse' });
      const before = await saves();
      await setNetwork(context, true);
      await expect.poll(async () => (await response(responseId)).answers, { timeout: 20_000 }).toEqual({ localOrderSystem: 'Tyler Odyssey', scannersOnHand: 6 });
      await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('All changes sent');
      expect(await response(startedOffline)).toMatchObject({ status: 'DRAFT', answers: { endUserCount: 25 } });
      const applied = await saves();
      const { version } = await response(responseId);
      expect(applied - before).toBeGreaterThan(0);

      // The answers to that sync got lost, say: the entries go again and change nothing.
      expect(await page.evaluate(RESEND_ALL)).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await allSent(page);
      await expect.poll(() => page.getByTestId('sync-indicator').textContent(), { timeout: 15_000 }).toContain('All changes sent');
      expect(await saves()).toBe(applied);
      expect((await response(responseId)).version).toBe(version);
    }, 90_000);

    it('hands the tablet to the sheriff’s signer, who signs as themselves, and takes it back', async () => {
      const signer = await api.createUser(Role.PARTNER_USER, { organizationId: sheriffId, name: 'Sgt. Casey Moore', email: 'casey.moore@lasd.example' });
      await page.goto(`${api.url}/deployments/${laId}/sign-off`);
      await page.getByRole('heading', { name: 'Hand the tablet to the signer' }).waitFor({ timeout: 15_000 });
      // Field staff do not sign: there is no form for them.
      expect(await page.getByRole('button', { name: /^Sign off for / }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // With changes unsent the app asks first (a dialog the browser here declines); none are left.
      await allSent(page);
      expect(await page.getByText(/change\(s\) of yours are not sent yet/).count()).toBe(0);
      await page.getByRole('button', { name: 'Sign out and hand the tablet to the signer' }).click();
      await page.waitForURL(/\/sign-in\?next=/);
      await signIn(page, api.url, signer.email, TEST_PASSWORD);
      await page.waitForURL(/\/sign-off\?run=/);
      await page.getByLabel('Your role').fill('Civil Unit supervisor');
      await page.getByRole('button', { name: /^Sign off for .*Los Angeles/ }).click();
      await page.getByText(/^Signed for /).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Sign out and hand the tablet back' }).click();
      await page.waitForURL(/\/sign-in\?next=/);
      await signIn(page, api.url, 'field@ccpor.example');
      await page.waitForURL(/\/sign-off\?run=/);
      await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'by Sgt. Casey Moore (Civil Unit supervisor)' }).count(), { timeout: 15_000 }).toBe(1);

      const signOffs = (await api.gql(graphql(`query PartnerWalkLeaSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName recordedBy } } }`), { id: runId })).data!.testRun.signOffs;
      expect(signOffs).toContainEqual({ party: 'LEA', organizationId: sheriffId, signerName: 'Sgt. Casey Moore', recordedBy: 'Sgt. Casey Moore' });
      expect(signOffs).toHaveLength(2);
    }, 90_000);
  });

  describe('incidents after go-live and close-out', () => {
    let context: BrowserContext;
    let page: Page;
    let liveId = '';
    let liveCourtId = '';

    beforeAll(async () => {
      const res = await api.gql(graphql(`query PartnerWalkLiveDeployments { deployments(first: 20, filter: { status: [LIVE] }) { nodes { id court { id } } } }`));
      liveId = res.data!.deployments.nodes[0].id;
      liveCourtId = res.data!.deployments.nodes[0].court.id;
      context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('a coordinator reports a SEV2 incident and resolves it; the court then approves close-out', async () => {
      await page.goto(`${api.url}/deployments/${liveId}/incidents`);
      await page.waitForURL(/\/sign-in\?next=/);
      await signIn(page, api.url, 'coordinator@ccpor.example');
      await page.getByRole('heading', { name: 'Incidents and close-out' }).waitFor({ timeout: 15_000 });
      await page.getByLabel('Severity').selectOption('SEV2');
      await page.getByLabel('What happened').fill('Orders from the family court do not reach CARPOS.');
      await page.getByRole('button', { name: 'Report the incident' }).click();
      await page.getByText('Incident reported.').waitFor({ timeout: 15_000 });
      await page.getByRole('form', { name: /^Update the incident/ }).waitFor({ timeout: 15_000 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      const update = page.getByRole('form', { name: /^Update the incident/ });
      await update.getByLabel('Status').selectOption('RESOLVED');
      await update.getByRole('button', { name: 'Save' }).click();
      expect(await update.getByText('Say how it was resolved').count()).toBe(1);
      await update.getByLabel('Resolution').fill('The gateway certificate was renewed.');
      await update.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Incident updated.').waitFor({ timeout: 15_000 });
      const incidents = (await api.gql(graphql(`query PartnerWalkIncidents($id: ID!) { deployment(id: $id) { incidents { severity status resolution reportedBy } } }`), { id: liveId })).data!.deployment.incidents;
      expect(incidents).toEqual([{ severity: 'SEV2', status: 'RESOLVED', resolution: 'The gateway certificate was renewed.', reportedBy: 'Casey Coordinator' }]);

      const clerk = await api.createUser(Role.PARTNER_USER, { organizationId: liveCourtId, name: 'Jordan Lee', email: 'jordan.lee@court.example' });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in/);
      // Signing out finishes by wiping what was sent from the device; then the next person comes.
      await page.waitForLoadState('networkidle');
      await page.goto(`${api.url}/deployments/${liveId}/incidents`);
      await page.waitForURL(/\/sign-in\?next=/);
      await signIn(page, api.url, clerk.email, TEST_PASSWORD);
      await page.getByRole('heading', { name: 'Approve close-out' }).waitFor({ timeout: 15_000 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByLabel('Your role').fill('Court Executive Officer');
      await page.getByRole('button', { name: 'Approve close-out' }).click();
      await expect.poll(() => page.getByText(/^Approved/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const closed = (await api.gql(graphql(`query PartnerWalkCloseOut($id: ID!) { deployment(id: $id) { status closeOut { approvedBy approverRole recordedBy } } }`), { id: liveId })).data!.deployment;
      expect(closed).toEqual({ status: 'CLOSED', closeOut: { approvedBy: 'Jordan Lee', approverRole: 'Court Executive Officer', recordedBy: 'Jordan Lee' } });
    }, 90_000);
  });
});
