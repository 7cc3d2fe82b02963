import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { searchOfFilter } from '../deployments/deployment-filter.url';

/** A section of the portfolio with its CSV download, which holds exactly the rows under the same filter. */
export function ReportSection({ title, csv, filter, children }: { title: string; csv: string; filter?: DeploymentFilter; children: ReactNode }) {
  return (
    <section className="report-section" aria-label={title}>
      <div className="page-heading">
        <h2>{title}</h2>
        <a className="button button--secondary" href={`/reports/${csv}.csv${searchOfFilter(filter)}`} download>
          Download CSV
        </a>
      </div>
      {children}
    </section>
  );
}

/** A figure that links to the records behind it; a zero has nothing behind it and stays plain. */
export function Figure({ value, to, label }: { value: number; to: string; label: string }) {
  if (value === 0) return <>0</>;
  return (
    <Link className="figure-link" to={to} aria-label={`${value} ${label}`}>
      {value}
    </Link>
  );
}

/**
 * The rows of a section read on their own request: why they could not be loaded (with a retry), "Loading…",
 * `empty` when there are none, else what `children` shows of them.
 */
export function LoadedRows<Rows extends { totalCount: number }>({
  load,
  rows,
  what,
  empty,
  children,
}: {
  load: { error?: unknown; loading: boolean; retry: () => unknown };
  rows: Rows | null;
  what: string;
  empty: string;
  children: (rows: Rows) => ReactNode;
}) {
  if (load.error) return <LoadFailed what={what} error={load.error} onRetry={load.retry} />;
  if (load.loading || !rows) {
    return (
      <p className="status-message" role="status">
        Loading…
      </p>
    );
  }
  if (rows.totalCount === 0) return <p className="empty-state">{empty}</p>;
  return children(rows);
}
