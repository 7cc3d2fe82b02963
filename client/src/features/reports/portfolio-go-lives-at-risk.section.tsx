import { Link } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { ReportSection } from './report-section.component';
import type { usePortfolioGoLivesAtRisk } from './usePortfolioGoLivesAtRisk';

/** Open deployments projected to be ready after their go-live (docs/domain.md#go-live-projection), most days late first. */
export function PortfolioGoLivesAtRiskSection({ risk, filter }: { risk: ReturnType<typeof usePortfolioGoLivesAtRisk>; filter?: DeploymentFilter }) {
  const { atRisk } = risk;
  return (
    <ReportSection title="Go-lives at risk" csv="go-lives-at-risk" filter={filter}>
      {risk.error ? (
        <LoadFailed what="The go-lives at risk" error={risk.error} onRetry={risk.retry} />
      ) : risk.loading || !atRisk ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : atRisk.totalCount === 0 ? (
        <p className="empty-state">No go-live is projected to slip.</p>
      ) : (
        <>
          <p>
            <strong>{atRisk.totalCount}</strong> {atRisk.totalCount === 1 ? 'deployment is' : 'deployments are'} projected to be ready
            after their target go-live.
            {atRisk.totalCount > atRisk.nodes.length && ` The first ${atRisk.nodes.length} are shown; the CSV has them all.`}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Court</th>
                  <th scope="col">Target go-live</th>
                  <th scope="col">Projected ready</th>
                  <th scope="col" className="numeric">
                    Days late
                  </th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {atRisk.nodes.map((row) => (
                  <tr key={row.deploymentId}>
                    <th scope="row">
                      <Link to={`/deployments/${row.deploymentId}`}>{row.courtName}</Link>
                    </th>
                    <td>{formatDate(row.targetGoLive)}</td>
                    <td>{row.projectedReadyOn ? formatDate(row.projectedReadyOn) : 'Not projected'}</td>
                    <td className="numeric">{row.daysLate}</td>
                    <td>{row.reasons}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </ReportSection>
  );
}
