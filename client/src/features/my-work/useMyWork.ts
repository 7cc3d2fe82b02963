import { useQuery } from '@apollo/client/react';
import { MyWorkDocument } from '../../graphql/generated/graphql';

/** The deployments the person may see, with their dates and work, and the open tasks due by `dueTo`. */
export function useMyWork(dueTo: string) {
  const { data, error, loading } = useQuery(MyWorkDocument, { variables: { dueTo } });
  return { data, error, loading };
}
