import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { TestEnvironment, TestRunPurpose } from '../../graphql/generated/graphql';
import { CatRunsDocument, StartTestRunDocument, TestRunDetailDocument } from '../../graphql/documents/cat';

/**
 * Starts a run (online only: the server picks the plan version). The new run is appended to the
 * cached list, so the runner opens it at once and it is in the persisted cache for offline use.
 */
export function useStartTestRun(deploymentId: string) {
  const [mutate, { loading, error }] = useMutation(StartTestRunDocument);
  const start = useCallback(
    async (purpose: TestRunPurpose, environment: TestEnvironment) => {
      const { data } = await mutate({
        variables: { input: { deploymentId, purpose, environment, id: crypto.randomUUID(), mutationId: crypto.randomUUID() } },
        update(cache, { data: result }) {
          if (!result) return;
          // The run's detail is normalized as TestRun:<id>, so the runner's query finds it too.
          cache.writeQuery({ query: TestRunDetailDocument, variables: { id: result.startTestRun.id }, data: { testRun: result.startTestRun } });
          cache.updateQuery({ query: CatRunsDocument, variables: { deploymentId } }, (existing) =>
            existing?.deployment && !existing.deployment.testRuns.some((run) => run.id === result.startTestRun.id)
              ? { ...existing, deployment: { ...existing.deployment, testRuns: [...existing.deployment.testRuns, result.startTestRun] } }
              : existing,
          );
        },
      });
      return data?.startTestRun;
    },
    [mutate, deploymentId],
  );
  return { start, starting: loading, error };
}
