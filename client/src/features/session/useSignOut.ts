import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_IN_PATH } from '../../app/session.utils';
import { MeDocument, SignOutDocument } from '../../graphql/documents/session';
import { persistCacheNow } from '../../offline/cache-persist';
import { outbox } from '../../offline/outbox';
import { errorCodeOf, errorMessageOf } from '../../app/graphql-errors.utils';

/** Where signing out lists unsent changes and drafts, and offers to send, export or discard them. */
export const SIGN_OUT_PATH = '/sign-out';

/** Anything of the person's not on the server yet: unsent outbox entries and drafts. */
export async function unsentWorkOf(userId: string) {
  // Loaded when signing out: the header, which holds sign-out, counts towards the first visit's budget.
  const { listDrafts } = await import('../../offline/drafts');
  const [entries, drafts] = await Promise.all([
    outbox().then((store) => store.list(userId)),
    listDrafts(userId),
  ]);
  return { entries: entries.filter((entry) => entry.state !== 'SENT'), drafts };
}

export interface SignOutOptions {
  /** The next person to sign in lands here (handing a shared tablet to a signer and back). */
  next?: string;
  /**
   * Handing the tablet over: the person's unsent work and offline copies stay on the device, theirs
   * until they sign in again; nobody else sees or sends them.
   */
  handOver?: boolean;
  /** The person chose (on the sign-out page) to discard what is not sent. */
  discardUnsent?: boolean;
}

/**
 * Ends the session on the server, empties the cache in memory and goes to sign-in. Signing out
 * (not handing over) leaves nothing of the person on the device; with unsent changes or drafts it
 * first goes to the sign-out page, which lists them.
 */
export function useSignOut() {
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();

  const signOut = useCallback(async ({ next, handOver = false, discardUnsent = false }: SignOutOptions = {}) => {
    setError(undefined);
    const userId = client.cache.readQuery({ query: MeDocument })?.me?.id;
    if (userId && !handOver && !discardUnsent) {
      const { entries, drafts } = await unsentWorkOf(userId);
      if (entries.length > 0 || drafts.length > 0) {
        await navigate(SIGN_OUT_PATH);
        return;
      }
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
    // Handing over keeps the person's copy up to date with what they saw last.
    if (handOver) await persistCacheNow();
    else if (userId) await import('./forget-person').then(({ forgetPerson }) => forgetPerson(userId)).catch(() => {});
    // A refetch failing (offline) must not keep the sign-out from completing.
    await client.resetStore().catch(() => {});
  }, [mutate, client, navigate]);

  return { signOut, signingOut: loading, error };
}
