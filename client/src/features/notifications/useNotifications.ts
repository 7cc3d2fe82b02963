import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { UnreadNotificationCountDocument } from '../../graphql/documents/app-shell';
import { NotificationsDocument } from '../../graphql/documents/notifications';
import { useOutboxWrite } from '../../offline/useOutboxWrite';

/** How many notifications the page shows. */
const PAGE = 50;

export function useNotifications() {
  const { data, error, networkStatus, refetch } = useQuery(NotificationsDocument, {
    variables: { first: PAGE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  return {
    feed: data?.notifications,
    loading: !data && networkStatus !== NetworkStatus.error,
    error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}

/** Marks everything up to `upTo` read (through the outbox), then refreshes the list and the header's count. */
export function useMarkNotificationsRead() {
  const client = useApolloClient();
  const { send, sending } = useOutboxWrite('MarkNotificationsRead');
  const markRead = useCallback(
    async (upTo: string) => {
      const outcome = await send({ upTo });
      if (outcome.state === 'SENT') await client.refetchQueries({ include: [NotificationsDocument, UnreadNotificationCountDocument] });
      return outcome;
    },
    [client, send],
  );
  return { markRead, marking: sending };
}
