import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { Api, dataOf, errorCode, startApi, type Client } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { MailStatus } from '../support/generated/graphql';
import { closeMailingApi, PUBLIC_URL, startMailingApi, type TestSmtp } from '../support/smtp';

// E-mail goes through a real SMTP server the test starts; the worker runs in the server as it does in production.

let smtp: TestSmtp;
let api: Api;
beforeAll(async () => ({ smtp, api } = await startMailingApi()));
afterAll(() => closeMailingApi(api, smtp));

const SCHEDULE = graphql(`mutation MailScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`);
const MAILBOX = graphql(`query MailMailbox($first: Int!, $after: String, $filter: MailboxFilter) {
  mailbox(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id messageId kind toAddress subject body link status attempts lastError sentAt } }
}`);
const SETTINGS = graphql(`mutation MailSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version timeZone mailPreferences { kind delivery } } }`);
const ME = graphql(`query MailMe { me { id version timeZone mailPreferences { kind delivery } } }`);
const UNSUBSCRIBE = graphql(`mutation MailUnsubscribe($i: UnsubscribeMailInput!) { unsubscribeMail(input: $i) { kinds digest } }`);

const scheduleTraining = (deploymentId: string) => api.gql(SCHEDULE, {
  i: { deploymentId, scheduledOn: '2027-02-03', mode: 'CLASSROOM', module: 'FULL_USE', audience: 'END_USERS', trainer: 'Dana Trainer', attendees: [], mutationId: randomUUID() },
});

async function mailTo(address: string) {
  return dataOf(await api.gql(MAILBOX, { first: 100 })).mailbox.nodes.filter((m) => m.toAddress === address);
}

type Listed = Awaited<ReturnType<typeof mailTo>>[number];

/** Polls the mailbox until a message to `address` has this status (and passes `also`). */
async function untilStatus(address: string, status: MailStatus, also: (m: Listed) => boolean = () => true): Promise<Listed> {
  let found: Listed | undefined;
  await expect.poll(async () => {
    found = (await mailTo(address)).find((m) => m.status === status && also(m));
    return !!found;
  }, { timeout: 15_000, message: `a message to ${address} became ${status}` }).toBe(true);
  return found!;
}

/** A partner of the county's court (or sheriff's office), signed in. */
async function partner(county: string, name: string, of: 'court' | 'sheriff' = 'court'): Promise<Client & { email: string }> {
  const orgs = await organizationsOf(api, county);
  const client = await api.as(Role.PARTNER_USER, { organizationId: of === 'court' ? orgs.courtId : orgs.sheriffId, name });
  return { ...client, email: client.user!.email };
}

