import { useCallback } from 'react';
import type { RecordTestResultInput } from '../../graphql/generated/graphql';
import { outbox } from '../../offline/outbox';
import { sync } from '../../offline/sync';

export type NewTestResult = Pick<RecordTestResultInput, 'runId' | 'caseId' | 'status' | 'actualResult' | 'notes' | 'tester' | 'photos'>;

/**
 * Records an attempt through the outbox: it is on the device (and on screen) at once, and sent
 * when the connection allows. The attempt's id and mutationId are made here, so a resend after a
 * lost answer can never record it twice.
 */
export function useRecordTestResult(userId: string | undefined) {
  return useCallback(
    async (result: NewTestResult) => {
      if (!userId) throw new Error('Sign in to record results.');
      const input: RecordTestResultInput & { mutationId: string } = {
        ...result,
        id: crypto.randomUUID(),
        mutationId: crypto.randomUUID(),
        testedAt: new Date().toISOString(),
      };
      // Photos of a failure are uploaded before the attempt that names them.
      const fileShas = result.photos?.length ? result.photos : undefined;
      const [entry] = await (await outbox()).enqueue([{ operationName: 'RecordTestResult', variables: { input }, fileShas, userId }]);
      if (navigator.onLine) void sync.syncNow();
      return entry;
    },
    [userId],
  );
}
