import type { CodegenConfig } from '@graphql-codegen/cli';

// The client's types come from the committed, server-emitted SDL, so the client builds without a
// running server and a schema change shows up as a codegen diff.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/graphql/operations/**/*.graphql'],
  generates: {
    'client/src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Operations are plain queries without fragments; masking would only add indirection.
        fragmentMasking: false,
      },
      config: {
        // graphql-scalars sends LocalDate as "YYYY-MM-DD" and DateTime as ISO 8601 text.
        scalars: { LocalDate: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
