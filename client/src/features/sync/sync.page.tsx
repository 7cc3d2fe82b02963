import { useState } from 'react';
import { Link } from 'react-router';
import { entryInWords } from '../../offline/outbox-operations';
import { outbox, type OutboxEntry } from '../../offline/outbox';
import { sync } from '../../offline/sync';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useSyncStatus } from '../../offline/useSyncStatus';
import { useMe } from '../session/useMe';
import { Durability } from './durability.component';
import { OutboxFile } from './outbox-file.component';
import { useCachedRecords } from './outbox-words';
import { reasonInWords } from '../../../../rules/labels';
import { formatAge, useNow } from './sync-indicator.component';
import './photos.css';
import './sync.css';

const STATE_LABELS: Record<OutboxEntry['state'], string> = {
  PENDING: 'Waiting to send',
  SENT: 'Sent',
  PARKED: 'Refused',
  CONFLICTED: 'Conflict',
};

/** Changes not yet acknowledged by the server: retrying ones with their last error, refused ones with the reason. */
export function SyncPage() {
  const { me } = useMe({ cacheOnly: true });
  const entries = useOutboxEntries(me?.id).filter((entry) => entry.state !== 'SENT');
  const status = useSyncStatus();
  const now = useNow();
  const [discarding, setDiscarding] = useState<string>();
  const find = useCachedRecords();

  const discard = async (entry: OutboxEntry) => {
    setDiscarding(entry.mutationId);
    await (await outbox()).remove([entry.mutationId]);
    setDiscarding(undefined);
  };

  return (
    <>
      <title>Unsent changes – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Unsent changes</h1>
        <button type="button" className="button" onClick={() => void sync.syncNow()} disabled={status.syncing || !status.online}>
          {status.syncing ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      <p className="muted">
        {status.online ? 'Online.' : 'Offline: changes are kept on this device and sent when the connection returns.'}{' '}
        {status.lastSyncAt ? `Last synced ${formatAge(status.lastSyncAt, now)}.` : 'Not synced yet.'}
        {status.retryAt && ` Retrying ${new Date(status.retryAt).toLocaleTimeString()}.`}
      </p>
      {entries.length === 0 ? (
        <p className="empty-state">Every change made on this device has been sent.</p>
      ) : (
        <ul className="outbox-list" aria-label="Unsent changes">
          {entries.map((entry) => (
            <li key={entry.mutationId} className={`outbox-entry outbox-entry--${entry.state.toLowerCase()}`}>
              <p>
                <strong>{entryInWords(entry, find)}</strong>
                <span className="badge">{STATE_LABELS[entry.state]}</span>
              </p>
              <p className="muted">
                Made {formatAge(entry.createdAt, now)}
                {entry.attempts > 0 && ` · ${entry.attempts} failed ${entry.attempts === 1 ? 'try' : 'tries'}`}
              </p>
              {entry.lastError && <p className="outbox-entry__reason">{reasonInWords(entry.lastError)}</p>}
              {entry.state === 'CONFLICTED' && (
                <Link className="button" to={`/sync/conflicts/${entry.mutationId}`}>
                  Compare and resolve
                </Link>
              )}
              {entry.state === 'PARKED' && (
                <button type="button" className="button button--secondary" disabled={discarding === entry.mutationId} onClick={() => void discard(entry)}>
                  Discard this change
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Durability now={now} />
      {me && <OutboxFile userId={me.id} unsent={entries.length} />}
    </>
  );
}

