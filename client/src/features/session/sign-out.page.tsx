import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { listDrafts, type Draft } from '../../offline/drafts';
import { entryInWords } from '../../offline/outbox-operations';
import { sync } from '../../offline/sync';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useSyncStatus } from '../../offline/useSyncStatus';
import { OutboxFile } from '../sync/outbox-file.component';
import { useCachedRecords } from '../sync/outbox-words';
import { reasonInWords } from '../../../../rules/labels';
import { useMe } from './useMe';
import { useSignOut } from './useSignOut';
import './session.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Signing out with work not on the server yet (docs/sync.md#shared-tablets): lists the unsent
 * changes and drafts, and offers to send them, save them to a file, or discard them and sign out.
 * A confirmed sign-out leaves nothing of the person on the tablet.
 */
export function SignOutPage() {
  const { me } = useMe({ cacheOnly: true });
  const entries = useOutboxEntries(me?.id).filter((entry) => entry.state !== 'SENT');
  const find = useCachedRecords();
  const [drafts, setDrafts] = useState<(Draft & { key: string })[]>();
  const status = useSyncStatus();
  const { signOut, signingOut, error } = useSignOut();

  useEffect(() => {
    if (!me?.id) return;
    let active = true;
    void listDrafts(me.id).then((listed) => {
      if (active) setDrafts(listed);
    });
    return () => {
      active = false;
    };
  }, [me?.id]);

  if (!me || !drafts) {
    return (
      <p className="status-message" role="status">
        Looking for unsent work…
      </p>
    );
  }
  const nothingLeft = entries.length === 0 && drafts.length === 0;

  const discardAndSignOut = () => {
    const what = [entries.length > 0 && `${entries.length} unsent changes`, drafts.length > 0 && `${drafts.length} drafts`].filter(Boolean).join(' and ');
    if (window.confirm(`Discard ${what} and sign out? They cannot be recovered unless you saved them to a file.`)) {
      void signOut({ discardUnsent: true });
    }
  };

  return (
    <>
      <title>Sign out – CCPOR Deploy</title>
      <h1>Sign out</h1>
      {nothingLeft ? (
        <p>Everything you did on this tablet is on the server. Signing out removes your data from this tablet.</p>
      ) : (
        <p>
          Signing out removes everything of yours from this tablet. Some of your work is not on the server yet: send it, save it
          to a file, or discard it.
        </p>
      )}
      {entries.length > 0 && (
        <section className="cat-section" aria-labelledby="sign-out-unsent">
          <h2 id="sign-out-unsent">Changes not sent yet</h2>
          <ul className="run-list" aria-label="Changes not sent yet">
            {entries.map((entry) => (
              <li key={entry.mutationId} className="run-list__item">
                <div>
                  <strong>{entryInWords(entry, find)}</strong>
                  <p className="muted">
                    Made {dateTime.format(new Date(entry.createdAt))}
                    {entry.lastError && ` · ${entry.state === 'PENDING' ? 'not sent yet' : 'refused'}: ${reasonInWords(entry.lastError)}`}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <div className="button-row button-row--start">
            <button type="button" className="button" disabled={!status.online || status.syncing} onClick={() => void sync.syncNow()}>
              {status.syncing ? 'Sending…' : 'Send them now'}
            </button>
            {!status.online && <p className="muted">Offline: connect to send them, or save them to a file.</p>}
          </div>
        </section>
      )}
      {drafts.length > 0 && (
        <section className="cat-section" aria-labelledby="sign-out-drafts">
          <h2 id="sign-out-drafts">Drafts</h2>
          <ul className="run-list" aria-label="Drafts">
            {drafts.map((draft) => (
              <li key={draft.key} className="run-list__item">
                <div>
                  <strong>{draft.title}</strong>
                  <p className="muted">Typed {dateTime.format(new Date(draft.savedAt))}</p>
                </div>
                <Link className="button button--secondary" to={draft.path}>
                  Open to finish
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entries.length > 0 && <OutboxFile userId={me.id} unsent={entries.length} />}
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row button-row--start">
        {nothingLeft ? (
          <button type="button" className="button" disabled={signingOut} onClick={() => void signOut()}>
            Sign out
          </button>
        ) : (
          <button type="button" className="button button--danger" disabled={signingOut} onClick={discardAndSignOut}>
            Discard them and sign out
          </button>
        )}
        <Link className="button button--secondary" to="/">
          Stay signed in
        </Link>
      </div>
    </>
  );
}
