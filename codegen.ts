import { readdirSync } from 'node:fs';
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

const OPERATIONS = 'client/src/graphql/operations';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'client/src/graphql/generated/': {
      preset: 'client',
      documents: [`${OPERATIONS}/**/*.graphql`],
      presetConfig,
      config: typesConfig,
    },
    // The documents the app sends, one module per operations file (client/scripts/codegen-documents.cjs):
    // a module lands whole in the chunk of its first importer, so each screen's documents stay in its
    // own lazy chunk, out of the 170 KB first download.
    ...Object.fromEntries(
      readdirSync(OPERATIONS).filter((file) => file.endsWith('.graphql')).map((file) => [
        `client/src/graphql/documents/${file.replace(/\.graphql$/, '.ts')}`,
        {
          documents: [`${OPERATIONS}/*.graphql`],
          plugins: [{ './client/scripts/codegen-documents.cjs': { file: `${OPERATIONS}/${file}` } }],
        },
      ]),
    ),
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
