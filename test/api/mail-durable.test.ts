import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/modules/user/user.entity';
import { Api, dataOf, startSecondProcess, TestClock, usingPostgres } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import { closeMailingApi, PUBLIC_URL, startMailingApi, type ReceivedMail, type TestSmtp } from '../support/smtp';

// Delivery across processes: the workers run in server processes of their own (tsx server/main.ts)
// on this test's database, with the system's clock, so this server's clock is set to the real now;
// it queues the mail and reads the outcome, and runs no worker itself.

let smtp: TestSmtp;
let api: Api;
beforeAll(async () => {
  const clock = new TestClock();
  clock.advanceDays((Date.now() - clock.now().getTime()) / 86_400_000);
  ({ smtp, api } = await startMailingApi({ clock, worker: false }));
});
afterAll(() => closeMailingApi(api, smtp));

const SCHEDULE = graphql(`mutation DurableScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }`);
const MAILBOX = graphql(`query DurableMailbox { mailbox(first: 100) { nodes { messageId toAddress status attempts } } }`);

const workerEnv = (claimSeconds: number) => ({
  SMTP_URL: smtp.url, PUBLIC_URL, MAIL_WORKER: '1', MAIL_POLL_MS: '50', MAIL_CLAIM_SECONDS: String(claimSeconds),
});

/** Partners of the county's court, and a deployment whose trainings are mailed to them: one message per partner and training. */
async function audience(county: string, partners: number) {
  const d = await createDeployment(api, county, 90);
  const { courtId } = await organizationsOf(api, county);
  const addresses = new Set<string>();
  for (let i = 1; i <= partners; i += 1) addresses.add((await api.as(Role.PARTNER_USER, { organizationId: courtId, name: `${county} Partner ${i}` })).user!.email);
  const schedule = (scheduledOn: string) => api.gql(SCHEDULE, {
    i: { deploymentId: d.id, scheduledOn, mode: 'REMOTE', module: 'FULL_USE', audience: 'END_USERS', trainer: 'Dana Trainer', attendees: [], mutationId: randomUUID() },
  });
  return { addresses, schedule };
}

async function mailboxTo(addresses: Set<string>) {
  return dataOf(await api.gql(MAILBOX)).mailbox.nodes.filter((m) => addresses.has(m.toAddress));
}

const countsById = (received: ReceivedMail[]) => received.reduce((counts, m) => counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1), new Map<string, number>());

describe('durable delivery', () => {
  it('loses nothing when a worker is killed between the SMTP server’s acceptance and its commit, and resends only that message, with its Message-ID', async () => {
    const { addresses, schedule } = await audience('Glenn', 5);
    const first = await startSecondProcess(api, workerEnv(1));
    let inFlight: string | null = null;
    smtp.beforeAccept = async (mail) => {
      // The third message: the server has it, and its sender dies before it hears so.
      if (!inFlight && smtp.received.filter((m) => addresses.has(m.to[0])).length === 2) {
        inFlight = mail.messageId;
        await first.kill();
      }
    };
    dataOf(await schedule('2027-02-03'));
    await smtp.waitFor((all) => all.filter((m) => addresses.has(m.to[0])).length === 3);
    smtp.beforeAccept = null;
    const after = await mailboxTo(addresses);
    expect(after.map((m) => m.status).sort()).toEqual(['QUEUED', 'QUEUED', 'QUEUED', 'SENT', 'SENT']);
    expect(after.find((m) => m.messageId === inFlight)!.status).toBe('QUEUED');

    // Another process takes over once the dead worker's claim runs out.
    const second = await startSecondProcess(api, workerEnv(1));
    try {
      await expect.poll(async () => (await mailboxTo(addresses)).every((m) => m.status === 'SENT'), { timeout: 20_000 }).toBe(true);
    } finally {
      await second.stop();
    }
    const delivered = smtp.received.filter((m) => addresses.has(m.to[0]));
    const counts = countsById(delivered);
    expect(counts.size).toBe(5);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([[inFlight, 2]]);
    expect(new Set(delivered.map((m) => m.to[0]))).toEqual(addresses);
    expect((await mailboxTo(addresses)).every((m) => m.attempts === 1)).toBe(true);
  }, 90_000);

  it.runIf(usingPostgres())('two server processes on PostgreSQL send each message once, sending at the same time', async () => {
    const { addresses, schedule } = await audience('Humboldt', 6);
    const [one, two] = await Promise.all([startSecondProcess(api, workerEnv(300)), startSecondProcess(api, workerEnv(300))]);
    // The first message is held until another arrives meanwhile: only two workers sending at once get past it.
    let other: () => void = () => {};
    const otherArrived = new Promise<void>((resolve) => { other = resolve; });
    let held = false;
    smtp.beforeAccept = async () => {
      if (held) return other();
      held = true;
      await otherArrived;
    };
    try {
      for (const on of ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']) dataOf(await schedule(on));
      await expect.poll(async () => (await mailboxTo(addresses)).filter((m) => m.status === 'SENT').length, { timeout: 30_000 }).toBe(30);
    } finally {
      smtp.beforeAccept = null;
      await Promise.all([one.stop(), two.stop()]);
    }
    const counts = countsById(smtp.received.filter((m) => addresses.has(m.to[0])));
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);
});
