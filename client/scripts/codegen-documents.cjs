// A graphql-codegen plugin: the typed documents of one file of client/src/graphql/operations, as a
// module of their own (client/src/graphql/documents/<file>.ts). A module lands whole in one chunk, so
// one module of every document would put every screen's documents in the first download; one per
// operations file puts each screen's documents in that screen's chunk. Types stay in
// client/src/graphql/generated (client code imports only types from there; eslint.config.js).
// Each document also carries `__meta__.hash`, the name of its persisted document (persisted-documents.cjs,
// written here): the app sends that hash instead of the text (client/src/app/persisted-documents.link.ts).
// Apollo's cache still reads the selections, so the AST stays; the text is never printed or sent.
// CommonJS because graphql-codegen loads plugins with require.
const path = require('node:path');
const { Kind, visit } = require('graphql');
const { persistDocument } = require('./persisted-documents.cjs');

const SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

/** The fragments an operation spreads, and theirs, in the order they are first spread. */
function fragmentsOf(operation, fragments) {
  const found = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (found.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Fragment ${name} is spread but defined in no operations file.`);
        found.set(name, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [...found.values()];
}

/** The document as JSON, without source locations and empty lists (as graphql-codegen's client preset). */
const json = (document) => JSON.stringify(document, (key, value) => (key === 'loc' || (Array.isArray(value) && value.length === 0) ? undefined : value));

module.exports = {
  /**
   * @param {import('graphql').GraphQLSchema} _schema
   * @param {{ location?: string, document?: import('graphql').DocumentNode }[]} documents every operations file (fragments may be spread across files)
   * @param {{ file: string }} config the operations file to emit
   */
  plugin(_schema, documents, config) {
    const definitions = documents.flatMap((source) => (source.document?.definitions ?? []).map((definition) => ({ definition, location: source.location ?? '' })));
    const fragments = new Map(definitions.filter(({ definition }) => definition.kind === Kind.FRAGMENT_DEFINITION).map(({ definition }) => [definition.name.value, definition]));
    const own = definitions.filter(({ definition, location }) => definition.kind === Kind.OPERATION_DEFINITION && path.resolve(location) === path.resolve(config.file));
    const lines = own.map(({ definition: operation }) => {
      if (!operation.name) throw new Error(`${config.file}: every operation needs a name.`);
      const type = `${operation.name.value}${SUFFIX[operation.operation]}`;
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsOf(operation, fragments)] };
      const hash = persistDocument(document);
      return `export const ${operation.name.value}Document = ${json({ ...document, __meta__: { hash } })} as unknown as DocumentNode<Types.${type}, Types.${type}Variables>;`;
    });
    return [
      '/* eslint-disable */',
      `import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';`,
      // The documents directory sits beside the generated types.
      `import type * as Types from '../generated/graphql';`,
      '',
      ...lines,
      '',
    ].join('\n');
  },
};
