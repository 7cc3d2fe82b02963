import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { MyApiTokensDocument } from '../../graphql/documents/account';

/** The signed-in person's API tokens, newest first, revoked ones included (they show as revoked). */
export function useMyApiTokens({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error, refetch } = useQuery(MyApiTokensDocument, { skip });
  const tokens = [...(data?.myApiTokens ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { tokens, loading: loading && !data, error, retry: useCallback(() => refetch(), [refetch]) };
}
