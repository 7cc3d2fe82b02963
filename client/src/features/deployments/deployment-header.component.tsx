import { formatDate } from '../../app/local-date.utils';
import type { Deployment, Workspace } from './deployment-timeline.page';
import { GoLiveFacts } from './go-live-facts.component';
import { HealthSummary } from './health-badge.component';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from '../../../../rules/labels';

/** Court, dates, phase, status, people and health: the facts at the top of the page. */
export function DeploymentHeader({ deployment, workspace }: { deployment: Deployment; workspace: Workspace | undefined }) {
  const { court, health } = deployment;
  return (
    <header className="deployment-header">
      <h1>{court.name}</h1>
      <p className="muted">
        {court.county} County{deployment.wave != null && ` · Wave ${deployment.wave}`}
        {court.ccporProfile === 'IMAGES_ONLY' && ' · Images only'}
      </p>
      <dl className="facts facts--wide">
        <GoLiveFacts deployment={deployment} />
        <div>
          <dt>Phase</dt>
          <dd>
            {PHASE_LABELS[deployment.phase]}{' '}
            <span className="muted">
              since <time dateTime={deployment.phaseEnteredOn}>{formatDate(deployment.phaseEnteredOn)}</time>
            </span>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{DEPLOYMENT_STATUS_LABELS[deployment.status]}</dd>
        </div>
        {workspace && (
          <div>
            <dt>Coordinator</dt>
            <dd>{workspace.coordinator?.displayName ?? 'Not assigned'}</dd>
          </div>
        )}
        {workspace && (
          <div>
            <dt>Field staff</dt>
            <dd>{workspace.fieldStaff.map((person) => person.displayName).join(', ') || 'None assigned'}</dd>
          </div>
        )}
      </dl>
      {deployment.participatingLeas.length > 0 && (
        <p>
          <span className="muted">Participating LEAs: </span>
          {deployment.participatingLeas.map((lea) => lea.name).join(', ')}
        </p>
      )}
      <HealthSummary health={health} />
    </header>
  );
}
