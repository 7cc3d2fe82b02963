import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { DeploymentDocument } from '../../graphql/documents/deployments';

/** One deployment with its tasks and dependencies; `notFound` when the API answers NOT_FOUND. */
export function useDeployment(id: string) {
  const { data, error, loading, refetch } = useQuery(DeploymentDocument, { variables: { id } });
  const notFound =
    CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.code === 'NOT_FOUND');
  return {
    deployment: data?.deployment,
    loading,
    notFound,
    error: notFound ? undefined : error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}
