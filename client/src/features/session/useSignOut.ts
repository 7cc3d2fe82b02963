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
    const unsent = userId ? (await (await outbox()).list(userId)).filter((entry) => entry.state !== 'SENT').length : 0;
    // Unsent changes stay on the device for this person's next sign-in; nobody else can send them.
    if (
      unsent > 0 &&
      !window.confirm(
        `${unsent} of your changes are not sent yet. They stay on this tablet, and are sent after you sign in here again; nobody else can send them. Sign out anyway?`,
      )
    ) {
      return;
    }
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
    // A refetch failing (offline) must not keep the wipe below from running.
    await client.resetStore().catch(() => {});
    // Everything sent: the person's entries, photos and the persisted cache are wiped (docs/sync.md#shared-tablets).
    // Anything unsent stays, for that person's next sign-in.
    const store = await outbox();
    if (userId && (await store.forgetSentOf(userId).catch(() => false))) {
      await store.clearValues().catch(() => {});
    }
  }, [mutate, client, navigate]);

  return { signOut, signingOut: loading, error };
}
