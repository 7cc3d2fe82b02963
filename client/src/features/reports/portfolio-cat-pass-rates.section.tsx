import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { ChartCanvas } from './chart.component';
import { catPassRateChart, catRunLabel, type Report } from './portfolio-charts';
import { ReportSection } from './report-section.component';

/** Each started CAT run's pass rate; a bar or row opens the deployment's CAT. */
export function PortfolioCatPassRatesSection({ report, filter }: { report: Report; filter?: DeploymentFilter }) {
  const navigate = useNavigate();
  const catRuns = report.catRunRatesReport.nodes;
  const chart = useMemo(
    () => catPassRateChart(catRuns, (row) => navigate(`/deployments/${row.deploymentId}/cat`)),
    [catRuns, navigate],
  );

  return (
    <ReportSection title="CAT pass rates" csv="cat-run-rates" filter={filter}>
      {catRuns.length === 0 ? (
        <p className="empty-state">No CAT runs have started for these deployments.</p>
      ) : (
        <>
          <ChartCanvas
            config={chart}
            label="Bar chart of each CAT run's pass rate, in percent of applicable cases passed. The table below gives the numbers."
            height={Math.max(160, catRuns.length * 32 + 70)}
          />
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">CAT pass rates</caption>
              <thead>
                <tr>
                  <th scope="col">CAT run</th>
                  <th scope="col" className="numeric">
                    Passed
                  </th>
                  <th scope="col" className="numeric">
                    Failed
                  </th>
                  <th scope="col" className="numeric">
                    Blocked
                  </th>
                  <th scope="col" className="numeric">
                    Applicable cases
                  </th>
                  <th scope="col" className="numeric">
                    Pass rate
                  </th>
                </tr>
              </thead>
              <tbody>
                {catRuns.map((row) => (
                  <tr key={row.runId}>
                    <th scope="row">
                      <Link to={`/deployments/${row.deploymentId}/cat`}>{catRunLabel(row)}</Link>
                    </th>
                    <td className="numeric">{row.passed}</td>
                    <td className="numeric">{row.failed}</td>
                    <td className="numeric">{row.blocked}</td>
                    <td className="numeric">{row.total - row.notApplicable}</td>
                    <td className="numeric">{row.passPercent === null ? '–' : `${row.passPercent} %`}</td>
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
