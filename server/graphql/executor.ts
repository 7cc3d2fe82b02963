import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, execute, getVariableValues, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Operations remembered per schema, compiled or not (the app has 50 queries and 70 mutations;
 * reporting tools bring theirs), least recently used dropped first.
 */
const REMEMBERED_OPERATIONS = 500;
/** Queries seen but not yet compiled, remembered by hash only. */
const COUNTED_QUERIES = 4096;

/** What is known of an operation: its compiled form, or that graphql-js runs it. */
type Known = CompiledQuery | 'graphql-js';

/** Per schema, so that every server of a process (tests start many) shares one set. */
const knownBySchema = new WeakMap<GraphQLSchema, { known: Map<string, Known>; runs: Map<string, number> }>();

/**
 * Runs queries through graphql-jit, which turns a query into JavaScript that completes its fields
 * directly instead of walking the document for every value as graphql-js does (docs/benchmarks.md,
 * "Queries compiled by graphql-jit"). The same resolvers, middlewares, scalars and type resolution
 * run; only the walk is compiled. A query is compiled once it has run `compileAfterRuns` times in
 * this process, so that a one-off query costs no compilation. graphql-js runs, always:
 *
 * - mutations: graphql-jit runs every field of a mutation even after one has failed, where the
 *   specification (and graphql-js) stops at the first (a second sign-in guess in the same request
 *   must not run);
 * - documents with a string literal: graphql-jit writes literal arguments into the code it
 *   generates, and a string holding its date marker becomes code (the app sends its strings as
 *   variables; test/api/query-executor.test.ts tries it);
 * - a query whose variables graphql-jit reads otherwise than graphql-js (it refuses a missing
 *   input field that has a default), from the first time it does.
 *
 * Variables are always coerced by graphql-js first, so that a refused value gets graphql-js's
 * message, which Apollo and the error catalogue classify (docs/errors.md).
 *
 * Apollo Server takes an executor only through its gateway interface, which it asks once for the
 * schema and the executor.
 */
export function compiledExecution(schema: GraphQLSchema, compileAfterRuns: number): GatewayInterface {
  if (!knownBySchema.has(schema)) knownBySchema.set(schema, { known: new Map(), runs: new Map() });
  const { known, runs } = knownBySchema.get(schema)!;

  const executor: GatewayExecutor = async ({ queryHash, operationName, document, operation, context, request }) => {
    const run = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName }) as Promise<ExecutionResult>;
    const key = `${queryHash}:${operationName ?? ''}`;
    let query = known.get(key);
    if (query === 'graphql-js') return run();
    if (query) {
      // Most recently used last: a Map keeps insertion order.
      known.delete(key);
      known.set(key, query);
    } else {
      // No operation (several, none named): graphql-js says what to send.
      if (!operation || !compilable(operation, document)) return remember(key, 'graphql-js'), run();
      const seen = (runs.get(key) ?? 0) + 1;
      if (seen <= compileAfterRuns) {
        if (runs.size >= COUNTED_QUERIES) runs.clear();
        runs.set(key, seen);
        return run();
      }
      runs.delete(key);
      const made = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(made)) return remember(key, 'graphql-js'), run();
      remember(key, made);
      query = made;
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, context, request.variables ?? {});
    // No data at all: graphql-jit refused the variables graphql-js took.
    if (result.errors && result.data === undefined) return remember(key, 'graphql-js'), run();
    return result;
  };

  function remember(key: string, query: Known) {
    if (known.size >= REMEMBERED_OPERATIONS) known.delete(known.keys().next().value!);
    known.set(key, query);
  }

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}

function compilable(operation: OperationDefinitionNode, document: DocumentNode) {
  if (operation.operation !== 'query') return false;
  let strings = false;
  visit(document, {
    StringValue() {
      strings = true;
      return BREAK;
    },
  });
  return !strings;
}
