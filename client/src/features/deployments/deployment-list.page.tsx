import { Link } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { useMe } from '../session/useMe';
import { describeFilter } from './deployment-filter.url';
import { DeploymentFindFields } from './deployment-find-fields.component';
import { DeploymentFilterForm } from './deployment-filter-form.component';
import { GoLiveFacts } from './go-live-facts.component';
import { ReadinessField } from './readiness-field.component';
import { HealthSummary } from './health-badge.component';
import { useDeployments } from './useDeployments';
import { NewDeploymentLink } from './new-deployment-link.component';
import { useDeploymentFilter } from './useDeploymentFilter';
import './deployment-list.css';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { isPlanner } from '../../../../rules/roles';

export function DeploymentListPage() {
  const { filter, order, phase, health, readiness, param, setParam } = useDeploymentFilter();
  const { me } = useMe({ cacheOnly: true });
  const picksPeople = !!me && isPlanner(me.role);
  // Any condition the fields do not choose (several phases, a wave, a month of go-lives from the
  // portfolio) is spelled out beside them.
  const otherConditions = describeFilter(filter && {
    ...filter, phase: phase ? null : filter.phase, health: health ? null : filter.health, readiness: readiness ? null : filter.readiness, search: null,
    coordinatorIds: picksPeople && filter.coordinatorIds?.length === 1 ? null : filter.coordinatorIds,
    fieldStaffIds: picksPeople && filter.fieldStaffIds?.length === 1 ? null : filter.fieldStaffIds,
  });
  const { deployments, totalCount, hasNextPage, loading, loadingMore, error, loadMore, retry } = useDeployments(filter, order);

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

      <DeploymentFilterForm label="Filter deployments">
        <ReadinessField readiness={readiness} onChange={setParam} />
        <DeploymentFindFields filter={filter} search={param('search') ?? ''} sort={order ?? 'GO_LIVE'} role={me?.role} onChange={setParam} />
        {otherConditions.length > 0 && <p className="muted">Also filtered by {otherConditions.join('; ')}</p>}
      </DeploymentFilterForm>

      {error ? (
        <LoadFailed what="The deployments" error={error} onRetry={retry} />
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
                <GoLiveFacts deployment={deployment} />
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
