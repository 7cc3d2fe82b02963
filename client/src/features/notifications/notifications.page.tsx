import { useState } from 'react';
import { Link } from 'react-router';
import { CalendarFeedSection } from './calendar-feed.component';
import { useMarkNotificationsRead, useNotifications } from './useNotifications';
import { LoadFailed } from '../../app/load-failed.component';
import './notifications.css';

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function NotificationsPage() {
  const { feed, loading, error, retry } = useNotifications();
  const { markRead, marking } = useMarkNotificationsRead();
  const [message, setMessage] = useState<string>();

  const markAllRead = async () => {
    const newest = feed?.items[0]?.at;
    if (!newest) return;
    const outcome = await markRead(newest);
    setMessage(
      outcome.state === 'SENT'
        ? 'Everything shown is marked read.'
        : outcome.state === 'PENDING'
          ? 'Saved on this device; it will sync when the connection returns.'
          : (outcome.error?.message ?? 'Could not mark them read.'),
    );
  };

  return (
    <>
      <title>Notifications – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Notifications</h1>
        {feed && (
          <p className="muted" aria-live="polite">
            {feed.unreadCount} unread
          </p>
        )}
      </div>
      <p>
        What others changed on your deployments and which of their tasks became overdue, over the last 30 days. There
        is no e-mail: check here, or subscribe to your calendar feed below.
      </p>

      {error ? (
        <LoadFailed what="Your notifications" error={error} onRetry={retry} />
      ) : loading || !feed ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : feed.items.length === 0 ? (
        <p className="empty-state">Nothing has happened on your deployments in the last 30 days.</p>
      ) : (
        <>
          <div className="button-row button-row--start">
            <button type="button" className="button" onClick={() => void markAllRead()} disabled={marking || feed.unreadCount === 0}>
              {marking ? 'Marking…' : 'Mark all as read'}
            </button>
          </div>
          <p className="form-success" role="status">
            {message}
          </p>
          <ul className="notification-list" aria-label="Notifications">
            {feed.items.map((item) => (
              <li key={item.id} className={item.unread ? 'notification notification--unread' : 'notification'}>
                <p className="notification__what">
                  {item.unread && <span className="badge badge--at-risk">New</span>}{' '}
                  {item.kind === 'OVERDUE' && <span className="badge badge--overdue">Overdue</span>}{' '}
                  <Link to={`/deployments/${item.deploymentId}`}>{item.courtName}</Link>
                </p>
                <p className="notification__summary">{item.summary}</p>
                <p className="muted notification__when">
                  <time dateTime={item.at}>{dateTimeFormat.format(new Date(item.at))}</time>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <CalendarFeedSection />
    </>
  );
}
