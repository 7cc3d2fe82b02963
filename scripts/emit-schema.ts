// Writes schema.graphql from the type-graphql classes (`npm run schema`). A test fails when the
// committed file and the code disagree.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { getSchema, printSortedSchema } from '../server/graphql/schema';

getSchema().then((schema) => {
  fs.writeFileSync(path.resolve(__dirname, '../schema.graphql'), printSortedSchema(schema));
  console.log('schema.graphql written.');
});
