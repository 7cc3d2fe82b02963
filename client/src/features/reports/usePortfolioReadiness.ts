import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ReportFilter } from '../../graphql/generated/graphql';
import { PortfolioReadinessDocument } from '../../graphql/documents/reports';

/** The first go-live blockers across the portfolio under one filter (their own request: readiness is the heavy part). */
export function usePortfolioReadiness(filter?: ReportFilter) {
  const { data, error, loading, refetch } = useQuery(PortfolioReadinessDocument, { variables: { filter } });
  return {
    blockers: data?.readinessBlockersReport ?? null,
    loading: loading && !data,
    error,
    retry: useCallback(() => refetch(), [refetch]),
  };
}
