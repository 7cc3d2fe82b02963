// @ts-check
// CommonJS because the repository's package.json is CommonJS (the server compiles to CJS).
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const globals = require('globals');
const reactHooks = require('eslint-plugin-react-hooks');
const tseslint = require('typescript-eslint');

module.exports = defineConfig(
  globalIgnores(['dist/', 'client/dist/', 'client/src/graphql/generated/', 'client/src/graphql/generated-shell/', 'test/support/generated/', 'node_modules/', 'data/', 'coverage/']),
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
  },
);
