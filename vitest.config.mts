import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// graphql ships CJS (main) and ESM (module) without an exports map: Node loads the CJS copy for
// type-graphql and Apollo, so tests must import that same copy or schemas come from "another realm".
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// The API suite runs on SQLite always, and again on PostgreSQL when TEST_DATABASE_URL is set.
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits on a condition; its default of one second is shorter than a busy 2-core
    // machine takes to answer a click with a server round trip, and a wait that passes later is no
    // weaker an assertion. Calls that pass their own timeout keep it.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's default is one worker fewer than the CPUs: one on a 2-core machine, which then waits on
    // each server, database and browser in turn. Files share nothing but the run's database templates
    // and its Chromium, so as many files as CPUs run at once (two on CI; VITEST_MAX_WORKERS=1 for one).
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['./test/support/global-setup.ts'],
    projects: [
      // Files share the modules a worker loaded (the server's take seconds to import): no test mocks
      // a module, and each API or browser file still starts a server with a database of its own.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'api-sqlite', include: ['test/api/**/*.test.ts'], env: { DATABASE_URL: '' }, isolate: false } },
      ...(postgresUrl
        ? [{ extends: true, test: { name: 'api-postgres', include: ['test/api/**/*.test.ts'], env: { DATABASE_URL: postgresUrl }, isolate: false, setupFiles: ['./test/support/no-queued-queries.ts'] } }]
        : []),
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], env: { DATABASE_URL: '' }, testTimeout: 90_000, isolate: false } },
    ],
  },
});
