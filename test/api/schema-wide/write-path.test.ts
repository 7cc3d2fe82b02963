import { buildSchema, getNamedType, GraphQLField, GraphQLInputObjectType, isNonNullType } from 'graphql';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, errorCode, startApi } from '../../support/api';
import { OPERATIONS } from './operations';
import { buildWorld, type World } from './world';

// Generated from schema.graphql (docs/sync.md#replay-safety): every state-changing mutation goes
// through the one write path, so each one is audited, applied once per mutationId and, when it
// updates a versioned record, checked against the version it was based on, which it must name.
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
// confirmIdentity only stamps the session, as signIn does: it changes no record.
const OUTSIDE_THE_WRITE_PATH = ['signIn', 'signOut', 'completePasswordReset', 'confirmIdentity'];
const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !OUTSIDE_THE_WRITE_PATH.includes(f.name));
const inputFields = (f: GraphQLField<unknown, unknown>) => {
  const input = f.args.find((a) => a.name === 'input');
  return input ? Object.keys((getNamedType(input.type) as GraphQLInputObjectType).getFields()) : [];
};
const names = mutations.map((f) => f.name);
/** Each item of recordTestResults is a recordTestResult: stored and audited under that name. */
const AUDITED_AS: Record<string, string> = { recordTestResults: 'recordTestResult' };
/** Batches take a mutationId per item: each item is replay-safe on its own. */
const BATCHES: Record<string, { itemFields(f: GraphQLField<unknown, unknown>): string[] }> = {
  recordTestResults: {
    itemFields: (f) => {
      const input = getNamedType(f.args.find((a) => a.name === 'input')!.type) as GraphQLInputObjectType;
      return Object.keys((getNamedType(input.getFields().results.type) as GraphQLInputObjectType).getFields());
    },
  },
};
/** Answers holding a secret shown once: a resend answers the same without it (docs/sync.md#replay-safety). */
const SECRETS_SHOWN_ONCE: Record<string, string> = {
  createApiToken: 'token', startMfaEnrolment: 'secret', confirmMfaEnrolment: 'codes', createCalendarFeed: 'path', resetPassword: 'url',
};
const withoutSecret = (name: string, data: Record<string, unknown> | undefined) => {
  const secret = SECRETS_SHOWN_ONCE[name];
  return secret && data ? { [name]: { ...(data[name] as object), [secret]: null } } : data;
};
const updates = mutations.filter((f) => inputFields(f).includes('baseVersion')).map((f) => f.name);
const baseVersionRequiredBySchema = (name: string) => {
  const input = getNamedType(schema.getMutationType()!.getFields()[name].args.find((a) => a.name === 'input')!.type) as GraphQLInputObjectType;
  return isNonNullType(input.getFields().baseVersion.type);
};

let api: Api;
let world: World;
beforeAll(async () => {
  api = await startApi();
  world = await buildWorld(api);
}, 120_000);
afterAll(async () => { await api?.close(); });

const AUDIT = `query WritePathAudit($f: AuditEventFilter, $after: String) {
  auditEvents(first: 100, after: $after, filter: $f) { pageInfo { hasNextPage endCursor } nodes { id entityType entityId } } }`;

interface Change { id: string; entityType: string | null; entityId: string | null }

