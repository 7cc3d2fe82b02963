import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SignInInput } from '../../graphql/generated/graphql';
import { MeDocument } from '../../graphql/documents/session';
import { SignInDocument } from '../../graphql/documents/sign-in';
import { persistCacheNow, switchCacheOwner } from '../../offline/cache-persist';
import { unlockSession } from '../../offline/session-lock';

/**
 * Signs in (the server sets the session cookie) and makes the new person the cached `me`.
 * Rejects with the API's error: MFA_REQUIRED asks for a code on a second call with the same input.
 * Resolves to the person and, when this call completed setting up two-factor authentication, the
 * recovery codes (shown once).
 */
export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInDocument);
  const client = useApolloClient();

  const signIn = useCallback(
    async (input: SignInInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('The server did not answer the sign-in.');
      // The same person signing in again (idle lock, expired session) keeps the cache and their
      // offline copies; anybody else starts empty, so nothing read by the previous person shows
      // (docs/sync.md#shared-tablets). resetStore, not clearStore: clearStore drops the cache
      // watches of mounted queries (the header's `me`), which would then miss the write below. It
      // refetches active queries, and on the sign-in page the only one is the header's cache-only
      // `me`, which it leaves alone. A refetch failing (a query in flight, the network) must not turn
      // a sign-in the server accepted into a failure on screen.
      await switchCacheOwner(client.cache, data.signIn.user.id, () => client.resetStore().then(() => {}, () => {}));
      client.writeQuery({ query: MeDocument, data: { me: data.signIn.user } });
      // Signing in again is how an idle-locked app is unlocked online.
      unlockSession();
      // A reload right now must not start with the previous person's `me`.
      await persistCacheNow();
      return data.signIn;
    },
    [mutate, client],
  );

  return { signIn, signingIn: loading };
}
