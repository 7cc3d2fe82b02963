import { useQuery } from '@apollo/client/react';
import { LatestTestPlanDocument } from '../../graphql/documents/cat';

/** The published CAT plan a new run follows. */
export function useLatestTestPlan() {
  const { data, error, loading } = useQuery(LatestTestPlanDocument);
  return { plan: data?.testPlan, error, loading };
}
