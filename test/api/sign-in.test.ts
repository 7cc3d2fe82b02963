import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../server/modules/user/credentials';
import { Session, User } from '../../server/modules/user/user.entity';
import { Api, dataOf, errorCode, errorDetails, refusedFields, startApi, TEST_PASSWORD } from '../support/api';
import { graphql } from '../support/generated';
import { formatTime } from '../../rules/times';

let api: Api;
beforeAll(async () => { api = await startApi({ config: { mfaRequiredRoles: ['ADMIN', 'COORDINATOR'] } }); });
afterAll(async () => { await api?.close(); });

const ME = graphql(`query SignInMe { me { email role } }`);
const SIGN_IN = graphql(`mutation SignInAttempt($i: SignInInput!) { signIn(input: $i) { user { email } } }`);
const EVENTS = graphql(`query SignInAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { actor operation after } } }`);
const COUNT = graphql(`query SignInDeploymentCount($n: Int!) { deployments(first: $n) { totalCount } }`);
const USERS = graphql(`query SignInLockedUsers($s: String) { users(first: 100, filter: { search: $s }) { nodes { id lockedUntil } } }`);
const UNLOCK = graphql(`mutation SignInUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }`);
const CHANGE_PASSWORD = graphql(`mutation SignInChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }`);
const SIGN_OUT = graphql(`mutation SignInSignOut { signOut }`);
const START_MFA = graphql(`mutation SignInStartMfa($input: MutationIdInput!) { startMfaEnrolment(input: $input) { secret otpauthUri } }`);
const CONFIRM_MFA = graphql(`mutation SignInConfirmMfa($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }`);
const COURT = graphql(`query SignInCourt($county: String) { organizations(first: 1, filter: { kind: COURT, county: $county }) { nodes { id } } }`);
const CREATE_TOKEN = graphql(`mutation SignInCreateToken { createApiToken(input: { name: "Power BI" }) { token apiToken { id prefix } } }`);
const MY_TOKENS = graphql(`query SignInMyTokens { myApiTokens { id name lastUsedAt revokedAt } }`);
const REVOKE_TOKEN = graphql(`mutation SignInRevokeToken($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { revokedAt } }`);
const CREATE_USER = graphql(`mutation SignInCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email role } passwordLink { url expiresAt } } }`);
const COMPLETE_RESET = graphql(`mutation SignInCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }`);
const UPDATE_USER = graphql(`mutation SignInUpdateUser($i: UpdateUserInput!) { updateUser(input: $i) { active } }`);
const CREATE_DEPLOYMENT = graphql(`mutation SignInCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id tasks { id number version } } }`);
const WAIVE = graphql(`mutation SignInWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { status } }`);
const TRAIL = graphql(`query SignInTrail($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { kind actor role operation entityType before after } } }`);
const REOPEN = graphql(`mutation SignInReopen($i: TaskActionInput!) { reopenTask(input: $i) { id } }`);
const EVERYTHING = graphql(`query SignInEverything { auditEvents(first: 100) { nodes { before after actor } } }`);
const attempt = (email: string, password: string) => api.anonymous.gql(SIGN_IN, { i: { email, password } });
const securityEvents = async (operation: string) => dataOf(await api.gql(EVENTS, { f: { operation } })).auditEvents;