describe('e-mail', () => {
  it('tells the court’s and the LEA’s partners of a scheduled training, with a link to the deployment and an unsubscribe', async () => {
    const d = await createDeployment(api, 'Alameda', 90);
    const clerk = await partner('Alameda', 'Alameda Clerk');
    const deputy = await partner('Alameda', 'Alameda Deputy', 'sheriff');
    const elsewhere = await partner('Butte', 'Butte Clerk');
    dataOf(await scheduleTraining(d.id));
    const received = await smtp.waitFor((all) => [clerk.email, deputy.email].every((to) => all.some((m) => m.to.includes(to))));
    expect(received.some((m) => m.to.includes(elsewhere.email))).toBe(false);
    const message = received.find((m) => m.to.includes(clerk.email))!;
    expect(message.subject).toBe('Training scheduled on Wed, Feb 3, 2027: Superior Court of California, County of Alameda');
    expect(message.text.split('\n')[0]).toBe(
      'Plan who attends: End users training (Full use) for Superior Court of California, County of Alameda is scheduled on Wed, Feb 3, 2027.');
    expect(message.text).toContain(`Open it: ${PUBLIC_URL}/deployments/${d.id}`);
    expect(message.headers.get('list-unsubscribe')).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe\\?token=`));
    expect(message.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const sent = await untilStatus(clerk.email, 'SENT');
    expect(sent).toMatchObject({ kind: 'TRAINING_SCHEDULED', messageId: message.messageId, attempts: 1, link: `${PUBLIC_URL}/deployments/${d.id}` });
  });

  it('retries a message the SMTP server refuses, with the same Message-ID, and shows administrators the answer meanwhile', async () => {
    const d = await createDeployment(api, 'Amador', 90);
    const clerk = await partner('Amador', 'Amador Clerk');
    smtp.refuseNext(1, 451, 'Mailbox busy, try again later');
    dataOf(await scheduleTraining(d.id));
    const waiting = await untilStatus(clerk.email, 'QUEUED', (m) => m.attempts > 0);
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toContain('451 Mailbox busy, try again later');
    expect(smtp.received.some((m) => m.to.includes(clerk.email))).toBe(false);
    // The next attempt is due a minute later.
    api.clock.advanceDays(2 / 1440);
    const [delivered] = (await smtp.waitFor((all) => all.some((m) => m.to.includes(clerk.email)))).filter((m) => m.to.includes(clerk.email));
    const sent = await untilStatus(clerk.email, 'SENT');
    expect(sent).toMatchObject({ attempts: 2, lastError: null, messageId: delivered.messageId });
  });

  it('follows each person’s settings: off sends nothing, the digest holds it, and a one-click unsubscribe switches a kind off', async () => {
    const d = await createDeployment(api, 'Calaveras', 90);
    const off = await partner('Calaveras', 'Calaveras Off');
    const digest = await partner('Calaveras', 'Calaveras Digest');
    const clicker = await partner('Calaveras', 'Calaveras Clicker');
    const me = async (who: Client) => dataOf(await who.gql(ME)).me!;
    const set = async (who: Client, preferences: { kind: 'TRAINING_SCHEDULED'; delivery: 'OFF' | 'DAILY_DIGEST' }[], extra = {}) =>
      who.gql(SETTINGS, { i: { preferences, baseVersion: (await me(who)).version, mutationId: randomUUID(), ...extra } });
    expect((await me(off)).mailPreferences!.find((p) => p.kind === 'TRAINING_SCHEDULED')!.delivery).toBe('IMMEDIATELY');
    expect((await me(off)).timeZone).toBe('America/Los_Angeles');
    dataOf(await set(off, [{ kind: 'TRAINING_SCHEDULED', delivery: 'OFF' }]));
    const changed = dataOf(await set(digest, [{ kind: 'TRAINING_SCHEDULED', delivery: 'DAILY_DIGEST' }], { timeZone: 'America/New_York' })).updateMyMailSettings;
    expect(changed.timeZone).toBe('America/New_York');
    expect(errorCode(await set(digest, [], { timeZone: 'Mars/Olympus_Mons' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await digest.gql(SETTINGS, { i: { preferences: [], baseVersion: 1, mutationId: randomUUID() } }))).toBe('CONFLICT');

    dataOf(await scheduleTraining(d.id));
    await smtp.waitFor((all) => all.some((m) => m.to.includes(clicker.email)));
    expect(await mailTo(off.email)).toEqual([]);
    expect((await mailTo(digest.email)).map((m) => m.status)).toEqual(['IN_DIGEST']);

    // What a mail program does with List-Unsubscribe-Post: a POST to the link, no session.
    const link = smtp.received.find((m) => m.to.includes(clicker.email))!.headers.get('list-unsubscribe')!.slice(1, -1);
    const token = new URL(link).searchParams.get('token')!;
    const forged = await fetch(`${api.url}/unsubscribe?token=${token.slice(0, -2)}xx`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(forged.status).toBe(400);
    const clicked = await fetch(`${api.url}/unsubscribe?token=${token}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(clicked.status).toBe(200);
    expect(await clicked.json()).toEqual({ kinds: ['TRAINING_SCHEDULED'], digest: false });
    expect((await me(clicker)).mailPreferences!.find((p) => p.kind === 'TRAINING_SCHEDULED')!.delivery).toBe('OFF');
    // The app's unsubscribe page sends the same token through GraphQL, signed in or not.
    expect(dataOf(await api.anonymous.gql(UNSUBSCRIBE, { i: { token, mutationId: randomUUID() } })).unsubscribeMail.kinds).toEqual(['TRAINING_SCHEDULED']);
    dataOf(await scheduleTraining(d.id));
    expect((await mailTo(clicker.email)).length).toBe(1);
  });

  it('is kept for the development mailbox when no SMTP server is configured, readable by administrators only', async () => {
    const local = await startApi();
    try {
      const d = await createDeployment(local, 'Colusa', 90);
      const orgs = await organizationsOf(local, 'Colusa');
      const clerk = await local.as(Role.PARTNER_USER, { organizationId: orgs.courtId, name: 'Colusa Clerk' });
      dataOf(await local.gql(SCHEDULE, { i: { deploymentId: d.id, scheduledOn: '2027-02-03', mode: 'REMOTE', module: 'QUERIES', audience: 'END_USERS', trainer: 'Dana', attendees: [], mutationId: randomUUID() } }));
      const box = dataOf(await local.gql(MAILBOX, { first: 10 })).mailbox;
      expect(box.nodes).toHaveLength(1);
      expect(box.nodes[0]).toMatchObject({ status: 'KEPT', toAddress: clerk.user!.email, attempts: 0, sentAt: null });
      expect(box.nodes[0].body).toContain(`http://localhost:4000/deployments/${d.id}`);
      expect(errorCode(await clerk.gql(MAILBOX, { first: 10 }))).toBe('FORBIDDEN');
    } finally {
      await local.close();
    }
  });
});
