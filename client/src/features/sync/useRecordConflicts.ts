import { useQuery } from '@apollo/client/react';
import { RecordConflictsDocument } from '../../graphql/documents/sync';

/** A record's conflicts as the server holds them now (both values, who and when). */
export function useRecordConflicts(entityId: string | undefined) {
  const { data, error, loading, refetch } = useQuery(RecordConflictsDocument, {
    variables: { entityId: entityId ?? '' },
    skip: !entityId,
    fetchPolicy: 'network-only',
  });
  return { conflicts: data?.conflicts.nodes, error, loading, refetch };
}
