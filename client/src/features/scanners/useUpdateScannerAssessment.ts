import { useCallback } from 'react';
import { outbox } from '../../offline/outbox';
import { sync } from '../../offline/sync';

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
