import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ReportFilter } from '../../graphql/generated/graphql';
import { PortfolioGoLivesAtRiskDocument } from '../../graphql/documents/reports';

/** The deployments whose go-live is at risk under one filter, most days late first (their own request, beside the report). */
export function usePortfolioGoLivesAtRisk(filter?: ReportFilter) {
  const { data, error, loading, refetch } = useQuery(PortfolioGoLivesAtRiskDocument, { variables: { filter } });
  return {
    atRisk: data?.goLivesAtRiskReport ?? null,
    loading: loading && !data,
    error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}
