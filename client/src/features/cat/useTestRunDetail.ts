import { useQuery } from '@apollo/client/react';
import { TestRunDetailDocument } from '../../graphql/documents/cat';

/** One run with its cases and attempts; from the cache when offline. */
export function useTestRunDetail(runId: string | null) {
  const { data, error, loading } = useQuery(TestRunDetailDocument, { variables: { id: runId ?? '' }, skip: !runId });
  return { run: data?.testRun, error, loading };
}