describe('passwords and lockout', () => {
  it('answers the same for an unknown e-mail and a wrong password, and records both', async () => {
    const user = await api.createUser('FIELD_STAFF' as never, { name: 'Lockout one' });
    const wrong = await attempt(user.email, 'not the password at all');
    const unknown = await attempt('nobody@test.example', 'not the password at all');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect((await securityEvents('SIGN_IN_FAILED')).nodes.map((n) => n.after)).toEqual(expect.arrayContaining([
      expect.objectContaining({ reason: 'wrong password' }), expect.objectContaining({ reason: 'unknown e-mail' })]));
  });

  it('locks an address after five failures for ten minutes, even with the right password, and an admin can unlock it', async () => {
    const user = await api.createUser('FIELD_STAFF' as never, { name: 'Lockout two' });
    for (let i = 0; i < 4; i++) expect(errorCode(await attempt(user.email, 'wrong password here'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attempt(user.email, 'wrong password here'))).toBe('UNAUTHENTICATED');
    const locked = await attempt(user.email, TEST_PASSWORD);
    expect(errorCode(locked)).toBe('ACCOUNT_LOCKED');
    // Until when, in the courts' (Pacific) time, not UTC.
    expect(locked.errors![0].message).toContain(`try again after ${formatTime(new Date(api.clock.now().getTime() + 10 * 60_000))},`);
    // An unknown address locks the same way, so the answer tells nothing about who has an account.
    for (let i = 0; i < 5; i++) await attempt('ghost@test.example', 'wrong password here');
    expect(errorCode(await attempt('ghost@test.example', 'wrong password here'))).toBe('ACCOUNT_LOCKED');

    api.clock.advanceDays(10 / 1440);
    expect(errorCode(await attempt(user.email, TEST_PASSWORD))).toBeUndefined();
    for (let i = 0; i < 5; i++) await attempt(user.email, 'wrong password here');
    expect(errorCode(await attempt(user.email, TEST_PASSWORD))).toBe('ACCOUNT_LOCKED');
    const users = await api.gql(USERS, { s: 'lockout.two' });
    expect(users.data!.users.nodes[0].lockedUntil).not.toBeNull();
    await api.gql(UNLOCK, { i: { userId: user.id } });
    expect(errorCode(await attempt(user.email, TEST_PASSWORD))).toBeUndefined();
  });

  it('counts sign-in attempts packed into one request one by one: aliases buy no extra guesses', async () => {
    const user = await api.createUser('FIELD_STAFF' as never, { name: 'Alias attack' });
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: signIn(input: { email: "${user.email}", password: "guess number ${i}" }) { user { id } }`).join('\n');
    const before = (await securityEvents('SIGN_IN_FAILED')).totalCount;
    // Mutations run one after another and a failed sign-in stops the rest, so each request makes one guess.
    for (let i = 0; i < 4; i++) expect(errorCode(await api.anonymous.gql(`mutation { ${aliases} }`))).toBe('UNAUTHENTICATED');
    expect((await securityEvents('SIGN_IN_FAILED')).totalCount).toBe(before + 4);
    await api.anonymous.gql(`mutation { ${aliases} }`);
    expect(errorCode(await attempt(user.email, TEST_PASSWORD))).toBe('ACCOUNT_LOCKED');
  });

  it('limits attempts per client address per minute', async () => {
    // The suite's own admin sign-in is the first of the four attempts allowed.
    const limited = await startApi({ config: { signInRatePerMinute: 4 } });
    try {
      for (let i = 0; i < 3; i++) expect(errorCode(await limited.anonymous.gql(SIGN_IN, { i: { email: `x${i}@test.example`, password: 'whatever it is' } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await limited.anonymous.gql(SIGN_IN, { i: { email: 'y@test.example', password: 'whatever it is' } }))).toBe('RATE_LIMITED');
      limited.clock.advanceDays(1 / 1440);
      expect(errorCode(await limited.anonymous.gql(SIGN_IN, { i: { email: 'y@test.example', password: 'whatever it is' } }))).toBe('UNAUTHENTICATED');
    } finally {
      await limited.close();
    }
  });

  it('refuses short and common passwords, and a password change ends the other sessions', async () => {
    const user = await api.createUser('REPORTER' as never, { name: 'Password changer' });
    const laptop = (await api.signIn(user.email)).client;
    const tablet = (await api.signIn(user.email)).client;
    const change = (newPassword: string) => laptop.gql(CHANGE_PASSWORD, { i: { newPassword } });
    expect(refusedFields(await change('short'))[0]).toBe('newPassword');
    expect(errorCode(await change('password1234'))).toBe('BAD_USER_INPUT');
    expect((await change('a brand new long passphrase')).data!.changePassword).toBe(true);
    expect((await laptop.gql(ME)).data!.me?.email).toBe(user.email);
    expect((await tablet.gql(ME)).data!.me).toBeNull();
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes and after 12 hours whatever the use, and on sign-out', async () => {
    const short = await startApi({ config: { sessionIdleMinutes: 30, sessionMaxHours: 12 } });
    try {
      const user = await short.createUser('REPORTER' as never);
      const { client } = await short.signIn(user.email);
      short.clock.advanceDays(29 / 1440);
      expect((await client.gql(ME)).data!.me).not.toBeNull();
      short.clock.advanceDays(31 / 1440);
      expect((await client.gql(ME)).data!.me).toBeNull();
      expect(errorCode(await client.gql(COUNT, { n: 1 }))).toBe('UNAUTHENTICATED');

      const busy = (await short.signIn(user.email)).client;
      for (let i = 0; i < 24; i++) {
        short.clock.advanceDays(29 / 1440);
        expect((await busy.gql(ME)).data!.me).not.toBeNull();
      }
      short.clock.advanceDays(29 / 1440); // 25 × 29 min > 12 h
      expect((await busy.gql(ME)).data!.me).toBeNull();

      const leaving = (await short.signIn(user.email)).client;
      expect((await leaving.gql(SIGN_OUT)).data!.signOut).toBe(true);
      expect((await leaving.gql(ME)).data!.me).toBeNull();
    } finally {
      await short.close();
    }
  });

  it('are read with their user in one statement, which refuses a revoked session and a deactivated user, and writes "last seen" back once a minute', async () => {
    const own = await startApi();
    try {
      const user = await own.createUser('REPORTER' as never, { name: 'Behind its back' });
      const { client } = await own.signIn(user.email);
      const lastSeen = async () => (await own.app.db.manager.findOneByOrFail(Session, { userId: user.id, revokedAt: IsNull() })).lastSeenAt.getTime();
      const signedInAt = await lastSeen();
      expect((await client.gql('{ __typename }')).extensions!.sqlStatements).toBe(1);
      own.clock.advanceDays(50 / 86_400);
      expect((await client.gql(ME)).data!.me?.role).toBe('REPORTER');
      expect(await lastSeen()).toBe(signedInAt);
      own.clock.advanceDays(20 / 86_400);
      expect((await client.gql(ME)).data!.me?.role).toBe('REPORTER');
      expect(await lastSeen()).toBe(own.clock.now().getTime());

      // Changed in the database alone, without the sessions being ended as deactivating does.
      await own.app.db.manager.update(User, { id: user.id }, { active: false });
      const deactivated = await client.gql(COUNT, { n: 1 });
      expect([errorCode(deactivated), deactivated.errors![0].message]).toEqual(['UNAUTHENTICATED', 'Your session has ended. Sign in again.']);
      await own.app.db.manager.update(User, { id: user.id }, { active: true });
      expect((await client.gql(ME)).data!.me?.role).toBe('REPORTER');
      await own.app.db.manager.update(Session, { userId: user.id }, { revokedAt: own.clock.now() });
      expect((await client.gql(ME)).data!.me).toBeNull();

      const partner = (await own.signIn(user.email)).client;
      const { token } = dataOf(await partner.gql(CREATE_TOKEN)).createApiToken;
      const bearer = { authorization: `Bearer ${token}` };
      expect((await own.anonymous.gql(ME, undefined, bearer)).data!.me?.role).toBe('REPORTER');
      await own.app.db.manager.update(User, { id: user.id }, { active: false });
      const refusedToken = await own.anonymous.gql(COUNT, { n: 1 }, bearer);
      expect([errorCode(refusedToken), refusedToken.errors![0].message])
        .toEqual(['UNAUTHENTICATED', 'This API token belongs to an account that is deactivated; ask an administrator.']);
    } finally {
      await own.close();
    }
  });
});

describe('two-factor sign-in', () => {
  it('makes a coordinator enrol, then asks for a code every time; recovery codes work once', async () => {
    const user = await api.createUser('COORDINATOR' as never, { name: 'Mfa coordinator' });
    const first = await api.signIn(user.email);
    expect(errorCode(first.res)).toBe('MFA_REQUIRED');
    expect(first.client.user).toBeNull();
    const { secret, enrolmentRequired } = errorDetails(first.res);
    expect(enrolmentRequired).toBe(true);
    const wrong = await api.signIn(user.email, TEST_PASSWORD, { totpCode: '000000' });
    expect(errorCode(wrong.res)).toBe('UNAUTHENTICATED');
    const enrolled = await api.signIn(user.email, TEST_PASSWORD, { totpCode: totpCode(secret!, user.email, api.clock.now()) });
    expect(enrolled.client.user!.email).toBe(user.email);
    const recoveryCodes = enrolled.res.data!.signIn.recoveryCodes!;
    expect(recoveryCodes).toHaveLength(10);

    const passwordOnly = await api.signIn(user.email);
    expect(errorCode(passwordOnly.res)).toBe('MFA_REQUIRED');
    expect(errorDetails(passwordOnly.res)).toEqual({ enrolmentRequired: false });
    const withCode = await api.signIn(user.email, TEST_PASSWORD, { totpCode: totpCode(secret!, user.email, api.clock.now()) });
    expect((await withCode.client.gql(ME)).data!.me?.role).toBe('COORDINATOR');
    expect((await api.signIn(user.email, TEST_PASSWORD, { recoveryCode: recoveryCodes[0] })).client.user).not.toBeNull();
    expect(errorCode((await api.signIn(user.email, TEST_PASSWORD, { recoveryCode: recoveryCodes[0] })).res)).toBe('UNAUTHENTICATED');
  });

  it('is offered to everyone: a reporter who enrols needs codes from then on', async () => {
    const user = await api.createUser('REPORTER' as never, { name: 'Careful reporter' });
    const { client } = await api.signIn(user.email);
    const enrolment = (await client.gql(START_MFA, { input: {} })).data!.startMfaEnrolment;
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/CCPOR%20Deploy:/);
    expect(errorCode(await client.gql(CONFIRM_MFA, { i: { code: '123456' } }))).toBe('BAD_USER_INPUT');
    const codes = await client.gql(CONFIRM_MFA, { i: { code: totpCode(enrolment.secret!, user.email, api.clock.now()) } });
    expect(codes.data!.confirmMfaEnrolment.codes).toHaveLength(10);
    expect(errorCode((await api.signIn(user.email)).res)).toBe('MFA_REQUIRED');
  });
});

describe('API tokens', () => {
  it('are shown once, read as their owner, never write, and stop working when revoked', async () => {
    const partner = await api.as('PARTNER_USER', { organizationId: dataOf(await api.gql(COURT)).organizations.nodes[0].id, name: 'Token partner' });
    const created = await partner.gql(CREATE_TOKEN);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token!.startsWith(apiToken.prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await api.anonymous.gql(ME, undefined, bearer)).data!.me?.role).toBe('PARTNER_USER');
    expect((await api.anonymous.gql(COUNT, { n: 5 }, bearer)).data!.deployments.totalCount).toBe(0);
    expect(errorCode(await api.anonymous.gql(START_MFA, { input: {} }, bearer))).toBe('FORBIDDEN');
    const listed = await partner.gql(MY_TOKENS);
    expect(listed.data!.myApiTokens).toEqual([{ id: apiToken.id, name: 'Power BI', lastUsedAt: expect.any(String), revokedAt: null }]);
    await partner.gql(REVOKE_TOKEN, { i: { apiTokenId: apiToken.id } });
    // Told what is wrong with the token sent, not that nobody is signed in (GraphQL and the CSV reports alike).
    const revoked = await api.anonymous.gql(COUNT, { n: 5 }, bearer);
    expect([errorCode(revoked), revoked.errors![0].message]).toEqual(['UNAUTHENTICATED', expect.stringMatching(/^This API token \(“Power BI”\) was revoked on \w{3}, \w{3} \d+, \d{4}; create a new one on your account page\.$/)]);
    const csv = await fetch(`${api.url}/reports/overdue-tasks.csv`, { headers: bearer });
    expect([csv.status, ((await csv.json()) as { errors: { message: string }[] }).errors[0].message]).toEqual([401, revoked.errors![0].message]);
    const unknown = await api.anonymous.gql(COUNT, { n: 5 }, { authorization: 'Bearer ccpor_made_up' });
    expect([errorCode(unknown), unknown.errors![0].message]).toEqual(['UNAUTHENTICATED', expect.stringMatching(/^This API token is not known/)]);
    expect((await api.anonymous.gql(COUNT, { n: 5 })).errors![0].message).toBe('You are not signed in. Sign in and try again.');
  });
});

describe('users and the audit trail', () => {
  it('an admin creates a user with a one-time password link; the person sets a password with it once', async () => {
    const created = await api.gql(CREATE_USER, {
      i: { email: 'New.Person@Test.example', displayName: 'New Person', role: 'FIELD_STAFF' },
    });
    const { user, passwordLink } = created.data!.createUser;
    expect(user.email).toBe('new.person@test.example');
    const token = new URL(passwordLink!.url!).searchParams.get('token')!;
    expect(errorCode(await attempt(user.email, 'anything long enough'))).toBe('UNAUTHENTICATED');
    const set = await api.anonymous.gql(COMPLETE_RESET, { i: { token, newPassword: 'my own fine passphrase' } });
    expect(set.data!.completePasswordReset).toBe(true);
    // A used or mistyped link says so, in words (the page shows it; it is no lost session).
    const used = await api.anonymous.gql(COMPLETE_RESET, { i: { token, newPassword: 'another fine passphrase' } });
    expect([errorCode(used), used.errors![0].message]).toEqual(['UNAUTHENTICATED', expect.stringMatching(/^This password link was already used, on \w{3}, \w{3} \d+, \d{4}, \d+:\d{2} [AP]M P[SD]T: sign in with the password chosen then/)]);
    const mistyped = await api.anonymous.gql(COMPLETE_RESET, { i: { token: `${token.slice(0, -2)}xx`, newPassword: 'another fine passphrase' } });
    expect(mistyped.errors![0].message).toMatch(/^This password link is not known: open the whole link as it was sent/);
    expect((await attempt(user.email, 'my own fine passphrase')).data!.signIn.user?.email).toBe(user.email);
    const partner = await api.gql(CREATE_USER, { i: { email: 'p@test.example', displayName: 'No Org', role: 'PARTNER_USER' } });
    expect(refusedFields(partner)[0]).toBe('organizationId');
  });

  it('signing in is not a change of the account: an edit based on the version read before still applies', async () => {
    const user = await api.createUser('REPORTER' as never, { name: 'Returning reporter' });
    const { version } = await api.app.db.manager.findOneByOrFail(User, { id: user.id });
    await api.signIn(user.email);
    const after = await api.app.db.manager.findOneByOrFail(User, { id: user.id });
    expect(after.lastSignInAt).not.toBeNull();
    expect(after.version).toBe(version);
    expect(dataOf(await api.gql(UPDATE_USER, { i: { userId: user.id, active: false, baseVersion: version } })).updateUser.active).toBe(false);
  });

  it('deactivating a user ends their sessions', async () => {
    const user = await api.createUser('REPORTER' as never, { name: 'Leaver' });
    const { client } = await api.signIn(user.email);
    const { version } = await api.app.db.manager.findOneByOrFail(User, { id: user.id });
    dataOf(await api.gql(UPDATE_USER, { i: { userId: user.id, active: false, baseVersion: version } }));
    expect((await client.gql(ME)).data!.me).toBeNull();
    expect(errorCode(await attempt(user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('records who changed what, before and after, with no secrets; denials are recorded though nothing changed', async () => {
    const court = dataOf(await api.gql(COURT, { county: 'Napa' })).organizations.nodes[0].id;
    const d = (await api.gql(CREATE_DEPLOYMENT, { i: { courtId: court, targetGoLive: '2027-06-01' } })).data!.createDeployment;
    const taskId = d.tasks[0].id;
    dataOf(await api.gql(WAIVE, { i: { taskId, reason: 'Already aware', baseVersion: d.tasks[0].version } }));
    const trail = await api.gql(TRAIL, { f: { entityId: taskId } });
    const waived = trail.data!.auditEvents.nodes.find((n) => n.operation === 'waiveTask');
    expect(waived).toMatchObject({ kind: 'CHANGE', actor: 'Test admin', role: 'ADMIN', entityType: 'Task', before: { status: 'OPEN', reason: null }, after: { status: 'WAIVED', reason: 'Already aware' } });

    const reporter = await api.as('REPORTER', { name: 'Nosy reporter' });
    expect(errorCode(await reporter.gql(REOPEN, { i: { taskId, baseVersion: d.tasks[0].version + 1 } }))).toBe('FORBIDDEN');
    const denials = await securityEvents('PERMISSION_DENIED');
    expect(denials.nodes.some((n) => n.actor === 'Nosy reporter')).toBe(true);

    const everything = JSON.stringify((await api.gql(EVERYTHING)).data);
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toMatch(/\$argon2id\$/);
    // A token's record (its prefix of a few characters included) is audited; the token itself never.
    expect(everything).not.toMatch(/ccpor_[\w-]{20,}/);
  });
});
