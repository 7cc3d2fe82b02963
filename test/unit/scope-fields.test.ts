import { buildSchema, isInputObjectType } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMED_BY_FIELD } from '../../server/modules/access/in-scope.middleware';

// The scope check (modules/access/in-scope.middleware.ts) finds the records an operation names by
// field name. A field that looks like it names a record and has no entry there would skip it.
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
const NAMES_A_RECORD = /(^id$|Ids?$|Shas?$|^photos$)/;

function fieldsNamingRecords() {
  const found = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && !type.name.startsWith('__')) {
      for (const field of Object.values(type.getFields())) if (NAMES_A_RECORD.test(field.name)) found.add(`${type.name}.${field.name}`);
    }
  }
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const op of Object.values(root.getFields())) for (const arg of op.args) if (NAMES_A_RECORD.test(arg.name)) found.add(`${root.name}.${op.name}(${arg.name})`);
  }
  return [...found];
}

describe('every input field naming a record has an owner', () => {
  it('maps each argument and input field named like an id, a list of ids or a file hash', () => {
    const found = fieldsNamingRecords();
    expect(found.length).toBeGreaterThan(50);
    const unmapped = found.filter((f) => !NAMED_BY_FIELD[f.replace(/.*[.(]/, '').replace(/\)$/, '')]);
    expect(unmapped).toEqual([]);
  });

  it('has no entry for a field the schema no longer has', () => {
    const names = new Set(fieldsNamingRecords().map((f) => f.replace(/.*[.(]/, '').replace(/\)$/, '')));
    expect(Object.keys(NAMED_BY_FIELD).filter((f) => !names.has(f))).toEqual([]);
  });
});
