import fs from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType, isIntrospectionType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema, printMutationNames, printSortedSchema } from '../../server/graphql/schema';

describe('schema.graphql', () => {
  it('is the schema the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema(await getSchema()));
  });

  it('names its mutations in rules/mutation-names.ts (run `npm run schema`)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../rules/mutation-names.ts'), 'utf8');
    expect(committed).toBe(printMutationNames(await getSchema()));
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
