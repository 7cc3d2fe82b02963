import { buildSchema, getNullableType, GraphQLInputType, isInputObjectType, isListType } from 'graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_BY_FIELD } from '../../../server/modules/access/in-scope.middleware';
import { Role } from '../../../server/modules/user/user.entity';
import { Api, errorCode, startApi, type GqlResult } from '../../support/api';
import { OPERATIONS } from './operations';
import { buildWorld, type World } from './world';

// Generated from schema.graphql (docs/security.md#every-id-an-operation-names): every operation that names
// a record, called by a person of court A and by field staff assigned only to A's deployments with
// the ids of court B's records (the whole call, then each id of B's alone in A's call): NOT_FOUND,
// worded as for an unknown id, nothing written. The same call on A's own records succeeds, so a
// refusal for another reason cannot pass for scoping.
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const SCOPED_ROLES = [Role.PARTNER_USER, Role.FIELD_STAFF];
const OUTSIDE_A_SESSION = ['signIn', 'signOut', 'completePasswordReset'];

const names = (field: string) => NAMED_BY_FIELD[field] && NAMED_BY_FIELD[field].kind !== 'free';

/** Whether an argument of this type can hold a field that names a record. */
function namesRecords(type: GraphQLInputType, field: string, seen = new Set<string>()): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return namesRecords(inner.ofType, field, seen);
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return false;
    seen.add(inner.name);
    return Object.values(inner.getFields()).some((f) => namesRecords(f.type, f.name, seen));
  }
  return !!names(field);
}

const SHA256 = /^[0-9a-f]{64}$/;
const RECORD_QUERIES = ['deployment', 'organization', 'scannerAssessment', 'questionnaireResponse', 'testRun'];
const operations = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())]
  .filter((op) => !OUTSIDE_A_SESSION.includes(op.name))
  .filter((op) => RECORD_QUERIES.includes(op.name) || op.args.some((a) => namesRecords(a.type, a.name)))
  .map((op) => op.name)
  .sort();

/** Paths (in the variables) of every value that names a record, ids inside lists included. */
function idPaths(value: unknown, key: string, at: (string | number)[], out: (string | number)[][]) {
  if (Array.isArray(value)) value.forEach((v, i) => (typeof v === 'object' && v ? idPaths(v, key, [...at, i], out) : names(key) && out.push([...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) idPaths(v, k, [...at, k], out);
  else if (typeof value === 'string' && (names(key) || (key === 'id' && at.length === 1))) out.push(at);
}
const get = (value: unknown, at: (string | number)[]): unknown => at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
function replaced<T>(value: T, at: (string | number)[], by: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[at[at.length - 1]] = by;
  return copy as T;
}

let api: Api;
let world: World;
beforeAll(async () => {
  api = await startApi();
  world = await buildWorld(api);
}, 180_000);
afterAll(async () => { await api?.close(); });

/** Rows per table: a refused call leaves every count as it was (and writes no audit event). */
async function rowCounts() {
  const counts: Record<string, number> = {};
  for (const meta of api.app.db.entityMetadatas) {
    if (['session', 'sign_in_counter', 'persisted_query'].includes(meta.tableName)) continue;
    const [row] = await api.app.db.query(`SELECT COUNT(*) AS n FROM "${meta.tableName}"`);
    counts[meta.tableName] = Number(row.n);
  }
  return counts;
}

function expectNotFound(res: GqlResult<unknown>, variables: unknown, label: string) {
  expect([label, errorCode(res)]).toEqual([label, 'NOT_FOUND']);
  // Worded as for an id that does not exist, in words without the id (details keep the id given).
  expect([label, res.errors![0].message]).toEqual([label, expect.stringMatching(/^There is no [a-z -]+ with this id, or it is not shared with you\.$/)]);
  const id = (res.errors![0].extensions!.details as { id: string }).id;
  expect([label, JSON.stringify(variables).includes(`"${id}"`)]).toEqual([label, true]);
  expect([label, res.data ?? null]).toEqual([label, null]);
}

describe('scope, generated from schema.graphql', () => {
  it('has a fixture for every operation that names a record', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.filter((name) => !OPERATIONS[name])).toEqual([]);
  });

  it('answers an unknown id and another court’s id alike', async () => {
    const attempt = (await OPERATIONS.raiseDefect.prepare(world, 'B', Role.PARTNER_USER)).variables as { input: { attemptIds: string[] } };
    const unknown = replaced(attempt, ['input', 'attemptIds', 0], '0b9f6a58-0000-4000-8000-000000000000');
    const asked = [await world.sides.A.partner.gql(OPERATIONS.raiseDefect.document, attempt), await world.sides.A.partner.gql(OPERATIONS.raiseDefect.document, unknown)];
    expect(asked.map((r) => r.errors![0].message)).toEqual(Array(2).fill('There is no test result with this id, or it is not shared with you.'));
    expect(asked.map((r) => r.errors![0].extensions!.details!.noun)).toEqual(['TestResult', 'TestResult']);
  });

  const cases = operations.flatMap((name) => SCOPED_ROLES.map((role) => [name, role] as const));
  it.each(cases)('%s as %s: court B’s ids answer NOT_FOUND and write nothing; court A’s own succeed', async (name, role) => {
    const fixture = OPERATIONS[name];
    if (!fixture.roles.includes(role)) return;
    const own = await fixture.prepare(world, 'A', role);
    if (!own.deploymentId) return;
    const foreign = await fixture.prepare(world, 'B', role);
    const caller = role === Role.PARTNER_USER ? world.sides.A.partner : world.sides.A.field;
    const ownCaller = await world.callerFor(role, own.deploymentId);
    expect(world.sideOf(foreign.deploymentId!) ?? 'B').toBe('B');

    const before = await rowCounts();
    expectNotFound(await caller.gql(fixture.document, foreign.variables), foreign.variables, `${name}: all of B`);
    // Each id of B's alone, in a call otherwise on A's records (attempts, courthouses, files, …).
    const paths: (string | number)[][] = [];
    idPaths(foreign.variables, '', [], paths);
    for (const at of paths) {
      const theirs = get(foreign.variables, at) as string;
      if (theirs === get(own.variables, at) || get(own.variables, at) === undefined) continue;
      const label = `${name}: B's ${at.join('.')}`;
      const mixed = replaced(own.variables, at, theirs);
      const answer = await ownCaller.gql(fixture.document, mixed);
      // Refused exactly as a value naming nothing: same code, same words, item by item in a batch.
      const nothing = SHA256.test(theirs) ? randomBytes(32).toString('hex') : randomUUID();
      const unknown = await ownCaller.gql(fixture.document, replaced(own.variables, at, nothing));
      const said = (res: GqlResult<unknown>, value: string) => JSON.stringify({ errors: res.errors, data: res.data }).replaceAll(value, '…');
      expect([label, said(answer, theirs)]).toEqual([label, said(unknown, nothing)]);
      expect([label, !!(answer.errors ?? (answer.data?.[name] as { refused?: number } | undefined)?.refused)]).toEqual([label, true]);
      if (!SHA256.test(theirs)) expectNotFound(answer, mixed, label);
    }
    expect(await rowCounts()).toEqual(before);

    const res = await ownCaller.gql(fixture.document, own.variables);
    expect([name, res.errors]).toEqual([name, undefined]);
  }, 120_000);
});
