import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateDefectInput } from '../../graphql/generated/graphql';
import { DefectTriageDocument } from '../../graphql/documents/defect-triage';
import { useOutboxWrite } from '../../offline/useOutboxWrite';

export function useDefectTriage(deploymentId: string) {
  const { data, error, networkStatus, refetch } = useQuery(DefectTriageDocument, {
    variables: { id: deploymentId },
    notifyOnNetworkStatusChange: true,
  });
  return {
    deployment: data?.deployment,
    loading: !data && networkStatus !== NetworkStatus.error,
    error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}

/** Changes a defect's status (with a note or the fixing build) through the outbox, based on the version shown. */
export function useTriageDefect() {
  const { send, sending } = useOutboxWrite('TriageDefect');
  const triage = useCallback(
    (input: Omit<UpdateDefectInput, 'mutationId' | 'baseVersion'>, baseVersion: number) =>
      // The answer carries the new status and version; Apollo's cache merges it by id.
      send(input, { baseVersion }),
    [send],
  );
  return { triage, sending };
}
