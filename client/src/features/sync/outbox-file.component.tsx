import { useState } from 'react';
import { outbox } from '../../offline/outbox';
import { sync } from '../../offline/sync';

/**
 * Saves this person's unsent changes (with their photos) to a file, and imports such a file back:
 * each change keeps its id, so it is still applied at most once however often it is imported.
 */
export function OutboxFile({ userId, unsent }: { userId: string; unsent: number }) {
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();

  const save = async () => {
    const { exportOutbox } = await import('../../offline/outbox-transfer');
    const exported = await exportOutbox(await outbox(), userId);
    const url = URL.createObjectURL(new Blob([JSON.stringify(exported)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `ccpor-unsent-changes-${exported.exportedAt.slice(0, 19).replace(/:/g, '-')}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'success', text: `${exported.entries.length} unsent changes and ${exported.files.length} photos saved to a file.` });
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    setMessage(undefined);
    try {
      const { importOutbox } = await import('../../offline/outbox-transfer');
      const { added, skipped, files } = await importOutbox(await outbox(), await file.text());
      setMessage({ kind: 'success', text: `${added} changes imported (${skipped} already on this device), with ${files} photos.` });
      if (navigator.onLine) void sync.syncNow();
    } catch (failure) {
      setMessage({ kind: 'error', text: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  return (
    <section className="cat-section" aria-labelledby="outbox-file-heading">
      <h2 id="outbox-file-heading">Save or import unsent changes</h2>
      <p className="muted">A file of your unsent changes survives a broken tablet or a cleared browser; import it on this or another device.</p>
      <div className="button-row button-row--start">
        <button type="button" className="button button--secondary" disabled={unsent === 0} onClick={() => void save()}>
          Save unsent changes to a file
        </button>
        <label className="button button--secondary photo-capture__button" htmlFor="outbox-import">
          Import changes from a file
        </label>
        <input id="outbox-import" className="photo-capture__input" type="file" accept="application/json,.json" onChange={(event) => {
          void load(event.target.files?.[0]);
          event.target.value = '';
        }} />
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'callout callout--error' : 'callout callout--success'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
