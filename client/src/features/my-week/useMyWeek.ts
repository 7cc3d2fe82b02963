import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { addDays } from '../../app/local-date.utils';
import { MyWeekDocument, MyWeekTodayDocument } from '../../graphql/documents/my-week';
import { californiaToday } from './california-today';

/** The Sunday ending the week (Monday to Sunday) that holds `date`. */
const weekEndOf = (date: string) => addDays(date, (7 - new Date(`${date}T00:00:00Z`).getUTCDay()) % 7);

/**
 * The server's today (any deployment's go-live minus its days to go-live, as the timeline derives
 * it; the device's California date when there is no deployment), the week's end, the open tasks
 * due by then (overdue ones included), `mine` or every one in scope, and the dependencies waiting longest.
 */
export function useMyWeek(mine: boolean) {
  const todayQuery = useQuery(MyWeekTodayDocument);
  const first = todayQuery.data?.deployments.nodes[0];
  const today = first ? addDays(first.targetGoLive, -first.health.daysToGoLive) : californiaToday();
  const known = !!todayQuery.data || !!todayQuery.error;
  const weekEnd = weekEndOf(today);
  const { data, error, networkStatus, refetch } = useQuery(MyWeekDocument, {
    variables: { dueTo: weekEnd, mine },
    notifyOnNetworkStatusChange: true,
    skip: !known,
  });
  return {
    today,
    weekEnd,
    tasks: data?.tasksDue.nodes ?? [],
    totalTasks: data?.tasksDue.totalCount ?? 0,
    dependencies: data?.waitingDependenciesReport.nodes ?? [],
    totalWaiting: data?.waitingDependenciesReport.totalCount ?? 0,
    loading: !data && networkStatus !== NetworkStatus.error && !todayQuery.error,
    error: error ?? todayQuery.error,
    retry: () => (todayQuery.error ? todayQuery.refetch() : refetch()),
  };
}
