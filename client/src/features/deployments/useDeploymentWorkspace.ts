import { useQuery } from '@apollo/client/react';
import { DeploymentWorkspaceDocument } from '../../graphql/documents/deployment-workspace';

/**
 * What the deployment page shows beyond its timeline: staff, the last go-live move, readiness and
 * the records kept. Skipped for nobody: every role reads it, within its scope.
 */
export function useDeploymentWorkspace(id: string) {
  const { data, error, loading } = useQuery(DeploymentWorkspaceDocument, { variables: { id } });
  return { workspace: data?.deployment, readiness: data?.deploymentReadiness, error, loading };
}
