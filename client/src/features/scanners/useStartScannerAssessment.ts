import { useCallback } from 'react';
import type { StartScannerAssessmentInput } from '../../graphql/generated/graphql';
import { outbox } from '../../offline/outbox';
import { sync } from '../../offline/sync';

/**
 * Starts an assessment through the outbox, with an id made here so that workstations can name it
 * before it reaches the server. Resolves to that id.
 */
export function useStartScannerAssessment(userId: string | undefined) {
  return useCallback(
    async (input: Pick<StartScannerAssessmentInput, 'deploymentId' | 'locationId' | 'assessedOn'>) => {
      if (!userId) throw new Error('Sign in to start an assessment.');
      const id = crypto.randomUUID();
      await (await outbox()).enqueue([
        { operationName: 'StartScannerAssessment', variables: { input: { ...input, id, mutationId: crypto.randomUUID() } }, userId },
      ]);
      if (navigator.onLine) void sync.syncNow();
      return id;
    },
    [userId],
  );
}
