import type { ApolloClient, DocumentNode, OperationVariables, WatchQueryFetchPolicy } from '@apollo/client';
import { useEffect, useMemo } from 'react';

// A signed-in screen's queries start in its route's loader, as soon as its code is there, rather than
// once React has rendered it: on a phone that render takes a few hundred milliseconds during which the
// server could already be answering (issue 18, docs/benchmarks.md#as-people-feel-it-npm-run-benchlighthouse).

/** A query a screen asks as it opens, with its variables. */
export interface ScreenQuery {
  query: DocumentNode;
  variables?: OperationVariables;
}

/** A query a loader started; `takenUp` once its screen has joined the request. */
interface Started {
  takenUp: boolean;
}

/** The queries loaders started that their screens have not taken up yet, by document and variables. */
const started = new WeakMap<DocumentNode, Map<string, Started>>();

const keyOf = (variables?: OperationVariables) => JSON.stringify(variables ?? {});

/**
 * Starts from its route's loader each query of a screen that the cache cannot answer yet. What the
 * cache holds the screen shows at once and refreshes itself, as always; offline it reads the cache.
 * The answer is written into the cache once: by the screen if it joined the request (each party to a
 * shared request writes it, and My work's answer is one long task to write), else here for the screen
 * to read. A failure is the screen's to show: it joins the request, or asks again.
 */
export function startQueries(client: ApolloClient, queries: ScreenQuery[]) {
  if (!navigator.onLine) return;
  for (const { query, variables } of queries) {
    const ofQuery = started.get(query) ?? new Map<string, Started>();
    started.set(query, ofQuery);
    ofQuery.delete(keyOf(variables));
    if (client.readQuery({ query, variables }) !== null) continue;
    const request: Started = { takenUp: false };
    ofQuery.set(keyOf(variables), request);
    client.query({ query, variables, fetchPolicy: 'no-cache' }).then(({ data }) => {
      if (!request.takenUp) client.writeQuery({ query, variables, data });
    }, () => {});
  }
}

/**
 * The screen's fetch policy for `query`: cache-first when its loader started it, so that the screen
 * joins the request under way (Apollo shares identical requests in flight) or reads its answer from
 * the cache; else (cached, later variables) the app's default, cache and network. Called in the
 * options of the screen's useQuery, so its effect runs just before useQuery subscribes.
 */
export function useLoaderFetchPolicy(query: DocumentNode, variables?: OperationVariables): WatchQueryFetchPolicy | undefined {
  const key = keyOf(variables);
  const policy = useMemo(() => (started.get(query)?.has(key) ? 'cache-first' : undefined), [query, key]);
  useEffect(() => {
    const request = started.get(query)?.get(key);
    if (request) request.takenUp = true;
    started.get(query)?.delete(key);
  }, [query, key]);
  return policy;
}
