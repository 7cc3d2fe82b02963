import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { persistCacheNow } from '../../offline/cache-persist';
import { CatRunsDocument, DeploymentDocument, LatestTestPlanDocument, ScannerAssessmentsDocument, TestRunDetailDocument } from '../../graphql/generated/graphql';

/** Runs whose cases and attempts are loaded: the latest few are the ones a visit continues. */
const RECENT_RUNS = 3;

/**
 * Loads everything a visit needs into the Apollo cache (persisted to IndexedDB) and the runner's
 * code, so the deployment's CAT can be run with no network.
 */
export function useMakeAvailableOffline(deploymentId: string) {
  const client = useApolloClient();
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(4);
  const [step, setStep] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');

  const run = useCallback(async () => {
    setState('loading');
    setDone(0);
    setTotal(4);
    try {
      setStep('deployment');
      await client.query({ query: DeploymentDocument, variables: { id: deploymentId }, fetchPolicy: 'network-only' });
      setDone(1);
      setStep('test runs');
      const { data } = await client.query({ query: CatRunsDocument, variables: { deploymentId }, fetchPolicy: 'network-only' });
      const recent = (data?.deployment.testRuns ?? []).slice(-RECENT_RUNS);
      setTotal(4 + recent.length);
      setDone(2);
      setStep('test plan and scanner assessments');
      await client.query({ query: LatestTestPlanDocument, fetchPolicy: 'network-only' });
      await client.query({ query: ScannerAssessmentsDocument, variables: { deploymentId }, fetchPolicy: 'network-only' });
      setDone(3);
      for (const [index, run] of recent.entries()) {
        setStep(`run ${index + 1} of ${recent.length} with its cases`);
        await client.query({ query: TestRunDetailDocument, variables: { id: run.id }, fetchPolicy: 'network-only' });
        setDone(4 + index);
      }
      setStep('CAT runner and scanner screens');
      await Promise.all([import('./cat-runner.page'), import('../scanners/scanner-assessment.page')]);
      setDone(4 + recent.length);
      // Ask the browser not to evict this origin's data under storage pressure (STACK-NOTES §2).
      await navigator.storage?.persist?.().catch(() => false);
      await persistCacheNow();
      setState('ready');
    } catch {
      setState('failed');
    }
  }, [client, deploymentId]);

  return { run, state, done, total, step };
}
