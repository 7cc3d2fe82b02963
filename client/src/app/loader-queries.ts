import type { ApolloClient, DocumentNode, OperationVariables, WatchQueryFetchPolicy } from '@apollo/client';
import { useMemo } from 'react';

// A signed-in screen's queries start in its route's loader, as soon as its code is there, rather than
// once React has rendered it: on a phone that render takes a few hundred milliseconds during which the
// server could already be answering (issue 18, docs/benchmarks.md#as-people-feel-it-npm-run-benchlighthouse).

/** A query a screen asks as it opens, with its variables. */
export interface ScreenQuery {
  query: DocumentNode;
  variables?: OperationVariables;
}

/** The queries loaders have started, by document and variables. */
const started = new WeakMap<DocumentNode, Set<string>>();

/** Starts a screen's queries from its route's loader, which runs on every visit. Offline the screen reads the cache, as always. */
export function startQueries(client: ApolloClient, queries: ScreenQuery[]) {
  if (!navigator.onLine) return;
  for (const { query, variables } of queries) {
    if (!started.has(query)) started.set(query, new Set());
    started.get(query)!.add(JSON.stringify(variables ?? {}));
    // A failure reaches the screen: it joins this request, or asks again once it has failed.
    client.query({ query, variables, fetchPolicy: 'network-only' }).catch(() => {});
  }
}

/**
 * The screen's fetch policy for `query`: cache-first when its loader started it, so that the screen
 * joins the request under way (Apollo shares identical requests in flight) or reads its answer instead
 * of asking the server twice; else (other variables) the app's default, cache and network.
 */
export function useLoaderFetchPolicy(query: DocumentNode, variables?: OperationVariables): WatchQueryFetchPolicy | undefined {
  const key = JSON.stringify(variables ?? {});
  return useMemo(() => (started.get(query)?.has(key) ? 'cache-first' : undefined), [query, key]);
}
