import { recordKeyOf, type OutboxEntry } from './outbox';

// Kept out of outbox.ts: the screens that edit records need it, the app shell does not.

/**
 * The version a new update of a record is based on (docs/sync.md#versions-and-conflicts): the
 * server's as the device last read it, or one past this person's own change of it that is on its
 * way or just sent, so that two edits in a row do not conflict with each other. A record created on
 * this device (not yet read back from the server) is at version 1.
 */
export function baseVersionOf(recordId: string, serverVersion: number | null | undefined, ownEntries: OutboxEntry[]): number {
  const own = ownEntries.filter((entry) => (entry.state === 'PENDING' || entry.state === 'SENT') && recordKeyOf(entry) === `record:${recordId}`);
  return Math.max(serverVersion ?? 1, ...own.map((entry) => (entry.baseVersion === undefined ? 1 : entry.baseVersion + 1)));
}
