import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { PreviewDeploymentImportQuery } from '../../graphql/generated/graphql';
import { PreviewDeploymentImportDocument } from '../../graphql/documents/deployment-import';

export type DeploymentImportPreview = PreviewDeploymentImportQuery['previewDeploymentImport'];

/** Asks the server what importing a CSV would do; nothing is written. Needs the network. */
export function usePreviewDeploymentImport() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const preview = useCallback(
    async (csv: string): Promise<DeploymentImportPreview> => {
      setLoading(true);
      try {
        const { data } = await client.query({ query: PreviewDeploymentImportDocument, variables: { csv }, fetchPolicy: 'no-cache' });
        if (!data) throw new Error('The server did not answer.');
        return data.previewDeploymentImport;
      } finally {
        setLoading(false);
      }
    },
    [client],
  );
  return { preview, loading };
}
