import { useQuery } from '@apollo/client/react';
import type { ApiTokenFilter } from '../../graphql/generated/graphql';
import { AdminApiTokensDocument } from '../../graphql/documents/admin';

export const TOKENS_PAGE_SIZE = 25;

/** One page of every user's API tokens, newest first. */
export function useAdminApiTokens(filter: ApiTokenFilter | undefined, after: string | null) {
  const { data, loading, error, refetch } = useQuery(AdminApiTokensDocument, {
    variables: { first: TOKENS_PAGE_SIZE, after, filter },
    fetchPolicy: 'cache-and-network',
  });
  return { connection: data?.apiTokens, loading: loading && !data, error, retry: refetch };
}
