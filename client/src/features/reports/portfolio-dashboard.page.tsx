import { useId, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { HealthStatus, Phase, ReportFilter } from '../../graphql/generated/graphql';
import { HEALTH_LABELS, HEALTH_STATUSES, PARTY_LABELS, PHASE_LABELS, PHASES } from '../deployments/deployment.labels';
import { usePortfolioDashboard } from './usePortfolioDashboard';
import { PhaseHealthFields } from '../deployments/phase-health-fields.component';

// Filters live in the URL (as on the deployments list) and go to the CSV downloads unchanged, so a
// download holds exactly the rows on screen.
const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((candidate) => candidate === value);

const WAVE = /^\d{1,2}$/;

function Section({ title, csv, query, children }: { title: string; csv: string; query: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-label={title}>
      <div className="page-heading">
        <h2>{title}</h2>
        <a className="button button--secondary" href={`/reports/${csv}.csv${query}`} download>
          Download CSV
        </a>
      </div>
      {children}
    </section>
  );
}

export function PortfolioDashboardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const phase = pick<Phase>(searchParams.get('phase'), PHASES);
  const health = pick<HealthStatus>(searchParams.get('health'), HEALTH_STATUSES);
  const waveParam = searchParams.get('wave');
  const wave = waveParam && WAVE.test(waveParam) ? Number(waveParam) : undefined;
  const filter = useMemo<ReportFilter | undefined>(
    () =>
      phase || health || wave
        ? { ...(phase && { phase: [phase] }), ...(health && { health: [health] }), ...(wave && { wave: [wave] }) }
        : undefined,
    [phase, health, wave],
  );
  const csvQuery = useMemo(() => {
    const params = new URLSearchParams();
    if (phase) params.set('phase', phase);
    if (health) params.set('health', health);
    if (wave) params.set('wave', String(wave));
    return params.size ? `?${params}` : '';
  }, [phase, health, wave]);
  const { report, loading, error, retry } = usePortfolioDashboard(filter);

  const setFilter = (name: 'phase' | 'health' | 'wave', value: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const waveId = useId();

  // Deployments by phase (rows) and health (columns), summed over statuses.
  const byPhase = useMemo(() => {
    const counts = new Map<Phase, Record<HealthStatus, number>>();
    for (const row of report?.deploymentCountsReport ?? []) {
      const cell = counts.get(row.phase) ?? { ON_TRACK: 0, AT_RISK: 0, LATE: 0 };
      cell[row.health] += row.deployments;
      counts.set(row.phase, cell);
    }
    return PHASES.filter((p) => counts.has(p)).map((p) => ({ phase: p, ...counts.get(p)! }));
  }, [report]);

  return (
    <>
      <title>Portfolio – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Portfolio</h1>
      </div>

      <form className="filters" aria-label="Filter the portfolio" onSubmit={(event) => event.preventDefault()}>
        <PhaseHealthFields phase={phase} health={health} onChange={setFilter} />
        <div className="field">
          <label htmlFor={waveId}>Wave</label>
          <input
            id={waveId}
            inputMode="numeric"
            pattern="[0-9]{1,2}"
            value={waveParam ?? ''}
            onChange={(event) => setFilter('wave', event.target.value.trim())}
          />
        </div>
        {filter && (
          <button type="button" className="button button--secondary" onClick={() => setSearchParams({}, { replace: true })}>
            Clear filters
          </button>
        )}
      </form>

      {error ? (
        <div className="callout callout--error" role="alert">
          <p>The portfolio could not be loaded: {error.message}</p>
          <button type="button" className="button" onClick={() => void retry()}>
            Try again
          </button>
        </div>
      ) : loading || !report ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : (
        <>
          <Section title="Deployments by phase and health" csv="deployment-counts" query={csvQuery}>
            {byPhase.length === 0 ? (
              <p className="empty-state">No deployments match these filters.</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Phase</th>
                      {HEALTH_STATUSES.map((h) => (
                        <th key={h} scope="col" className="numeric">
                          {HEALTH_LABELS[h]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {byPhase.map((row) => (
                      <tr key={row.phase}>
                        <th scope="row">{PHASE_LABELS[row.phase]}</th>
                        {HEALTH_STATUSES.map((h) => (
                          <td key={h} className="numeric">
                            {row[h]}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>

          <Section title="Go-lives per month" csv="go-lives-by-month" query={csvQuery}>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col" className="numeric">Planned</th>
                    <th scope="col" className="numeric">Actual</th>
                  </tr>
                </thead>
                <tbody>
                  {report.goLivesByMonthReport.map((row) => (
                    <tr key={row.month}>
                      <th scope="row">{row.month}</th>
                      <td className="numeric">{row.planned}</td>
                      <td className="numeric">{row.actual}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>

          <Section title="Overdue tasks" csv="overdue-tasks" query={csvQuery}>
            {report.overdueTasksReport.length === 0 ? (
              <p className="empty-state">No task is past due.</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Party</th>
                      <th scope="col">Phase</th>
                      <th scope="col" className="numeric">Tasks</th>
                      <th scope="col" className="numeric">Deployments</th>
                      <th scope="col" className="numeric">Oldest (days)</th>
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
            )}
          </Section>

          <Section title="Longest waits on a party" csv="waiting-dependencies" query={csvQuery}>
            {report.waitingDependenciesReport.totalCount === 0 ? (
              <p className="empty-state">No dependency is waiting on a party.</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Court</th>
                      <th scope="col">Dependency</th>
                      <th scope="col">Waiting on</th>
                      <th scope="col" className="numeric">Days</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.waitingDependenciesReport.nodes.map((row) => (
                      <tr key={row.dependencyId}>
                        <th scope="row">{row.courtName}</th>
                        <td>{row.kind}</td>
                        <td>{PARTY_LABELS[row.waitingOn]}</td>
                        <td className="numeric">{row.daysWaiting}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>

          <Section title="Defects" csv="defects" query={csvQuery}>
            {report.defectsReport.length === 0 ? (
              <p className="empty-state">No defects.</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Severity</th>
                      <th scope="col">Status</th>
                      <th scope="col" className="numeric">Defects</th>
                      <th scope="col" className="numeric">Oldest (days)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.defectsReport.map((row) => (
                      <tr key={`${row.severity}-${row.status}`}>
                        <th scope="row">{row.severity}</th>
                        <td>{row.status}</td>
                        <td className="numeric">{row.defects}</td>
                        <td className="numeric">{row.maxAgeDays}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
        </>
      )}
    </>
  );
}
