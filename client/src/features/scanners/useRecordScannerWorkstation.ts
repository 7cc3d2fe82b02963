import { useCallback } from 'react';
import type { RecordScannerWorkstationInput } from '../../graphql/generated/graphql';
import { outbox } from '../../offline/outbox';
import { sync } from '../../offline/sync';

export type NewWorkstation = Omit<RecordScannerWorkstationInput, 'id' | 'mutationId' | 'photoShas'>;

/**
 * Records a workstation and its scanner through the outbox; the server computes the verdict. Its
 * photos (SHA-256 of photos kept beside the outbox) are uploaded just before it.
 */
export function useRecordScannerWorkstation(userId: string | undefined) {
  return useCallback(
    async (workstation: NewWorkstation, photoShas: string[] = []) => {
      if (!userId) throw new Error('Sign in to record a workstation.');
      const input = { ...workstation, photoShas, id: crypto.randomUUID(), mutationId: crypto.randomUUID() };
      await (await outbox()).enqueue([{ operationName: 'RecordScannerWorkstation', variables: { input }, fileShas: photoShas, userId }]);
      if (navigator.onLine) void sync.syncNow();
    },
    [userId],
  );
}
