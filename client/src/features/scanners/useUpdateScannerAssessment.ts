import { useCallback } from 'react';
import { outbox, type OutboxEntry } from '../../offline/outbox';
import { sync } from '../../offline/sync';

/**
 * The version a new change of the assessment is based on: the server's as last read, or one past
 * this person's own change still on its way (so two edits in a row do not conflict with each other).
 */
export function baseVersionOf(serverVersion: number, assessmentId: string, entries: OutboxEntry[]): number {
  const own = entries.filter(
    (entry) => entry.operationName === 'UpdateScannerAssessment' && entry.variables.input.assessmentId === assessmentId && entry.baseVersion !== undefined,
  );
  return Math.max(serverVersion, ...own.filter((entry) => entry.state === 'PENDING' || entry.state === 'SENT').map((entry) => entry.baseVersion! + 1));
}

/** Changes an assessment's notes through the outbox, based on the version the person saw. */
export function useUpdateScannerAssessment(userId: string | undefined) {
  return useCallback(
    async (assessmentId: string, notes: string, baseVersion: number) => {
      if (!userId) throw new Error('Sign in to change the assessment.');
      const input = { assessmentId, notes, baseVersion, mutationId: crypto.randomUUID() };
      await (await outbox()).enqueue([{ operationName: 'UpdateScannerAssessment', variables: { input }, baseVersion, userId }]);
      if (navigator.onLine) void sync.syncNow();
    },
    [userId],
  );
}
