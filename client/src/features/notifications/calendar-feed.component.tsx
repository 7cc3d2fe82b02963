import { useState } from 'react';
import { LoadFailed } from '../../app/load-failed.component';
import { CopyButton } from '../../app/copy-button.component';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import { useCalendarFeed } from './useCalendarFeed';

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Create, show once, and revoke the personal iCalendar feed address. */
export function CalendarFeedSection() {
  const { feed, loading, error, createFeed, creating, revokeFeed, revoking } = useCalendarFeed();
  const [address, setAddress] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const create = async () => {
    setProblem(undefined);
    try {
      setAddress(await createFeed());
    } catch (failure) {
      setProblem(errorMessageOf(failure));
    }
  };
  const revoke = async () => {
    setProblem(undefined);
    try {
      await revokeFeed();
      setAddress(undefined);
    } catch (failure) {
      setProblem(errorMessageOf(failure));
    }
  };

  return (
    <section className="panel" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">Calendar feed</h2>
      <p>
        Add your due tasks, meetings, training sessions and go-lives to Outlook, Google or Apple Calendar with a secret
        address. Anyone who has the address can read these dates: revoke it if it leaks, and create a new one.
      </p>
      {problem && (
        <div className="callout callout--error" role="alert">
          {problem}
        </div>
      )}
      {error ? (
        <LoadFailed what="Your calendar feed" error={error} />
      ) : loading ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {address && (
            <div className="new-token" role="status">
              <h3>Your feed address</h3>
              <p>Copy it now: it is shown only this once. Subscribe to it in your calendar application.</p>
              <p className="token-value break-anywhere">{address}</p>
              <CopyButton text={address} label="Copy the feed address" />
            </div>
          )}
          <p className="muted">
            {feed ? `You have a feed address, created ${dateTimeFormat.format(new Date(feed.createdAt))}.` : 'You have no feed address.'}
          </p>
          <div className="button-row button-row--start">
            <button type="button" className="button" onClick={() => void create()} disabled={creating}>
              {creating ? 'Creating…' : feed ? 'Replace the address' : 'Create a feed address'}
            </button>
            {feed && (
              <button type="button" className="button button--danger" onClick={() => void revoke()} disabled={revoking}>
                {revoking ? 'Revoking…' : 'Revoke the address'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
