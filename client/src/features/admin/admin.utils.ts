import type { OutboxWriteOutcome } from '../../offline/useOutboxWrite';
import type { OutboxOperationName } from '../../offline/outbox-operations';

export { formatDateTime } from '../../../../rules/times';

/** What an admin screen says about its last action (notice.component.tsx shows it). */
export type Notice = { tone: 'success' | 'warning' | 'error'; text: string };

/** What a form says after an outbox write: done, kept on the device, or refused (with the server's words). */
export function outcomeNotice<N extends OutboxOperationName>(outcome: OutboxWriteOutcome<N>, done: string): Notice {
  if (outcome.state === 'SENT') return { tone: 'success', text: done };
  if (outcome.state === 'PENDING') return { tone: 'warning', text: 'Saved on this device; it will sync when the connection allows.' };
  if (outcome.state === 'CONFLICTED') {
    return { tone: 'error', text: `Someone changed this in the meantime: ${outcome.error?.message ?? 'reload and try again.'}` };
  }
  return { tone: 'error', text: outcome.error?.message ?? 'The server refused the change.' };
}
