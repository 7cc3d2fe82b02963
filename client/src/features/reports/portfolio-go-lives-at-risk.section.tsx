import { Link } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { LoadedRows, ReportSection } from './report-section.component';
import type { usePortfolioGoLivesAtRisk } from './usePortfolioGoLivesAtRisk';

/** Open deployments projected to be ready after their go-live (docs/domain.md#go-live-projection), most days late first. */
export function PortfolioGoLivesAtRiskSection({ risk, filter }: { risk: ReturnType<typeof usePortfolioGoLivesAtRisk>; filter?: DeploymentFilter }) {
  return (
    <ReportSection title="Go-lives at risk" csv="go-lives-at-risk" filter={filter}>
      <LoadedRows load={risk} rows={risk.atRisk} what="The go-lives at risk" empty="No go-live is projected to slip.">
        {(atRisk) => (
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
      </LoadedRows>
    </ReportSection>
  );
}
