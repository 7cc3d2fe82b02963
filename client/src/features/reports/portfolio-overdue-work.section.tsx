import { useMemo } from 'react';
import { Link } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import { compareIso, formatDate } from '../../app/local-date.utils';
import type { Report } from './portfolio-charts';
import { ReportSection } from './report-section.component';
import { PARTY_LABELS, PHASE_LABELS } from '../../../../rules/labels';

/** Past-due tasks and dependencies: per deployment, oldest first, then tasks by party and phase. */
export function PortfolioOverdueWorkSection({ report, filter }: { report: Report; filter?: DeploymentFilter }) {
  const timeline = report.deploymentTimelineReport.nodes;
  const overdue = useMemo(
    () =>
      timeline
        .filter((row) => row.overdueTasks + row.overdueDependencies > 0)
        .toSorted((a, b) => compareIso(a.oldestOverdue ?? '', b.oldestOverdue ?? '')),
    [timeline],
  );

  return (
    <ReportSection title="Overdue work" csv="overdue-tasks" filter={filter}>
      {report.overdueTasksReport.length === 0 && overdue.length === 0 ? (
        <p className="empty-state">Nothing is past due.</p>
      ) : (
        <>
          <h3>By deployment</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Court</th>
                  <th scope="col" className="numeric">
                    Overdue tasks
                  </th>
                  <th scope="col" className="numeric">
                    Overdue dependencies
                  </th>
                  <th scope="col">Oldest due</th>
                </tr>
              </thead>
              <tbody>
                {overdue.map((row) => (
                  <tr key={row.deploymentId}>
                    <th scope="row">
                      <Link to={`/deployments/${row.deploymentId}`}>{row.courtName}</Link>
                    </th>
                    <td className="numeric">{row.overdueTasks}</td>
                    <td className="numeric">{row.overdueDependencies}</td>
                    <td>{row.oldestOverdue ? formatDate(row.oldestOverdue) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Tasks by party and phase</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Phase</th>
                  <th scope="col" className="numeric">
                    Tasks
                  </th>
                  <th scope="col" className="numeric">
                    Deployments
                  </th>
                  <th scope="col" className="numeric">
                    Oldest (days)
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.overdueTasksReport.map((row) => (
                  <tr key={`${row.party}-${row.phase}`}>
                    <th scope="row">{PARTY_LABELS[row.party]}</th>
                    <td>{PHASE_LABELS[row.phase]}</td>
                    <td className="numeric">{row.tasks}</td>
                    <td className="numeric">{row.deployments}</td>
                    <td className="numeric">{row.maxDaysOverdue}</td>
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
