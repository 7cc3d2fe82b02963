import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatRelativeDays } from '../../app/local-date.utils';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from './deployment.labels';
import { deploymentFilterOf, describeFilter } from './deployment-filter.url';
import { HealthSummary } from './health-badge.component';
import { useDeployments } from './useDeployments';
import { NewDeploymentLink } from './new-deployment-link.component';
import { PhaseHealthFields } from './phase-health-fields.component';
import './deployment-list.css';

// Filters live in the URL so a filtered list can be bookmarked, shared and restored with Back, and so
// the portfolio's figures can link to the deployments behind them (any DeploymentFilter field).
export function DeploymentListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => deploymentFilterOf(searchParams), [searchParams]);
  // The fields choose one phase and one health; any other condition (several phases, a wave, a month of
  // go-lives from the portfolio) is spelled out beside them.
  const phase = filter?.phase?.length === 1 ? filter.phase[0] : undefined;
  const health = filter?.health?.length === 1 ? filter.health[0] : undefined;
  const otherConditions = describeFilter(filter && { ...filter, phase: phase ? null : filter.phase, health: health ? null : filter.health });
  const { deployments, totalCount, hasNextPage, loading, loadingMore, error, loadMore, retry } = useDeployments(filter);

  const setFilter = (name: 'phase' | 'health', value: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );


  return (
    <>
      <title>Deployments – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Deployments</h1>
        <p className="muted" aria-live="polite">
          {loading ? 'Loading…' : `${deployments.length} of ${totalCount} ${totalCount === 1 ? 'deployment' : 'deployments'}`}
        </p>
      </div>
      <NewDeploymentLink />

      <form className="filters" aria-label="Filter deployments" onSubmit={(event) => event.preventDefault()}>
        <PhaseHealthFields phase={phase} health={health} onChange={setFilter} />
        {otherConditions.length > 0 && <p className="muted">Also filtered by {otherConditions.join('; ')}</p>}
        {filter && (
          <button type="button" className="button button--secondary" onClick={() => setSearchParams({}, { replace: true })}>
            Clear filters
          </button>
        )}
      </form>

      {error ? (
        <div className="callout callout--error" role="alert">
          <p>The deployments could not be loaded: {error.message}</p>
          <button type="button" className="button" onClick={() => void retry()}>
            Try again
          </button>
        </div>
      ) : loading ? null : deployments.length === 0 ? (
        <p className="empty-state">No deployments match these filters.</p>
      ) : (
        <ul className="deployment-cards" aria-label="Deployments">
          {deployments.map((deployment) => (
            <li key={deployment.id} className="deployment-card">
              <h2 className="deployment-card__title">
                {/* The link's ::after covers the card, so the whole card is one large touch target. */}
                <Link to={`/deployments/${deployment.id}`} className="card-link">
                  {deployment.court.name}
                </Link>
              </h2>
              <p className="muted">
                {deployment.court.county} County{deployment.wave != null && ` · Wave ${deployment.wave}`}
              </p>
              <dl className="facts">
                <div>
                  <dt>Phase</dt>
                  <dd>{PHASE_LABELS[deployment.phase]}</dd>
                </div>
                <div>
                  <dt>Status</dt>
                  <dd>{DEPLOYMENT_STATUS_LABELS[deployment.status]}</dd>
                </div>
                <div>
                  <dt>Target go-live</dt>
                  <dd>
                    <time dateTime={deployment.targetGoLive}>{formatDate(deployment.targetGoLive)}</time>
                  </dd>
                </div>
                <div>
                  <dt>{deployment.actualGoLive ? 'Went live' : 'Days to go-live'}</dt>
                  <dd>
                    {deployment.actualGoLive ? (
                      <time dateTime={deployment.actualGoLive}>{formatDate(deployment.actualGoLive)}</time>
                    ) : (
                      formatRelativeDays(deployment.health.daysToGoLive)
                    )}
                  </dd>
                </div>
              </dl>
              <HealthSummary health={deployment.health} />
            </li>
          ))}
        </ul>
      )}

      {hasNextPage && !error && (
        <div className="load-more">
          <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </>
  );
}
