// Writes schema.graphql and rules/mutation-names.ts from the type-graphql classes
// (`npm run schema`). A test fails when the committed files and the code disagree.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { getSchema, printMutationNames, printSortedSchema } from '../server/graphql/schema';

getSchema().then((schema) => {
  fs.writeFileSync(path.resolve(__dirname, '../schema.graphql'), printSortedSchema(schema));
  fs.writeFileSync(path.resolve(__dirname, '../rules/mutation-names.ts'), printMutationNames(schema));
  console.log('schema.graphql and rules/mutation-names.ts written.');
});
