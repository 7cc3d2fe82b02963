import { useId, useMemo, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { DeploymentFilter, HealthStatus, Phase } from '../../graphql/generated/graphql';
import { addDays, formatDate } from '../../app/local-date.utils';
import { deploymentFilterOf, deploymentListPath, searchOfFilter } from '../deployments/deployment-filter.url';
import { PhaseHealthFields } from '../deployments/phase-health-fields.component';
import { ChartCanvas } from './chart.component';
import {
  catPassRateChart, catRunLabel, formatMonth, goLivesChart, isLate, phaseHealthChart, timelineChart, type PhaseHealthCount,
} from './portfolio-charts';
import { usePortfolioDashboard } from './usePortfolioDashboard';
import { usePortfolioReadiness } from './usePortfolioReadiness';
import './reports.css';
import { DEPENDENCY_KIND_LABELS, HEALTH_LABELS, PARTY_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { HEALTH_STATUSES, PHASES } from '../../../../rules/statuses';

// Filters live in the URL (the same names as the deployments list and the CSV downloads), so a
// download holds exactly the rows on screen and every figure links to the list behind it.

/** The first and last day of a month ("2027-02" → 2027-02-01, 2027-02-28). */
function monthRange(month: string): [string, string] {
  const [year, monthNumber] = month.split('-').map(Number);
  return [`${month}-01`, new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10)];
}

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

/** A figure that links to the records behind it; a zero has nothing behind it and stays plain. */
function Figure({ value, to, label }: { value: number; to: string; label: string }) {
  if (value === 0) return <>0</>;
  return (
    <Link className="figure-link" to={to} aria-label={`${value} ${label}`}>
      {value}
    </Link>
  );
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export function PortfolioDashboardPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => deploymentFilterOf(searchParams), [searchParams]);
  const phase = filter?.phase?.length === 1 ? filter.phase[0] : undefined;
  const health = filter?.health?.length === 1 ? filter.health[0] : undefined;
  const waveParam = searchParams.get('wave');
  const csvQuery = searchOfFilter(filter);
  const { report, loading, error, retry } = usePortfolioDashboard(filter);
  const readiness = usePortfolioReadiness(filter);

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

  /** The deployments list under this page's filter, narrowed further by `more`. */
  const listOf = (more: DeploymentFilter) => deploymentListPath({ ...filter, ...more });

  // Deployments by phase (rows) and health (columns), summed over statuses.
  const byPhase = useMemo<PhaseHealthCount[]>(() => {
    const counts = new Map<Phase, Record<HealthStatus, number>>();
    for (const row of report?.deploymentCountsReport ?? []) {
      const cell = counts.get(row.phase) ?? { ON_TRACK: 0, AT_RISK: 0, LATE: 0 };
      cell[row.health] += row.deployments;
      counts.set(row.phase, cell);
    }
    return PHASES.filter((p) => counts.has(p)).map((p) => ({ phase: p, counts: counts.get(p)! }));
  }, [report]);

  const timeline = useMemo(() => report?.deploymentTimelineReport.nodes ?? [], [report]);
  // Every row carries days to its go-live as of the server's today (California), so the line agrees with the API.
  const today = timeline.length ? addDays(timeline[0].targetGoLive, -timeline[0].daysToGoLive) : null;
  const overdue = useMemo(
    () =>
      timeline
        .filter((row) => row.overdueTasks + row.overdueDependencies > 0)
        .toSorted((a, b) => (a.oldestOverdue ?? '').localeCompare(b.oldestOverdue ?? '')),
    [timeline],
  );
  const catRuns = report?.catRunRatesReport.nodes ?? [];
  const blockers = readiness.blockers;

  // Charts are redrawn only when their data changes; a click on a bar goes where its table's link goes.
  const charts = useMemo(() => {
    if (!report) return null;
    const list = (more: DeploymentFilter) => navigate(deploymentListPath({ ...filter, ...more }));
    return {
      timeline: today
        ? timelineChart(report.deploymentTimelineReport.nodes, today, (row) => navigate(`/deployments/${row.deploymentId}`))
        : null,
      phaseHealth: phaseHealthChart(byPhase, (p, h) => list({ phase: [p], health: [h] })),
      goLives: goLivesChart(report.goLivesByMonthReport, (month, kind) => {
        const [from, to] = monthRange(month);
        list(kind === 'planned' ? { goLiveFrom: from, goLiveTo: to } : { wentLiveFrom: from, wentLiveTo: to });
      }),
      catRuns: catPassRateChart(report.catRunRatesReport.nodes, (row) => navigate(`/deployments/${row.deploymentId}/cat`)),
    };
  }, [report, byPhase, today, filter, navigate]);

  return (
    <>
      <title>Portfolio – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Portfolio</h1>
        {/* A page of its own outside the app (and its offline shell): a plain link loads it. */}
        <a href="/graphiql">Explore the API in GraphiQL</a>
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
      ) : loading || !report || !charts ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : (
        <>
          <Section title="Timeline" csv="deployment-timeline" query={csvQuery}>
            {timeline.length === 0 || !charts.timeline || !today ? (
              <p className="empty-state">No deployments match these filters.</p>
            ) : (
              <>
                <p className="muted">
                  Each deployment from the start of Planning (90 days before its target go-live) to go-live, in planned phase
                  windows. Today is {formatDate(today)}.{' '}
                  {report.deploymentTimelineReport.totalCount > timeline.length &&
                    `Showing the first ${timeline.length} of ${report.deploymentTimelineReport.totalCount} by target go-live; filter to see the others.`}
                </p>
                <ChartCanvas
                  config={charts.timeline}
                  label={`Timeline of ${timeline.length} ${plural(timeline.length, 'deployment', 'deployments')} with phase bands, today's line and late items marked. The table "Timeline as a table" below lists the same dates.`}
                  height={Math.max(220, timeline.length * 30 + 110)}
                  minWidth={680}
                />
                <details className="chart-table">
                  <summary>Timeline as a table</summary>
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
                </details>
              </>
            )}
          </Section>

          <Section title="Deployments by phase and health" csv="deployment-counts" query={csvQuery}>
            {byPhase.length === 0 ? (
              <p className="empty-state">No deployments match these filters.</p>
            ) : (
              <div className="chart-with-table">
                <ChartCanvas
                  config={charts.phaseHealth}
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
          </Section>

          <Section title="Go-lives per month" csv="go-lives-by-month" query={csvQuery}>
            {report.goLivesByMonthReport.length === 0 ? (
              <p className="empty-state">No go-lives match these filters.</p>
            ) : (
              <div className="chart-with-table">
                <ChartCanvas
                  config={charts.goLives}
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
                      {report.goLivesByMonthReport.map((row) => {
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
          </Section>

          <Section title="CAT pass rates" csv="cat-run-rates" query={csvQuery}>
            {catRuns.length === 0 ? (
              <p className="empty-state">No CAT runs have started for these deployments.</p>
            ) : (
              <>
                <ChartCanvas
                  config={charts.catRuns}
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
                          <td className="numeric">{row.passRate === null ? '–' : `${row.passRate} %`}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Section>

          <Section title="Overdue work" csv="overdue-tasks" query={csvQuery}>
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
          </Section>

          <Section title="Dependency bottlenecks: longest waits on a party" csv="waiting-dependencies" query={csvQuery}>
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
                      <th scope="col" className="numeric">
                        Days
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.waitingDependenciesReport.nodes.map((row) => (
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
          </Section>

          <Section title="Readiness blockers" csv="readiness-blockers" query={csvQuery}>
            {readiness.error ? (
              <div className="callout callout--error" role="alert">
                <p>The blockers could not be loaded: {readiness.error.message}</p>
                <button type="button" className="button" onClick={() => void readiness.retry()}>
                  Try again
                </button>
              </div>
            ) : readiness.loading || !blockers ? (
              <p className="status-message" role="status">
                Loading…
              </p>
            ) : blockers.totalCount === 0 ? (
              <p className="empty-state">Nothing blocks a go-live.</p>
            ) : (
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
          </Section>
        </>
      )}
    </>
  );
}
