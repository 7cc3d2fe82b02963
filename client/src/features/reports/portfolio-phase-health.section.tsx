import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { DeploymentFilter, HealthStatus, Phase } from '../../graphql/generated/graphql';
import { deploymentListPath } from '../deployments/deployment-filter.url';
import { ChartCanvas } from './chart.component';
import { phaseHealthChart, plural, type PhaseHealthCount, type Report } from './portfolio-charts';
import { Figure, ReportSection } from './report-section.component';
import { HEALTH_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { HEALTH_STATUSES, PHASES } from '../../../../rules/statuses';

/** Deployments by phase (rows) and health (columns), summed over statuses; each figure links to its deployments. */
export function PortfolioPhaseHealthSection({ report, filter }: { report: Report; filter?: DeploymentFilter }) {
  const navigate = useNavigate();
  const byPhase = useMemo<PhaseHealthCount[]>(() => {
    const counts = new Map<Phase, Record<HealthStatus, number>>();
    for (const row of report.deploymentCountsReport) {
      const cell = counts.get(row.phase) ?? { ON_TRACK: 0, AT_RISK: 0, LATE: 0 };
      cell[row.health] += row.deployments;
      counts.set(row.phase, cell);
    }
    return PHASES.filter((p) => counts.has(p)).map((p) => ({ phase: p, counts: counts.get(p)! }));
  }, [report]);
  /** The deployments list under this page's filter, narrowed further by `more`. */
  const listOf = (more: DeploymentFilter) => deploymentListPath({ ...filter, ...more });
  const chart = useMemo(
    () => phaseHealthChart(byPhase, (p, h) => navigate(deploymentListPath({ ...filter, phase: [p], health: [h] }))),
    [byPhase, filter, navigate],
  );

  return (
    <ReportSection title="Deployments by phase and health" csv="deployment-counts" filter={filter}>
      {byPhase.length === 0 ? (
        <p className="empty-state">No deployments match these filters.</p>
      ) : (
        <div className="chart-with-table">
          <ChartCanvas
            config={chart}
            label="Bar chart of deployments per phase, stacked by health. The table beside it gives the numbers."
            height={260}
          />
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Deployments by phase and health</caption>
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  {HEALTH_STATUSES.map((h) => (
                    <th key={h} scope="col" className="numeric">
                      {HEALTH_LABELS[h]}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    All
                  </th>
                </tr>
              </thead>
              <tbody>
                {byPhase.map((row) => (
                  <tr key={row.phase}>
                    <th scope="row">{PHASE_LABELS[row.phase]}</th>
                    {HEALTH_STATUSES.map((h) => (
                      <td key={h} className="numeric">
                        <Figure
                          value={row.counts[h]}
                          to={listOf({ phase: [row.phase], health: [h] })}
                          label={`${PHASE_LABELS[row.phase]} ${plural(row.counts[h], 'deployment', 'deployments')}, ${HEALTH_LABELS[h].toLowerCase()}`}
                        />
                      </td>
                    ))}
                    <td className="numeric">
                      <Figure
                        value={HEALTH_STATUSES.reduce((sum, h) => sum + row.counts[h], 0)}
                        to={listOf({ phase: [row.phase] })}
                        label={`${PHASE_LABELS[row.phase]} deployments in all`}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </ReportSection>
  );
}
