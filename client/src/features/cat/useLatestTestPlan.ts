import { useQuery } from '@apollo/client/react';
import { LatestTestPlanDocument } from '../../graphql/generated/graphql';

/** The published CAT plan a new run follows. */
export function useLatestTestPlan() {
  const { data, error, loading } = useQuery(LatestTestPlanDocument);
  return { plan: data?.testPlan, error, loading };
}
