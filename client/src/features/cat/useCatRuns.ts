import { useQuery } from '@apollo/client/react';
import { CatRunsDocument } from '../../graphql/documents/cat';

/** A deployment's CAT runs with every case and attempt; from the cache when offline. */
export function useCatRuns(deploymentId: string) {
  const { data, error, loading, refetch } = useQuery(CatRunsDocument, { variables: { deploymentId } });
  return { deployment: data?.deployment, error, loading, refetch };
}
