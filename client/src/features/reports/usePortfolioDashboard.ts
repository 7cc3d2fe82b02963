import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ReportFilter } from '../../graphql/generated/graphql';
import { PortfolioDashboardDocument } from '../../graphql/documents/reports';

/** The portfolio's aggregates under one filter, in one request. */
export function usePortfolioDashboard(filter?: ReportFilter) {
  const { data, error, loading, refetch } = useQuery(PortfolioDashboardDocument, { variables: { filter } });
  return {
    report: data ?? null,
    loading: loading && !data,
    error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}
