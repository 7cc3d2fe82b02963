import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { DeploymentFilter, DeploymentOrder } from '../../graphql/generated/graphql';
import { DeploymentsDocument } from '../../graphql/documents/deployments';
import { useLoaderFetchPolicy, type ScreenQuery } from '../../app/loader-queries';
import { deploymentFilterOf, deploymentOrderOf } from './deployment-filter.url';

/** Rows per page: enough to fill a tablet screen, small enough to keep the query cheap. */
export const DEPLOYMENTS_PAGE_SIZE = 25;

const firstPage = (filter?: DeploymentFilter, orderBy?: DeploymentOrder) => ({ first: DEPLOYMENTS_PAGE_SIZE, filter, orderBy });

/** The list's first page under the filter and order of the page's address. */
export const deploymentsQuery = ({ searchParams }: URL): ScreenQuery => ({
  query: DeploymentsDocument,
  variables: firstPage(deploymentFilterOf(searchParams), deploymentOrderOf(searchParams)),
});

/** The deployments list (optionally filtered and sorted), paged with `loadMore` (pages merge in the cache). */
export function useDeployments(filter?: DeploymentFilter, orderBy?: DeploymentOrder) {
  const variables = firstPage(filter, orderBy);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(DeploymentsDocument, {
    variables,
    fetchPolicy: useLoaderFetchPolicy(DeploymentsDocument, variables),
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
