import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { addDays, formatDate } from '../../app/local-date.utils';
import { ChartCanvas } from './chart.component';
import { isLate, plural, timelineChart, type Report } from './portfolio-charts';
import { ReportSection } from './report-section.component';
import { HEALTH_LABELS, PHASE_LABELS } from '../../../../rules/labels';

const NO_ROWS: Report['deploymentTimelineReport']['nodes'] = [];

/**
 * Each deployment's phase windows up to its go-live, as a chart and as a table. The section and what
 * it shows are on screen while the report loads (`report` null), the first thing the page shows.
 */
export function PortfolioTimelineSection({ report, filter }: { report: Report | null; filter?: DeploymentFilter }) {
  const navigate = useNavigate();
  // The table (up to 100 rows) is made when first opened: closed, nobody sees it, and building it
  // with the page was a large part of the dashboard's first render on a phone.
  const [tableOpened, setTableOpened] = useState(false);
  const timeline = report?.deploymentTimelineReport.nodes ?? NO_ROWS;
  const totalCount = report?.deploymentTimelineReport.totalCount ?? 0;
  // Every row carries days to its go-live as of the server's today (California), so the line agrees with the API.
  const today = timeline.length ? addDays(timeline[0].targetGoLive, -timeline[0].daysToGoLive) : null;
  // Redrawn only when its rows change; a click on a bar opens the deployment its table row links to.
  const chart = useMemo(
    () => (today ? timelineChart(timeline, today, (row) => navigate(`/deployments/${row.deploymentId}`)) : null),
    [timeline, today, navigate],
  );

  return (
    <ReportSection title="Timeline" csv="deployment-timeline" filter={filter}>
      <p className="muted">
        Each deployment from the start of Planning (90 days before its target go-live) to go-live, in planned phase windows.
      </p>
      {!report ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : timeline.length === 0 || !chart || !today ? (
        <p className="empty-state">No deployments match these filters.</p>
      ) : (
        <>
          <p className="muted">
            Today is {formatDate(today)}.{' '}
            {totalCount > timeline.length &&
              `Showing the first ${timeline.length} of ${totalCount} by target go-live; filter to see the others.`}
          </p>
          <ChartCanvas
            config={chart}
            label={`Timeline of ${timeline.length} ${plural(timeline.length, 'deployment', 'deployments')} with phase bands, today's line and late items marked. The table "Timeline as a table" below lists the same dates.`}
            height={Math.max(220, timeline.length * 30 + 110)}
            minWidth={680}
          />
          <details className="chart-table" onToggle={(event) => event.currentTarget.open && setTableOpened(true)}>
            <summary>Timeline as a table</summary>
            {tableOpened && (
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">Timeline as a table</caption>
                  <thead>
                    <tr>
                      <th scope="col">Court</th>
                      <th scope="col">Phase</th>
                      <th scope="col">Planning starts</th>
                      <th scope="col">Scope starts</th>
                      <th scope="col">Implement starts</th>
                      <th scope="col">Target go-live</th>
                      <th scope="col">Went live</th>
                      <th scope="col">Health</th>
                      <th scope="col" className="numeric">Overdue items</th>
                    </tr>
                  </thead>
                  <tbody>
                    {timeline.map((row) => (
                      <tr key={row.deploymentId}>
                        <th scope="row">
                          <Link to={`/deployments/${row.deploymentId}`}>{row.courtName}</Link>
                          {isLate(row) && <span className="late-mark"> (late)</span>}
                        </th>
                        <td>{PHASE_LABELS[row.phase]}</td>
                        <td>{formatDate(row.planningStarts)}</td>
                        <td>{formatDate(row.scopeStarts)}</td>
                        <td>{formatDate(row.implementStarts)}</td>
                        <td>{formatDate(row.targetGoLive)}</td>
                        <td>{row.actualGoLive ? formatDate(row.actualGoLive) : '–'}</td>
                        <td>{HEALTH_LABELS[row.health]}</td>
                        <td className="numeric">{row.overdueTasks + row.overdueDependencies}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        </>
      )}
    </ReportSection>
  );
}
