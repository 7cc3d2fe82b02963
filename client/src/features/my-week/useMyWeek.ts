import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MyWeekDocument } from '../../graphql/generated/graphql';

/** Open tasks due by `weekEnd` (overdue ones included) and the dependencies waiting longest. */
export function useMyWeek(weekEnd: string) {
  const { data, error, networkStatus, refetch } = useQuery(MyWeekDocument, {
    variables: { dueTo: weekEnd },
    notifyOnNetworkStatusChange: true,
  });
  return {
    tasks: data?.tasksDue.nodes ?? [],
    totalTasks: data?.tasksDue.totalCount ?? 0,
    dependencies: data?.waitingDependenciesReport.nodes ?? [],
    totalWaiting: data?.waitingDependenciesReport.totalCount ?? 0,
    loading: !data && networkStatus !== NetworkStatus.error,
    error,
    retry: () => refetch(),
  };
}
