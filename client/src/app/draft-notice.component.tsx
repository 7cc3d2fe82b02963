/**
 * Says that what was typed is kept on this device (docs/sync.md#drafts), and offers to throw it away:
 * a draft ends only when sent or discarded on purpose.
 */
export function DraftNotice({ draft, what = 'draft' }: { draft: { dirty: boolean; restored?: boolean; discard: () => Promise<void> }; what?: string }) {
  if (!draft.dirty) return null;
  return (
    <p className="draft-notice muted">
      {draft.restored ? `Your ${what} from earlier, kept on this device.` : `Your ${what} is kept on this device as you type.`}{' '}
      <button type="button" className="button button--secondary" onClick={() => void draft.discard()}>
        Discard {what}
      </button>
    </p>
  );
}
