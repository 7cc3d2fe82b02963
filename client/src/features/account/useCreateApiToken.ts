import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { CreateApiTokenDocument, MyApiTokensDocument } from '../../graphql/documents/account';

/** Creates a named read-only API token; resolves to the token itself, which is shown only this once. */
export function useCreateApiToken() {
  const [mutate, { loading }] = useMutation(CreateApiTokenDocument, {
    // The new token joins the cached list, without another request.
    update(cache, { data }) {
      const created = data?.createApiToken.apiToken;
      if (!created) return;
      cache.updateQuery({ query: MyApiTokensDocument }, (list) =>
        list && !list.myApiTokens.some((token) => token.id === created.id)
          ? { myApiTokens: [created, ...list.myApiTokens] }
          : list,
      );
    },
  });
  const createApiToken = useCallback(
    async (name: string) => {
      const { data } = await mutate({ variables: { input: { name, mutationId: crypto.randomUUID() } } });
      if (!data) throw new Error('The server did not answer.');
      return data.createApiToken;
    },
    [mutate],
  );
  return { createApiToken, creating: loading };
}
