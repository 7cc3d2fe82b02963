import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { DeploymentFilter, DeploymentOrder } from '../../graphql/generated/graphql';
import { DeploymentsDocument } from '../../graphql/documents/deployments';

/** Rows per page: enough to fill a tablet screen, small enough to keep the query cheap. */
export const DEPLOYMENTS_PAGE_SIZE = 25;

/** The deployments list (optionally filtered and sorted), paged with `loadMore` (pages merge in the cache). */
export function useDeployments(filter?: DeploymentFilter, orderBy?: DeploymentOrder) {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(DeploymentsDocument, {
    variables: { first: DEPLOYMENTS_PAGE_SIZE, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.deployments;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasNextPage || !endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [fetchMore, hasNextPage, endCursor]);

  return {
    deployments: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage,
    /** True until the first page of this filter has arrived. */
    loading: !connection && networkStatus !== NetworkStatus.error,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore,
    retry: useCallback(() => refetch(), [refetch]),
  };
}
