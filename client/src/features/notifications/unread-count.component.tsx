import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '../../graphql/documents/app-shell';
import './unread-count.css';

/** Minutes between refreshes of the header's unread count. */
const REFRESH_MINUTES = 2;

/** The unread count beside the header's Notifications link; nothing when there is none or it is unknown. */
export function UnreadNotificationCount() {
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: REFRESH_MINUTES * 60_000, errorPolicy: 'ignore' });
  const count = data?.notifications.unreadCount ?? 0;
  if (!count) return null;
  return (
    <span className="nav-count">
      {count > 99 ? '99+' : count}
      <span className="visually-hidden"> unread</span>
    </span>
  );
}
