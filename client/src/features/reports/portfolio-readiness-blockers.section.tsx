import { Link } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { LoadedRows, ReportSection } from './report-section.component';
import type { usePortfolioReadiness } from './usePortfolioReadiness';
import { PARTY_LABELS } from '../../../../rules/labels';

/** What blocks go-lives, soonest go-live first; loaded on its own, so it may arrive after the other sections. */
export function PortfolioReadinessBlockersSection({ readiness, filter }: { readiness: ReturnType<typeof usePortfolioReadiness>; filter?: DeploymentFilter }) {
  return (
    <ReportSection title="Readiness blockers" csv="readiness-blockers" filter={filter}>
      <LoadedRows load={readiness} rows={readiness.blockers} what="The blockers" empty="Nothing blocks a go-live.">
        {(blockers) => (
          <>
            {blockers.totalCount > blockers.nodes.length && (
              <p className="muted">
                The first {blockers.nodes.length} of {blockers.totalCount}{' '}
                blockers, by target go-live; the CSV has them all.
              </p>
            )}
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Court</th>
                    <th scope="col">Target go-live</th>
                    <th scope="col">Blocker</th>
                    <th scope="col">Next step</th>
                    <th scope="col" className="numeric">
                      Days open
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {blockers.nodes.map((row, index) => (
                    <tr key={`${row.deploymentId}-${row.code}-${index}`}>
                      <th scope="row">
                        <Link to={`/deployments/${row.deploymentId}`}>{row.courtName}</Link>
                      </th>
                      <td>{formatDate(row.targetGoLive)}</td>
                      <td>{row.what}</td>
                      <td>{PARTY_LABELS[row.party]}</td>
                      <td className="numeric">{row.daysOpen}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </LoadedRows>
    </ReportSection>
  );
}
