import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { CreateCalendarFeedDocument, MyCalendarFeedDocument, RevokeCalendarFeedDocument } from '../../graphql/documents/notifications';

/**
 * My calendar feed. Creating and revoking it are credential operations, sent directly rather than
 * through the outbox (like API tokens): the secret address must reach the person at once, and is
 * never stored on the device.
 */
export function useCalendarFeed() {
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedDocument);
  const [create, { loading: creating }] = useMutation(CreateCalendarFeedDocument);
  const [revoke, { loading: revoking }] = useMutation(RevokeCalendarFeedDocument);
  const createFeed = useCallback(async () => {
    const { data: created } = await create({ variables: { input: { mutationId: crypto.randomUUID() } } });
    const path = created?.createCalendarFeed.path;
    // Only a resend of the same mutationId answers without the address, and a new id is never one.
    if (!path) throw new Error('The server did not answer.');
    await refetch();
    return `${window.location.origin}${path}`;
  }, [create, refetch]);
  const revokeFeed = useCallback(async () => {
    await revoke({ variables: { input: { mutationId: crypto.randomUUID() } } });
    await refetch();
  }, [revoke, refetch]);
  return { feed: data?.myCalendarFeed ?? null, loading, error, createFeed, creating, revokeFeed, revoking };
}
