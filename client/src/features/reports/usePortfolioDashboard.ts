import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ReportFilter } from '../../graphql/generated/graphql';
import { PortfolioDashboardDocument } from '../../graphql/documents/reports';
import { useLoaderFetchPolicy } from '../../app/loader-queries';

/** The portfolio's aggregates under one filter, in one request. */
export function usePortfolioDashboard(filter?: ReportFilter) {
  const variables = { filter };
  const { data, error, loading, refetch } = useQuery(PortfolioDashboardDocument, { variables, fetchPolicy: useLoaderFetchPolicy(PortfolioDashboardDocument, variables) });
  return {
    report: data ?? null,
    loading: loading && !data,
    error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}
