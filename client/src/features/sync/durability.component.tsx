import { useSyncStatus } from '../../offline/useSyncStatus';
import { NEARLY_FULL, useStorageDurability } from './useStorageDurability';

const DAY_MS = 24 * 3_600_000;
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)} MB`;

/**
 * Whether the changes kept on this device are safe until sent: the browser's promise to keep the
 * data, how full the storage is, and changes waiting for more than a day, each with what to do.
 */
export function Durability({ now }: { now: number }) {
  const { persisted, usage, quota } = useStorageDurability();
  const { oldestUnsentAt } = useSyncStatus();
  const full = usage !== null && quota ? usage / quota : null;
  const stale = oldestUnsentAt !== null && now - Date.parse(oldestUnsentAt) > DAY_MS;
  return (
    <section className="cat-section" aria-labelledby="durability-heading">
      <h2 id="durability-heading">Storage on this device</h2>
      <p data-testid="storage-persistence">
        {persisted === null
          ? 'This browser cannot say whether it keeps the app’s data.'
          : persisted
            ? 'Persistent storage granted: the browser will not clear unsent changes to make room.'
            : 'Persistent storage refused: the browser may clear this app’s data when space runs low or the app is unused for a week.'}
        {usage !== null && quota !== null && ` ${megabytes(usage)} of ${megabytes(quota)} used.`}
      </p>
      {persisted === false && (
        <p className="callout callout--warning" role="alert">
          Install the app (Add to Home Screen) so the browser keeps its data, and save unsent changes to a file before long visits.
        </p>
      )}
      {full !== null && full > NEARLY_FULL && (
        <p className="callout callout--warning" role="alert">
          Storage is nearly full ({Math.round(full * 100)} %). Sync, or save unsent changes to a file, before taking more photos.
        </p>
      )}
      {stale && (
        <p className="callout callout--warning" role="alert">
          Some changes have waited more than a day to be sent. Connect to sync them, or save them to a file.
        </p>
      )}
    </section>
  );
}
