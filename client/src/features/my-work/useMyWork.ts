import { useQuery } from '@apollo/client/react';
import { MyTasksDueDocument, MyWorkDocument } from '../../graphql/documents/my-work';
import { addDays } from '../../app/local-date.utils';
import { useLoaderFetchPolicy, type ScreenQuery } from '../../app/loader-queries';
import { californiaToday } from './my-work.utils';

/** The due tasks' window: the open tasks due by this date (and overdue ones) from `today`. */
const dueTasksVariables = (today: string, lookAheadDays: number) => ({ dueTo: addDays(today, lookAheadDays) });

/** My work's two queries, together (the server's "today" is the device's but around midnight). */
export const myWorkQueries = (lookAheadDays: number): ScreenQuery[] => [
  { query: MyWorkDocument },
  { query: MyTasksDueDocument, variables: dueTasksVariables(californiaToday(), lookAheadDays) },
];

/**
 * The deployments the person may see, with their dates and work, and the open tasks due within
 * `lookAheadDays` of today. "Today" is the server's (the readiness' as-of date), so the window
 * matches what the server calls due; the device's date serves until the deployments are there, so
 * that the two queries travel together (the same day but around midnight: then the tasks are asked again).
 */
export function useMyWork(lookAheadDays: number) {
  const work = useQuery(MyWorkDocument, { fetchPolicy: useLoaderFetchPolicy(MyWorkDocument) });
  const deployments = work.data?.deployments;
  const today = deployments?.nodes[0]?.readiness.asOf ?? californiaToday();
  const variables = dueTasksVariables(today, lookAheadDays);
  const due = useQuery(MyTasksDueDocument, { variables, fetchPolicy: useLoaderFetchPolicy(MyTasksDueDocument, variables) });
  return {
    deployments,
    questionnaires: work.data?.questionnaires,
    dueTasks: due.data?.tasksDue.nodes,
    today,
    error: work.error ?? due.error,
    loading: work.loading || due.loading,
  };
}
