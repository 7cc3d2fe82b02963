// @ts-check
// CommonJS because the repository's package.json is CommonJS (the server compiles to CJS).
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const globals = require('globals');
const reactHooks = require('eslint-plugin-react-hooks');
const tseslint = require('typescript-eslint');

const WRITE_PATH = 'Write through applyMutation (server/modules/sync/replay.ts): it opens the transaction, audits the change and keeps its outcome.';
const OPENS_A_TRANSACTION = { selector: 'CallExpression[callee.property.name=/^(transaction|createQueryRunner|getRepository)$/]', message: WRITE_PATH };
const WRITES_ON_THE_SOURCE = {
  selector: "MemberExpression[object.property.name='manager'][property.name=/^(save|insert|update|upsert|delete|remove|softDelete|softRemove|restore|increment|decrement|clear|query)$/]",
  message: `${WRITE_PATH} The DataSource's own manager commits each statement alone, unaudited.`,
};
const WRITE_SQL = '/^\\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE)\\b/i';
const RAW_SQL_WRITE = {
  selector: `CallExpression:matches([callee.name='rawQuery'], [callee.property.name='query']) > :matches(Literal[value=${WRITE_SQL}], TemplateLiteral[quasis.0.value.raw=${WRITE_SQL}])`,
  message: `${WRITE_PATH} Raw SQL writes are not audited; insert many rows with insertRows (server/db/sql.ts).`,
};
const WRITES_OUTSIDE_THE_PATH = [OPENS_A_TRANSACTION, WRITES_ON_THE_SOURCE, RAW_SQL_WRITE];

module.exports = defineConfig(
  globalIgnores(['dist/', 'client/dist/', 'client/src/graphql/generated/', 'client/src/graphql/documents/', 'test/support/generated/', 'node_modules/', 'data/', 'coverage/']),
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // type-graphql input classes implement Partial<Entity> and entities may pair with
      // same-named interfaces; the declaration merging is deliberate there.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    // Tests wait on conditions, never on time (test/unit/no-fixed-sleeps.test.ts holds the same line).
    files: ['test/**'],
    rules: {
      'no-restricted-properties': ['error',
        { property: 'waitForTimeout', message: 'Wait on a condition (expect.poll, locator.waitFor, waitForFunction), not on time.' },
        { object: 'globalThis', property: 'setTimeout', message: 'Wait on a condition, not on time.' },
        { object: 'globalThis', property: 'setInterval', message: 'Wait on a condition, not on time.' }],
      'no-restricted-globals': ['error',
        { name: 'setTimeout', message: 'Wait on a condition (expect.poll, an event), not on time.' },
        { name: 'setInterval', message: 'Wait on a condition (expect.poll, an event), not on time.' }],
      'no-restricted-imports': ['error', {
        paths: ['timers', 'node:timers', 'timers/promises', 'node:timers/promises'].map((name) => ({ name, message: 'Wait on a condition, not on time.' })),
      }],
    },
  },
  {
    // Node: the server, tests, scripts and root configs.
    files: ['server/**', 'test/**', 'scripts/**', 'client/scripts/**', 'client/vite.config.mts', '*.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // One write path (docs/sync.md#replay-safety): a service writes only with the transaction that
    // applyMutation (server/modules/sync/replay.ts) hands it, which audits the change and keeps its
    // outcome. Opening a transaction, writing on the DataSource's own manager or writing with raw SQL
    // is refused anywhere else; the exceptions are named here, and no comment in server/ can lift it.
    files: ['server/**/*.ts'],
    ignores: [
      'server/db/**', // inTransaction and the SQL helpers themselves; migrations, seeding and create-admin run before anyone is served
      'server/modules/sync/replay.ts', // the write path
      'server/modules/audit/audit.service.ts', // security events, committed on their own so that a refused request leaves its trace
      'server/modules/user/session.service.ts', // sessions: bookkeeping, not records
      'server/modules/user/sign-in.service.ts', // sign-in counters, and signing in and resetting a password without a session
      'server/modules/persisted-query/persisted-query.cache.ts', // a cache of query texts, not records
      'server/modules/mail/mail.worker.ts', // the e-mail worker's claims and outcomes: delivery bookkeeping of messages queued by the write path
      'server/modules/mail/digest.ts', // the daily digests the worker writes as 7:00 comes: no one's change causes them
      'server/modules/mail/reminders.ts', // reminders the worker writes as due dates pass: no one's change causes them
    ],
    linterOptions: { noInlineConfig: true },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: 'db/data-source$', importNames: ['inTransaction'], message: WRITE_PATH }] }],
      'no-restricted-syntax': ['error', ...WRITES_OUTSIDE_THE_PATH],
    },
  },
  {
    // A report's stream reads every chunk in one snapshot: a read-only transaction of its own.
    files: ['server/modules/report/report.registry.ts'],
    rules: { 'no-restricted-syntax': ['error', ...WRITES_OUTSIDE_THE_PATH.filter((r) => r !== OPENS_A_TRANSACTION)] },
  },
  {
    // case_latest_attempt is derived from the attempts, brought up to date in the write's transaction.
    // So are the health dates kept per deployment, from its tasks and dependencies.
    files: ['server/modules/test-run/run-status.ts', 'server/modules/deployment/health-facts.ts'],
    rules: { 'no-restricted-syntax': ['error', ...WRITES_OUTSIDE_THE_PATH.filter((r) => r !== RAW_SQL_WRITE)] },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The shared rules run in the browser and in Node alike: no globals of either, no imports of
    // the server's or the app's code (docs/domain.md#shared-rules).
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'rules/ imports only its own files: no packages, no server/ or client/.' }] }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // generated/graphql holds every document as one module, which would land whole in the first
      // download; documents come from graphql/documents/<operations file> (codegen.ts).
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: 'graphql/generated/graphql$', allowTypeImports: true, message: 'Import documents from graphql/documents/<operations file>; only types from generated/graphql.' }],
      }],
    },
  },
);
