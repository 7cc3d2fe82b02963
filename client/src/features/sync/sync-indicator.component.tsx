import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { sync } from '../../offline/sync';
import { useSyncStatus } from '../../offline/useSyncStatus';
import './sync-indicator.css';

/** "just now", "4 min ago", "3 h ago", "2 days ago". */
export function formatAge(sinceIso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(sinceIso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** The current time, updated every `intervalMs`, so ages on screen keep moving. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Always in the header: connection, unsent changes and their age, last sync, and "Sync now". */
export function SyncIndicator() {
  const status = useSyncStatus();
  const now = useNow();
  // Changes unsent for over a day are at risk (eviction, a lost tablet): flagged like refused ones.
  const stale = status.oldestUnsentAt !== null && now - Date.parse(status.oldestUnsentAt) > 24 * 3_600_000;
  const state = status.pausedForSignIn ? 'paused' : !status.online ? 'offline' : status.needsAttention > 0 || stale ? 'attention' : 'online';
  return (
    <div className={`sync-indicator sync-indicator--${state}`} data-testid="sync-indicator">
      <p className="sync-indicator__text" role="status" aria-live="polite">
        <span className="sync-indicator__connection">{status.online ? 'Online' : 'Offline'}</span>
        <Link to="/sync" className="sync-indicator__link">
          {status.unsent === 0 ? 'All changes sent' : `${status.unsent} unsent`}
          {status.oldestUnsentAt && ` · oldest ${formatAge(status.oldestUnsentAt, now)}`}
          {status.needsAttention > 0 && ` · ${status.needsAttention} need attention`}
        </Link>
        <span className="sync-indicator__last">
          {status.pausedForSignIn
            ? 'Sign in again to send'
            : status.syncing
              ? 'Syncing…'
              : status.lastSyncAt
                ? `Synced ${formatAge(status.lastSyncAt, now)}`
                : 'Not synced yet'}
        </span>
      </p>
      <button type="button" className="app-header__button" onClick={() => void sync.syncNow()} disabled={status.syncing || !status.online}>
        Sync now
      </button>
    </div>
  );
}
