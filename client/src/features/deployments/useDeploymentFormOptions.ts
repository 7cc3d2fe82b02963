import { useQuery } from '@apollo/client/react';
import { DeploymentFormOptionsDocument } from '../../graphql/documents/deployment-workspace';

/** Courts, LEAs and assignable CCPOR staff for the deployment form's pickers. */
export function useDeploymentFormOptions() {
  const { data, error, loading } = useQuery(DeploymentFormOptionsDocument);
  return {
    courts: data?.courts.nodes ?? [],
    leas: data?.leas.nodes ?? [],
    staff: data?.assignableStaff ?? [],
    error,
    loading,
  };
}
