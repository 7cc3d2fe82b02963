import { defineConfig } from 'vitest/config';

// The API suite runs on SQLite always, and again on PostgreSQL when TEST_DATABASE_URL is set.
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'api-sqlite', include: ['test/api/**/*.test.ts'], env: { DATABASE_URL: '' } } },
      ...(postgresUrl
        ? [{ test: { name: 'api-postgres', include: ['test/api/**/*.test.ts'], env: { DATABASE_URL: postgresUrl } } }]
        : []),
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], env: { DATABASE_URL: '' }, testTimeout: 90_000 } },
    ],
  },
});
