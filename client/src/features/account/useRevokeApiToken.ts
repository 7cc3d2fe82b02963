import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { RevokeApiTokenDocument } from '../../graphql/generated/graphql';

/** Revokes one of the person's API tokens at once; the answer (with `revokedAt`) updates the cached row. */
export function useRevokeApiToken() {
  const [mutate, { loading }] = useMutation(RevokeApiTokenDocument);
  const revokeApiToken = useCallback(
    async (apiTokenId: string) => {
      await mutate({ variables: { input: { apiTokenId } } });
    },
    [mutate],
  );
  return { revokeApiToken, revoking: loading };
}
