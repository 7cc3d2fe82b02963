import type { CodegenConfig } from '@graphql-codegen/cli';

// The client's types come from the committed, server-emitted SDL, so the client builds without a
// running server and a schema change shows up as a codegen diff.

// Operations are plain queries without fragments; masking would only add indirection.
const presetConfig = { fragmentMasking: false };
const typesConfig = {
  // graphql-scalars sends LocalDate as "YYYY-MM-DD" and DateTime as ISO 8601 text.
  scalars: { LocalDate: 'string', DateTime: 'string' },
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
};

const communication = ['client/src/graphql/operations/comments.graphql', 'client/src/graphql/operations/mail.graphql'];

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'client/src/graphql/generated/': {
      preset: 'client',
      documents: ['client/src/graphql/operations/**/*.graphql', ...communication.map((file) => `!${file}`)],
      presetConfig,
      config: typesConfig,
    },
    // The app shell (sign-in, the header, the sync engine) needs only the session's operations. A
    // module lands whole in the chunk of its first importer, so the shell imports this small one and
    // every screen's documents stay in the lazy chunks, out of the 170 KB first download.
    'client/src/graphql/generated-shell/': {
      preset: 'client',
      documents: ['client/src/graphql/operations/session.graphql', 'client/src/graphql/operations/app-shell.graphql'],
      presetConfig,
      config: typesConfig,
    },
    // The comment threads and the mail pages load only on screens that are lazy routes; apart, their
    // documents stay out of the shared documents chunk that the first visit downloads.
    'client/src/graphql/generated-communication/': {
      preset: 'client',
      documents: communication,
      presetConfig,
      config: typesConfig,
    },
    // API tests write their operations with `graphql()` beside the assertions; codegen checks them
    // against the schema and types what they send and read. Strings keep the posting plain.
    'test/support/generated/': {
      preset: 'client',
      documents: ['test/**/*.ts', '!test/support/generated/**'],
      presetConfig,
      config: { ...typesConfig, documentMode: 'string' },
    },
  },
};

export default config;
