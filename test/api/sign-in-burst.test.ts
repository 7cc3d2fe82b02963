import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, errorCode, GqlResult, startApi, startSecondProcess, TEST_PASSWORD, TestClock, usingPostgres } from '../support/api';
import { graphql } from '../support/generated';

// Bursts of concurrent sign-ins for one address: on PostgreSQL they are shared between two server
// processes on one database, as behind a load balancer; on SQLite one process takes them all.
let api: Api;
let second: Awaited<ReturnType<typeof startSecondProcess>> | null = null;
beforeAll(async () => {
  // The second process keeps the real time, so this one does too: the lock's end is compared by both.
  const clock = new TestClock();
  clock.advanceDays((Date.now() - clock.now().getTime()) / 86_400_000);
  api = await startApi({ clock });
  if (usingPostgres()) second = await startSecondProcess(api, { SIGNIN_RATE_PER_MINUTE: '100000' });
});
afterAll(async () => {
  await second?.stop();
  await api?.close();
});

const SIGN_IN = graphql(`mutation SignInBurst($i: SignInInput!) { signIn(input: $i) { user { email } } }`);
const SECURITY_EVENTS = graphql(`query SignInBurstEvents { auditEvents(first: 100, filter: { kind: SECURITY }) { nodes { actor operation after } } }`);

/** Sends every password at once, alternating between the processes. */
const burst = (email: string, passwords: string[]) => Promise.all(passwords.map((password, i) =>
  (second && i % 2 ? second.gql : api.anonymous.gql)(SIGN_IN, { i: { email, password } })));

/** How many passwords for `email` were really checked: each checked one leaves a failure or a sign-in. */
async function checked(user: { email: string; name: string }) {
  const events = dataOf(await api.gql(SECURITY_EVENTS)).auditEvents.nodes;
  // A failed sign-in's `after` (JSON) says which e-mail was tried and why it failed.
  const failure = (after: unknown) => after as { email?: string; reason?: string } | null;
  return {
    wrong: events.filter((e) => failure(e.after)?.email === user.email && failure(e.after)?.reason === 'wrong password').length,
    right: events.filter((e) => e.operation === 'SIGN_IN' && e.actor === user.name).length,
  };
}

const codes = (answers: GqlResult<unknown>[]) => answers.map((a) => errorCode(a) ?? 'SIGNED_IN');
const howMany = (list: string[], code: string) => list.filter((c) => c === code).length;

describe('a burst of concurrent sign-ins', () => {
  it('checks five of fifteen wrong passwords and refuses the rest unchecked; the right one is then refused', async () => {
    const name = 'Burst one';
    const user = await api.createUser('FIELD_STAFF' as never, { name });
    const answers = codes(await burst(user.email, Array.from({ length: 15 }, (_, i) => `wrong guess number ${i}`)));
    expect(howMany(answers, 'UNAUTHENTICATED')).toBe(5);
    expect(howMany(answers, 'ACCOUNT_LOCKED')).toBe(10);
    expect(await checked({ email: user.email, name })).toEqual({ wrong: 5, right: 0 });
    expect(errorCode(await api.anonymous.gql(SIGN_IN, { i: { email: user.email, password: TEST_PASSWORD } }))).toBe('ACCOUNT_LOCKED');
  });

  it('with four failures counted, checks one password of a burst of fifteen wrong ones and the right one', async () => {
    const name = 'Burst two';
    const user = await api.createUser('FIELD_STAFF' as never, { name });
    for (let i = 0; i < 4; i++) expect(errorCode(await api.anonymous.gql(SIGN_IN, { i: { email: user.email, password: `earlier guess ${i}` } }))).toBe('UNAUTHENTICATED');
    const passwords = Array.from({ length: 15 }, (_, i) => `wrong guess number ${i}`);
    passwords.splice(7, 0, TEST_PASSWORD);
    const answers = codes(await burst(user.email, passwords));
    const { wrong, right } = await checked({ email: user.email, name });
    // The one place left goes to whichever attempt claims it first: the right password signs in only if it is that one.
    expect(wrong - 4 + right).toBe(1);
    expect(howMany(answers, 'ACCOUNT_LOCKED')).toBe(15);
    expect(answers[7]).toBe(right ? 'SIGNED_IN' : 'ACCOUNT_LOCKED');
  });
});
