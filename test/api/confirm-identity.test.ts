import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../server/modules/user/credentials';
import { Api, Client, errorCode, errorDetails, refusedFields, startApi, TEST_PASSWORD } from '../support/api';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const CONFIRM = 'mutation($i: ConfirmIdentityInput!) { confirmIdentity(input: $i) }';
const CHANGE_PASSWORD = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
const START_MFA = 'mutation { startMfaEnrolment(input: {}) { secret } }';
const CONFIRM_MFA = 'mutation($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }';
const CREATE_TOKEN = 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name } } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }';

const minutes = (n: number) => api.clock.advanceDays(n / 1440);

async function securityEvents(operation: string, actor: string) {
  const res = await api.gql('query($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { nodes { actor after } } }', { f: { operation, kind: 'SECURITY' } });
  return (res.data!.auditEvents.nodes as { actor: string; after: Record<string, string> | null }[]).filter((e) => e.actor === actor);
}

/** Every action that changes how the person signs in, each sent once. */
const sensitive = (client: Client) => ({
  changePassword: () => client.gql(CHANGE_PASSWORD, { i: { newPassword: 'a fresh and long passphrase' } }),
  startMfaEnrolment: () => client.gql(START_MFA),
  confirmMfaEnrolment: () => client.gql(CONFIRM_MFA, { i: { code: '123456' } }),
  createApiToken: () => client.gql(CREATE_TOKEN, { i: { name: 'Power BI' } }),
});

describe('confirming identity before changing how one signs in', () => {
  it('is needed more than five minutes after signing in, for the password, the second factor and API tokens', async () => {
    const name = 'Stale session';
    const user = await api.createUser('REPORTER' as never, { name });
    const { client } = await api.signIn(user.email);
    // Signing in is a confirmation: right after it, the token is made without asking again.
    expect((await client.gql(CREATE_TOKEN, { i: { name: 'First token' } })).data!.createApiToken.token).toMatch(/^ccpor_/);

    minutes(5);
    for (const [operation, send] of Object.entries(sensitive(client))) {
      const res = await send();
      expect([operation, errorCode(res)]).toEqual([operation, 'REAUTHENTICATION_REQUIRED']);
      expect(errorDetails(res)).toEqual({ secondFactor: false });
    }
    expect((await client.gql('{ myApiTokens { id } }')).data!.myApiTokens).toHaveLength(1);

    const wrong = await client.gql(CONFIRM, { i: { password: 'not my password at all' } });
    expect(refusedFields(wrong)).toEqual(['password']);
    expect(await securityEvents('IDENTITY_CHECK_FAILED', name)).toHaveLength(1);
    expect(errorCode(await sensitive(client).createApiToken())).toBe('REAUTHENTICATION_REQUIRED');

    expect((await client.gql(CONFIRM, { i: { password: TEST_PASSWORD } })).data!.confirmIdentity).toBe(true);
    expect(await securityEvents('IDENTITY_CONFIRMED', name)).toHaveLength(1);
    expect((await sensitive(client).createApiToken()).data!.createApiToken.token).toMatch(/^ccpor_/);
    expect((await sensitive(client).startMfaEnrolment()).data!.startMfaEnrolment.secret).toBeTruthy();
    expect((await sensitive(client).changePassword()).data!.changePassword).toBe(true);

    minutes(5);
    expect(errorCode(await sensitive(client).createApiToken())).toBe('REAUTHENTICATION_REQUIRED');
  });

  it('counts wrong passwords towards the sign-in lock: a session alone cannot guess the password', async () => {
    const name = 'Password guesser';
    const user = await api.createUser('FIELD_STAFF' as never, { name });
    const { client } = await api.signIn(user.email);
    for (let i = 0; i < 5; i++) expect(refusedFields(await client.gql(CONFIRM, { i: { password: `guess number ${i}` } }))).toEqual(['password']);
    expect(errorCode(await client.gql(CONFIRM, { i: { password: TEST_PASSWORD } }))).toBe('ACCOUNT_LOCKED');
    expect(errorCode(await api.anonymous.gql(SIGN_IN, { i: { email: user.email, password: TEST_PASSWORD } }))).toBe('ACCOUNT_LOCKED');
    const failures = [...await securityEvents('IDENTITY_CHECK_FAILED', name), ...await securityEvents('ACCOUNT_LOCKED', name)];
    expect(failures.filter((e) => e.after?.reason === 'wrong password')).toHaveLength(5);
  });

  it('asks for the code of the second factor too before it is replaced', async () => {
    const name = 'Phone replacer';
    const user = await api.createUser('COORDINATOR' as never, { name });
    const { client } = await api.signIn(user.email);
    const secret = (await client.gql(START_MFA)).data!.startMfaEnrolment.secret as string;
    expect((await client.gql(CONFIRM_MFA, { i: { code: totpCode(secret, user.email, api.clock.now()) } })).data!.confirmMfaEnrolment.codes).toHaveLength(10);

    minutes(6);
    const refused = await client.gql(START_MFA);
    expect(errorCode(refused)).toBe('REAUTHENTICATION_REQUIRED');
    expect(errorDetails(refused)).toEqual({ secondFactor: true });
    expect(refusedFields(await client.gql(CONFIRM, { i: { password: TEST_PASSWORD } }))).toEqual(['totpCode']);
    expect(refusedFields(await client.gql(CONFIRM, { i: { password: TEST_PASSWORD, totpCode: '000000' } }))).toEqual(['totpCode']);
    expect(await securityEvents('IDENTITY_CHECK_FAILED', name)).toEqual([expect.objectContaining({ after: expect.objectContaining({ reason: 'wrong second factor' }) })]);
    expect((await client.gql(CONFIRM, { i: { password: TEST_PASSWORD, totpCode: totpCode(secret, user.email, api.clock.now()) } })).data!.confirmIdentity).toBe(true);
    const replacement = (await client.gql(START_MFA)).data!.startMfaEnrolment.secret as string;
    expect((await client.gql(CONFIRM_MFA, { i: { code: totpCode(replacement, user.email, api.clock.now()) } })).data!.confirmMfaEnrolment.codes).toHaveLength(10);
  });
});

