import { useQuery } from '@apollo/client/react';
import { ScannerAssessmentsDocument } from '../../graphql/documents/scanners';

/** A deployment's court locations and scanner assessments; from the cache when offline. */
export function useScannerAssessments(deploymentId: string) {
  const { data, error, loading } = useQuery(ScannerAssessmentsDocument, { variables: { deploymentId } });
  return { deployment: data?.deployment, error, loading };
}
