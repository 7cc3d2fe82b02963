import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { deploymentListPath } from '../deployments/deployment-filter.url';
import { ChartCanvas } from './chart.component';
import { formatMonth, goLivesChart, type Report } from './portfolio-charts';
import { Figure, ReportSection } from './report-section.component';

/** The first and last day of a month ("2027-02" → 2027-02-01, 2027-02-28). */
function monthRange(month: string): [string, string] {
  const [year, monthNumber] = month.split('-').map(Number);
  return [`${month}-01`, new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10)];
}

/** Go-lives per month, planned beside actual; each figure links to the deployments of its month. */
export function PortfolioGoLivesSection({ report, filter }: { report: Report; filter?: DeploymentFilter }) {
  const navigate = useNavigate();
  const months = report.goLivesByMonthReport;
  /** The deployments list under this page's filter, narrowed further by `more`. */
  const listOf = (more: DeploymentFilter) => deploymentListPath({ ...filter, ...more });
  const chart = useMemo(
    () =>
      goLivesChart(months, (month, kind) => {
        const [from, to] = monthRange(month);
        const more = kind === 'planned' ? { goLiveFrom: from, goLiveTo: to } : { wentLiveFrom: from, wentLiveTo: to };
        void navigate(deploymentListPath({ ...filter, ...more }));
      }),
    [months, filter, navigate],
  );

  return (
    <ReportSection title="Go-lives per month" csv="go-lives-by-month" filter={filter}>
      {months.length === 0 ? (
        <p className="empty-state">No go-lives match these filters.</p>
      ) : (
        <div className="chart-with-table">
          <ChartCanvas
            config={chart}
            label="Bar chart of go-lives per month, planned beside actual. The table beside it gives the numbers."
            height={260}
          />
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Go-lives per month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col" className="numeric">
                    Planned
                  </th>
                  <th scope="col" className="numeric">
                    Actual
                  </th>
                </tr>
              </thead>
              <tbody>
                {months.map((row) => {
                  const [from, to] = monthRange(row.month);
                  return (
                    <tr key={row.month}>
                      <th scope="row">{formatMonth(row.month)}</th>
                      <td className="numeric">
                        <Figure
                          value={row.planned}
                          to={listOf({ goLiveFrom: from, goLiveTo: to })}
                          label={`planned go-lives in ${formatMonth(row.month)}`}
                        />
                      </td>
                      <td className="numeric">
                        <Figure
                          value={row.actual}
                          to={listOf({ wentLiveFrom: from, wentLiveTo: to })}
                          label={`actual go-lives in ${formatMonth(row.month)}`}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </ReportSection>
  );
}
