import { useQuery } from '@apollo/client/react';
import type { UserFilter } from '../../graphql/generated/graphql';
import { AdminUsersDocument } from '../../graphql/documents/admin';

export const USERS_PAGE_SIZE = 25;

/** One page of user accounts, by e-mail. */
export function useAdminUsers(filter: UserFilter | undefined, after: string | null) {
  const { data, loading, error, refetch } = useQuery(AdminUsersDocument, {
    variables: { first: USERS_PAGE_SIZE, after, filter },
    fetchPolicy: 'cache-and-network',
  });
  return { connection: data?.users, loading: loading && !data, error, retry: refetch };
}