describe('credentials resent with the same mutationId', () => {
  it('createApiToken makes one token; the resend answers its record without the secret', async () => {
    const name = 'Token resender';
    const user = await api.createUser('REPORTER' as never, { name });
    const { client } = await api.signIn(user.email);
    const input = { mutationId: randomUUID(), name: 'Excel export' };
    const first = (await client.gql(CREATE_TOKEN, { i: input })).data!.createApiToken;
    const again = (await client.gql(CREATE_TOKEN, { i: input })).data!.createApiToken;
    expect(first.token).toMatch(/^ccpor_/);
    expect(again).toEqual({ token: null, apiToken: first.apiToken });
    expect((await client.gql('{ myApiTokens { id } }')).data!.myApiTokens).toEqual([{ id: first.apiToken.id }]);
    expect(await securityEvents('API_TOKEN_CREATED', name)).toHaveLength(1);
    expect(errorCode(await client.gql(CREATE_TOKEN, { i: { ...input, name: 'Another name' } }))).toBe('MUTATION_ID_REUSED');
  });

  it('resetPassword makes one link and one event; unlockUser one event', async () => {
    const user = await api.createUser('FIELD_STAFF' as never, { name: 'Reset twice' });
    const RESET = 'mutation($i: UserActionInput!) { resetPassword(input: $i) { url expiresAt } }';
    const input = { mutationId: randomUUID(), userId: user.id };
    const first = (await api.gql(RESET, { i: input })).data!.resetPassword;
    const again = (await api.gql(RESET, { i: input })).data!.resetPassword;
    expect(first.url).toContain('/reset-password?token=');
    expect(again).toEqual({ url: null, expiresAt: first.expiresAt });
    const resets = (await api.gql('query($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { nodes { entityId } } }', { f: { operation: 'PASSWORD_RESET', entityId: user.id } })).data!.auditEvents.nodes;
    expect(resets).toHaveLength(1);
    const token = new URL(first.url).searchParams.get('token')!;
    expect((await api.anonymous.gql('mutation($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }', { i: { token, newPassword: 'my very own passphrase' } })).data!.completePasswordReset).toBe(true);

    const UNLOCK = 'mutation($i: UserActionInput!) { unlockUser(input: $i) { id } }';
    const unlock = { mutationId: randomUUID(), userId: user.id };
    expect((await api.gql(UNLOCK, { i: unlock })).data!.unlockUser.id).toBe(user.id);
    expect((await api.gql(UNLOCK, { i: unlock })).data!.unlockUser.id).toBe(user.id);
    const unlocks = (await api.gql('query($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { nodes { actor } } }', { f: { operation: 'ACCOUNT_UNLOCKED', entityId: user.id } })).data!.auditEvents.nodes;
    expect(unlocks).toEqual([{ actor: expect.any(String) }]);
  });
});
