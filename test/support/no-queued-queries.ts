// A query sent on a PostgreSQL connection that is still running one waits behind it: node-postgres
// queues it and warns once per process (deprecated; an error from pg 9). Inside a transaction that
// means statements written to run side by side share its one connection. Such a query fails the
// test file that sent it (a setup file of the PostgreSQL API suite, vitest.config.mts).
import { afterAll, expect } from 'vitest';

const QUEUED = /already executing a query/;
const seen = globalThis as { queuedQueryWarnings?: string[] };

if (!seen.queuedQueryWarnings) {
  const warnings: string[] = [];
  seen.queuedQueryWarnings = warnings;
  process.on('warning', (warning) => {
    if (QUEUED.test(warning.message)) warnings.push(warning.message);
  });
}

afterAll(() => {
  expect(seen.queuedQueryWarnings!.splice(0), 'a query waited behind another on one PostgreSQL connection').toEqual([]);
});
