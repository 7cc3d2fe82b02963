import { ApolloClient, HttpLink, InMemoryCache, type Reference } from '@apollo/client';

/** A connection as the cache stores it: nodes are references to normalized Deployments. */
interface CachedConnection {
  nodes: Reference[];
  [field: string]: unknown;
}

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          deployments: {
            // One cached list per filter; `first`/`after` are pages of that list, merged below.
            keyArgs: ['filter'],
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
