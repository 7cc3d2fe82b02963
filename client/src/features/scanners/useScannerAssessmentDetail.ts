import { useQuery } from '@apollo/client/react';
import { ScannerAssessmentDetailDocument } from '../../graphql/documents/scanners';

/** One assessment with each workstation's missed requirements (skipped while only on this device). */
export function useScannerAssessmentDetail(id: string | null) {
  const { data } = useQuery(ScannerAssessmentDetailDocument, { variables: { id: id ?? '' }, skip: !id, errorPolicy: 'ignore' });
  return { assessment: data?.scannerAssessment };
}
