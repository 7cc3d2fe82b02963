import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../graphql/documents/session';

/**
 * The signed-in person, or null. `cacheOnly` reads what sign-in and the route loader already put in
 * the cache without asking the server (the header, which is on screen before anybody signs in).
 */
export function useMe({ cacheOnly = false }: { cacheOnly?: boolean } = {}) {
  const { data, loading } = useQuery(MeDocument, { fetchPolicy: cacheOnly ? 'cache-only' : 'cache-first' });
  return { me: data?.me ?? null, loading };
}
