import { useDeferredValue, useId } from 'react';
import { LoadFailed } from '../../app/load-failed.component';
import { DeploymentFilterForm } from '../deployments/deployment-filter-form.component';
import { useDeploymentFilter } from '../deployments/useDeploymentFilter';
import { PortfolioCatPassRatesSection } from './portfolio-cat-pass-rates.section';
import { PortfolioDependencyBottlenecksSection } from './portfolio-dependency-bottlenecks.section';
import { PortfolioGoLivesSection } from './portfolio-go-lives.section';
import { PortfolioGoLivesAtRiskSection } from './portfolio-go-lives-at-risk.section';
import { PortfolioOverdueWorkSection } from './portfolio-overdue-work.section';
import { PortfolioPhaseHealthSection } from './portfolio-phase-health.section';
import { PortfolioReadinessBlockersSection } from './portfolio-readiness-blockers.section';
import { PortfolioTimelineSection } from './portfolio-timeline.section';
import { usePortfolioDashboard } from './usePortfolioDashboard';
import { usePortfolioReadiness } from './usePortfolioReadiness';
import { usePortfolioGoLivesAtRisk } from './usePortfolioGoLivesAtRisk';
import './reports.css';

// Filters live in the URL (the same names as the deployments list and the CSV downloads), so a
// download holds exactly the rows on screen and every figure links to the list behind it.
export function PortfolioDashboardPage() {
  const { filter, param, setParam } = useDeploymentFilter();
  const { report: answered, loading, error, retry } = usePortfolioDashboard(filter);
  // The sections (eight, with tables of up to 100 rows) render in the background once the answer is
  // there: React then works in slices between which the browser stays responsive, instead of one
  // long task on a phone's main thread (issue 18).
  const report = useDeferredValue(answered);
  // Asked for beside the report, not after it: readiness is the slow part.
  const readiness = usePortfolioReadiness(filter);
  const risk = usePortfolioGoLivesAtRisk(filter);
  const waveId = useId();

  return (
    <>
      <title>Portfolio – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Portfolio</h1>
        {/* A page of its own outside the app (and its offline shell): a plain link loads it. */}
        <a href="/graphiql">Explore the API in GraphiQL</a>
      </div>

      <DeploymentFilterForm label="Filter the portfolio">
        <div className="field">
          <label htmlFor={waveId}>Wave</label>
          <input
            id={waveId}
            className="input"
            inputMode="numeric"
            pattern="[0-9]{1,2}"
            value={param('wave') ?? ''}
            onChange={(event) => setParam('wave', event.target.value.trim())}
          />
        </div>
      </DeploymentFilterForm>

      {error ? (
        <LoadFailed what="The portfolio" error={error} onRetry={retry} />
      ) : (
        <>
          {/* The first section says what it shows while the report loads. */}
          <PortfolioTimelineSection report={loading ? null : report} filter={filter} />
          {!loading && report && (
            <>
              <PortfolioPhaseHealthSection report={report} filter={filter} />
              <PortfolioGoLivesSection report={report} filter={filter} />
              <PortfolioCatPassRatesSection report={report} filter={filter} />
              <PortfolioOverdueWorkSection report={report} filter={filter} />
              <PortfolioDependencyBottlenecksSection report={report} filter={filter} />
              <PortfolioGoLivesAtRiskSection risk={risk} filter={filter} />
              <PortfolioReadinessBlockersSection readiness={readiness} filter={filter} />
            </>
          )}
        </>
      )}
    </>
  );
}
