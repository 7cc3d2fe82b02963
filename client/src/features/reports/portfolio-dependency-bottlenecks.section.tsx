import { Link } from 'react-router';
import type { DeploymentFilter } from '../../graphql/generated/graphql';
import type { Report } from './portfolio-charts';
import { ReportSection } from './report-section.component';
import { DEPENDENCY_KIND_LABELS, PARTY_LABELS } from '../../../../rules/labels';

/** The dependencies that have waited longest on a party. */
export function PortfolioDependencyBottlenecksSection({ report, filter }: { report: Report; filter?: DeploymentFilter }) {
  const waiting = report.waitingDependenciesReport;
  return (
    <ReportSection title="Dependency bottlenecks: longest waits on a party" csv="waiting-dependencies" filter={filter}>
      {waiting.totalCount === 0 ? (
        <p className="empty-state">No dependency is waiting on a party.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Court</th>
                <th scope="col">Dependency</th>
                <th scope="col">Waiting on</th>
                <th scope="col" className="numeric">
                  Days
                </th>
              </tr>
            </thead>
            <tbody>
              {waiting.nodes.map((row) => (
                <tr key={row.dependencyId}>
                  <th scope="row">
                    <Link to={`/deployments/${row.deploymentId}`}>{row.courtName}</Link>
                  </th>
                  <td>{DEPENDENCY_KIND_LABELS[row.kind]}</td>
                  <td>{PARTY_LABELS[row.waitingOn]}</td>
                  <td className="numeric">{row.daysWaiting}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReportSection>
  );
}
