import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { persistedDocumentsLink } from './persisted-documents.link';

/** A connection as the cache stores it: nodes are references to normalized Deployments. */
interface CachedConnection {
  nodes: Reference[];
  [field: string]: unknown;
}

/** Operations whose UNAUTHENTICATED answer is about what was typed (a wrong password, a used or mistyped password link), not a lost session. */
const OWN_UNAUTHENTICATED_HANDLING = new Set(['SignIn', 'SignOut', 'CompletePasswordReset']);

let onSessionLost = () => {};

/** Sets what happens when the server no longer knows the person (main.tsx: go to sign-in and back). */
export function whenSessionIsLost(handler: () => void) {
  onSessionLost = handler;
}

/**
 * Any operation answering UNAUTHENTICATED means the session expired, was revoked or never existed:
 * one place sends the person to sign in, instead of every screen showing the error on its own.
 */
const sessionLink = new ErrorLink(({ error, operation }) => {
  if (OWN_UNAUTHENTICATED_HANDLING.has(operation.operationName ?? '')) return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')) {
    onSessionLost();
  }
});

export const apolloClient = new ApolloClient({
  // The session is an HttpOnly cookie on the same origin, which fetch sends by default.
  // The app's operations go by hash alone (docs/sync.md#operations-sent-by-hash).
  link: ApolloLink.from([sessionLink, persistedDocumentsLink, new HttpLink({ uri: '/graphql' })]),
  defaultOptions: {
    watchQuery: {
      // A screen shows what the cache holds at once and, online, the server's current values as
      // they arrive; offline it asks nobody (docs/sync.md#cache-persistence). Read when each query
      // starts, hence a getter. Later changes of the cache need no new request.
      get fetchPolicy() {
        return navigator.onLine ? 'cache-and-network' : 'cache-first';
      },
      nextFetchPolicy: 'cache-first',
    },
  },
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          deployments: {
            // One cached list per filter and order; `first`/`after` are pages of that list, merged below.
            keyArgs: ['filter', 'orderBy'],
            merge(existing: CachedConnection | undefined, incoming: CachedConnection, { args }) {
              // A request without a cursor is the first page: it replaces the list (refetch, new filter).
              if (!existing || !args?.after) return incoming;
              const seen = new Set(existing.nodes.map((node) => node.__ref));
              return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !seen.has(node.__ref))] };
            },
          },
        },
      },
      // Health has no id of its own: it belongs to its deployment, so newer fields merge into it.
      Health: { merge: true },
    },
  }),
});
