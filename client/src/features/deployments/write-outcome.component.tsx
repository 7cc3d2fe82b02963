import type { OutboxWriteOutcome } from '../../offline/useOutboxWrite';
import type { OutboxOperationName } from '../../offline/outbox-operations';

/**
 * What became of a write, where it was made: the server's refusal (with its code's message), or
 * that it is kept on this device until the connection allows. Nothing when it was applied.
 */
export function WriteOutcome({ outcome }: { outcome: OutboxWriteOutcome<OutboxOperationName> | undefined }) {
  if (!outcome) return null;
  if (outcome.error) {
    return (
      <p className="field-error" role="alert">
        {outcome.error.message}
      </p>
    );
  }
  if (outcome.state === 'PENDING') {
    return (
      <p className="muted" role="status">
        Saved on this device; it will sync when the connection is back.
      </p>
    );
  }
  return null;
}
