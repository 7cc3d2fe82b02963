import { useQuery } from '@apollo/client/react';
import { MyTasksDueDocument, MyWorkDocument } from '../../graphql/documents/my-work';
import { addDays } from '../../app/local-date.utils';
import { californiaToday } from './my-work.utils';

/**
 * The deployments the person may see, with their dates and work, and the open tasks due within
 * `lookAheadDays` of today. "Today" is the server's (the readiness' as-of date), so the window
 * matches what the server calls due; the device's date serves until the deployments are there, so
 * that the two queries travel together (the same day but around midnight: then the tasks are asked again).
 */
export function useMyWork(lookAheadDays: number) {
  const work = useQuery(MyWorkDocument);
  const deployments = work.data?.deployments;
  const today = deployments?.nodes[0]?.readiness.asOf ?? californiaToday();
  const due = useQuery(MyTasksDueDocument, { variables: { dueTo: addDays(today, lookAheadDays) } });
  return {
    deployments,
    questionnaires: work.data?.questionnaires,
    dueTasks: due.data?.tasksDue.nodes,
    today,
    error: work.error ?? due.error,
    loading: work.loading || due.loading,
  };
}
