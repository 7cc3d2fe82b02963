import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_IN_PATH } from '../../app/session.utils';
import { MeDocument, SignOutDocument } from '../../graphql/generated-shell/graphql';
import { outbox } from '../../offline/outbox';
import { errorCodeOf, errorMessageOf } from '../../app/graphql-errors.utils';

/**
 * Ends the session on the server, forgets everything cached and goes to sign-in; with `next`, the
 * next person to sign in lands there (handing a shared tablet to a signer and back).
 */
export function useSignOut() {
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();

  const signOut = useCallback(async (next?: string) => {
    setError(undefined);
    const userId = client.cache.readQuery({ query: MeDocument })?.me?.id;
    try {
      await mutate();
    } catch (failure) {
      // An already expired session is signed out anyway; any other failure leaves the cookie
      // alive, so the person must know they are still signed in (a shared tablet).
      if (errorCodeOf(failure) !== 'UNAUTHENTICATED') {
        setError(`Signing out failed, so you are still signed in. ${errorMessageOf(failure)}`);
        return;
      }
    }
    // Leave the screen first, so its queries stop before the cache they read is cleared (and are
    // not refetched by resetStore; see useSignIn for why not clearStore).
    await navigate(next ? `${SIGN_IN_PATH}?${new URLSearchParams({ next })}` : SIGN_IN_PATH, { replace: true });
    await client.resetStore();
    // The reset cache is what gets persisted next; the outbox keeps only what is still unsent.
    if (userId) await (await outbox()).forgetSentOf(userId).catch(() => false);
  }, [mutate, client, navigate]);

  return { signOut, signingOut: loading, error };
}
