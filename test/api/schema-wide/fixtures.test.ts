import { buildSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, startApi } from '../../support/api';
import { OPERATIONS } from './operations';
import { buildWorld, type World } from './world';

// The registry's own check: every operation of schema.graphql has a fixture, and each fixture's
// call succeeds for a role the operation allows, so the generated tests start from calls that work.
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const names = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
const OUTSIDE_A_SESSION = ['signIn', 'signOut', 'completePasswordReset'];

let api: Api;
let world: World;
beforeAll(async () => {
  api = await startApi();
  world = await buildWorld(api);
}, 120_000);
afterAll(async () => { await api?.close(); });

describe('the fixture registry', () => {
  it('has a fixture for every operation of schema.graphql, and none for an operation it lacks', () => {
    expect(names.filter((n) => !OPERATIONS[n])).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it.each(names.filter((n) => !OUTSIDE_A_SESSION.includes(n)))('%s: the prepared call succeeds for each allowed role', async (name) => {
    const fixture = OPERATIONS[name];
    for (const role of fixture.roles) {
      const prepared = await fixture.prepare(world, 'A', role);
      const caller = await world.callerFor(role, prepared.deploymentId);
      const res = await caller.gql(fixture.document, prepared.variables);
      expect([role, res.errors]).toEqual([role, undefined]);
    }
  }, 120_000);
});
