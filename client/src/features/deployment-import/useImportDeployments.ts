import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useOutboxWrite } from '../../offline/useOutboxWrite';

/** Imports the valid rows of a CSV through the outbox; the deployments list is refreshed once it is sent. */
export function useImportDeployments() {
  const client = useApolloClient();
  const { send, sending } = useOutboxWrite('ImportDeployments');
  const importDeployments = useCallback(
    async (csv: string) => {
      const outcome = await send({ csv });
      if (outcome.state === 'SENT') {
        // Every cached page of the list is stale now; the next visit loads it again.
        client.cache.evict({ fieldName: 'deployments' });
        client.cache.gc();
      }
      return outcome;
    },
    [client, send],
  );
  return { importDeployments, importing: sending };
}
