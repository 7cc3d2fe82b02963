import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { persistCacheNow } from '../../offline/cache-persist';
import { CatRunsDocument, LatestTestPlanDocument, TestRunDetailDocument } from '../../graphql/documents/cat';
import { DeploymentWorkspaceDocument } from '../../graphql/documents/deployment-workspace';
import { DeploymentDocument } from '../../graphql/documents/deployments';
import { DeploymentQuestionnairesDocument, QuestionnaireQuestionsDocument, QuestionnaireResponseDocument } from '../../graphql/documents/questionnaires';
import { CurrentScannerRequirementsDocument, ScannerAssessmentsDocument } from '../../graphql/documents/scanners';
import { CommentReadersDocument, CommentsDocument } from '../../graphql/documents/comments';

/** Runs whose cases and attempts are loaded: the latest few are the ones a visit continues. */
const RECENT_RUNS = 3;

/** Steps before the runs and questionnaires, whose number is known only once their lists are in. */
const FIXED_STEPS = 5;

/**
 * Loads everything a visit needs into the Apollo cache (persisted to IndexedDB) and the screens'
 * code: the deployment and its page with its comments, locations and scanner assessments with the requirements, the
 * questionnaires with their questions and the responses begun, the CAT plan and the latest runs.
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
    setTotal(FIXED_STEPS);
    let finished = 0;
    const step = async (what: string, work: () => Promise<unknown>) => {
      setStep(what);
      await work();
      finished += 1;
      setDone(finished);
    };
    try {
      await step('deployment', () =>
        Promise.all([
          client.query({ query: DeploymentDocument, variables: { id: deploymentId }, fetchPolicy: 'network-only' }),
          client.query({ query: DeploymentWorkspaceDocument, variables: { id: deploymentId }, fetchPolicy: 'network-only' }),
          // Its comments, and whom a comment written on site may mention.
          client.query({ query: CommentsDocument, variables: { deploymentId }, fetchPolicy: 'network-only' }),
          client.query({ query: CommentReadersDocument, variables: { deploymentId, visibility: 'INTERNAL' }, fetchPolicy: 'network-only' }),
          client.query({ query: CommentReadersDocument, variables: { deploymentId, visibility: 'SHARED' }, fetchPolicy: 'network-only' }),
        ]));
      const { data: runs } = await client.query({ query: CatRunsDocument, variables: { deploymentId }, fetchPolicy: 'network-only' });
      finished += 1;
      setDone(finished);
      const { data: questionnaires } = await client.query({ query: DeploymentQuestionnairesDocument, variables: { deploymentId }, fetchPolicy: 'network-only' });
      finished += 1;
      setDone(finished);
      const recent = (runs?.deployment.testRuns ?? []).slice(-RECENT_RUNS);
      const keys = (questionnaires?.questionnaires ?? []).map((q) => q.key);
      const responses = questionnaires?.deployment.questionnaireResponses ?? [];
      setTotal(FIXED_STEPS + recent.length + keys.length + responses.length);
      await step('test plan, locations, scanner assessments and requirements', () =>
        Promise.all([
          client.query({ query: LatestTestPlanDocument, fetchPolicy: 'network-only' }),
          client.query({ query: CurrentScannerRequirementsDocument, fetchPolicy: 'network-only' }),
          client.query({ query: ScannerAssessmentsDocument, variables: { deploymentId }, fetchPolicy: 'network-only' }),
        ]));
      for (const [index, { id }] of recent.entries()) {
        await step(`run ${index + 1} of ${recent.length} with its cases`, () =>
          client.query({ query: TestRunDetailDocument, variables: { id }, fetchPolicy: 'network-only' }));
      }
      for (const key of keys) {
        await step(`questionnaire ${key}`, () => client.query({ query: QuestionnaireQuestionsDocument, variables: { key }, fetchPolicy: 'network-only' }));
      }
      for (const [index, { id }] of responses.entries()) {
        await step(`answers ${index + 1} of ${responses.length}`, () =>
          client.query({ query: QuestionnaireResponseDocument, variables: { id }, fetchPolicy: 'network-only' }));
      }
      await step('screens', () =>
        Promise.all([
          import('./cat-runner.page'),
          import('../scanners/scanner-assessment.page'),
          import('../questionnaires/questionnaire-list.page'),
          import('../questionnaires/questionnaire-filler.page'),
          import('../deployments/deployment-timeline.page'),
        ]));
      // Ask the browser not to evict this origin's data under storage pressure (docs/sync.md#storage-on-the-device).
      await navigator.storage?.persist?.().catch(() => false);
      await persistCacheNow();
      setState('ready');
    } catch {
      setState('failed');
    }
  }, [client, deploymentId]);

  return { run, state, done, total, step };
}