/** Every CHANGE audit event of an operation, by id. */
async function changesOf(operation: string): Promise<Map<string, Change>> {
  const all = new Map<string, Change>();
  let after: string | null = null;
  do {
    const page = dataOf(await api.gql(AUDIT, { f: { operation, kind: 'CHANGE' }, after })).auditEvents as {
      pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Change[];
    };
    for (const n of page.nodes) all.set(n.id, n);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** The fixture's call, prepared on side A for the first role the operation allows. */
async function prepared(name: string) {
  const fixture = OPERATIONS[name];
  const role = fixture.roles[0];
  const call = await fixture.prepare(world, 'A', role);
  const caller = await world.callerFor(role, call.deploymentId);
  return { ...call, send: (variables = call.variables) => caller.gql(fixture.document, variables) };
}

const withInput = (variables: Record<string, unknown>, change: (input: Record<string, unknown>) => Record<string, unknown>) =>
  ({ ...variables, input: change({ ...(variables.input as Record<string, unknown>) }) });

describe('every state-changing mutation goes through the write path', () => {
  it('the schema has mutations to check, and updates among them', () => {
    expect(names.length).toBeGreaterThan(50);
    expect(updates).toEqual(expect.arrayContaining(['completeTask', 'goLive', 'advancePhase', 'updateDeployment']));
  });

  it.each(names)('%s: leaves audit events naming the records it wrote', async (name) => {
    const call = await prepared(name);
    const audited = AUDITED_AS[name] ?? name;
    const before = await changesOf(audited);
    const res = await call.send();
    expect(res.errors).toBeUndefined();
    const fresh = [...(await changesOf(audited)).values()].filter((e) => !before.has(e.id));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.filter((e) => !e.entityType || !e.entityId)).toEqual([]);
    if (call.target) expect(fresh.map((e) => [e.entityType, e.entityId])).toContainEqual(call.target);
  }, 120_000);

  it.each(names)('%s: takes a mutationId, and a resend answers the same with one effect', async (name) => {
    const field = schema.getMutationType()!.getFields()[name];
    const batch = BATCHES[name];
    expect(batch ? batch.itemFields(field) : inputFields(field)).toContain('mutationId');
    const call = await prepared(name);
    const audited = AUDITED_AS[name] ?? name;
    const first = await call.send();
    expect(first.errors).toBeUndefined();
    const changes = (await changesOf(audited)).size;
    const again = await call.send();
    expect(again.errors).toBeUndefined();
    // A batch answers which items were replayed; anything else answers exactly as the first time.
    if (!batch) expect(again.data).toEqual(withoutSecret(name, first.data));
    expect((await changesOf(audited)).size).toBe(changes);
  }, 120_000);
});

describe('every update is checked against the version it was based on', () => {
  it.each(updates)('%s: a stale baseVersion answers CONFLICT and changes nothing', async (name) => {
    const call = await prepared(name);
    const base = (call.variables.input as { baseVersion: number }).baseVersion;
    expect(typeof base).toBe('number');
    const before = new Set((await changesOf(name)).keys());
    const stale = await call.send(withInput(call.variables, (input) => ({ ...input, baseVersion: base > 1 ? base - 1 : base + 1, mutationId: randomUUID() })));
    expect(errorCode(stale)).toBe('CONFLICT');
    // Nothing but the Conflict kept for the person to resolve is written.
    const written = [...(await changesOf(name)).values()].filter((e) => !before.has(e.id));
    expect(written.filter((e) => e.entityType !== 'Conflict' || e.entityId === call.target?.[1])).toEqual([]);
    // The same change on the current version goes through: the refusals were for the version alone.
    expect((await call.send()).errors).toBeUndefined();
  }, 120_000);

  it.each(updates)('%s: one sent without a baseVersion is refused, naming baseVersion, and changes nothing', async (name) => {
    const call = await prepared(name);
    const before = new Set((await changesOf(name)).keys());
    for (const baseVersion of [undefined, null]) {
      const blind = await call.send(withInput(call.variables, (input) => ({ ...input, baseVersion, mutationId: randomUUID() })));
      expect(errorCode(blind)).toBe('BAD_USER_INPUT');
      if (baseVersionRequiredBySchema(name)) {
        expect(blind.errors![0].message).toContain('baseVersion');
      } else {
        // Where the schema lets it be left out, the write path refuses it, in words a person can act on.
        expect(blind.errors![0].extensions!.details).toEqual({ fields: [expect.objectContaining({ field: 'baseVersion' })] });
        expect(blind.errors![0].message).toMatch(/^Base version: is needed: send the version of the record as you last saw it/);
      }
    }
    expect([...(await changesOf(name)).keys()].filter((id) => !before.has(id))).toEqual([]);
    expect((await call.send()).errors).toBeUndefined();
  }, 120_000);
});
