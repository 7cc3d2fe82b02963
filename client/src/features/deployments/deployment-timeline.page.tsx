import { Link, useParams } from 'react-router';
import type { DeploymentQuery } from '../../graphql/generated/graphql';
import { addDays, daysBetween, formatDate, formatRelativeDays } from '../../app/local-date.utils';
import {
  DEPENDENCY_STATUS_LABELS,
  DEPLOYMENT_STATUS_LABELS,
  isOpenDependencyStatus,
  isOpenTaskStatus,
  PARTY_LABELS,
  PHASE_LABELS,
  PHASES,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
} from './deployment.labels';
import { FieldVisitActions } from '../cat/field-visit-actions.component';
import { HealthSummary } from './health-badge.component';
import { useDeployment } from './useDeployment';

type Deployment = DeploymentQuery['deployment'];
type Task = Deployment['tasks'][number];

export function DeploymentTimelinePage() {
  const { id = '' } = useParams();
  const { deployment, loading, notFound, error, retry } = useDeployment(id);

  if (notFound) {
    return (
      <section className="empty-state">
        <title>Deployment not found – CCPOR Deploy</title>
        <h1>Deployment not found</h1>
        <p>It may have been removed, or you may not have access to it.</p>
        <Link className="button" to="/">
          All deployments
        </Link>
      </section>
    );
  }
  if (error) {
    return (
      <div className="callout callout--error" role="alert">
        <p>The deployment could not be loaded: {error.message}</p>
        <button type="button" className="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    );
  }
  if (loading || !deployment) {
    return (
      <p className="status-message" role="status">
        Loading deployment…
      </p>
    );
  }

  // "Today" as the server saw it (go-live minus days to go-live), so overdue markers agree with
  // the health the server derived, whatever the device clock or time zone says.
  const today = addDays(deployment.targetGoLive, -deployment.health.daysToGoLive);

  return (
    <>
      <title>{`${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">← All deployments</Link>
      </nav>
      <DeploymentHeader deployment={deployment} />
      <FieldVisitActions deploymentId={deployment.id} />
      {deployment.phasesWithShortWindows.length > 0 && (
        <div className="callout callout--warning" role="note">
          <strong>Phases with short windows: </strong>
          {deployment.phasesWithShortWindows.map((phase) => PHASE_LABELS[phase]).join(', ')}. These phases had fewer days
          than the lifecycle plans for; tasks already past due when the deployment was created are marked.
        </div>
      )}
      <TaskTimeline deployment={deployment} today={today} />
      <DependencyTable dependencies={deployment.dependencies} today={today} />
    </>
  );
}

function DeploymentHeader({ deployment }: { deployment: Deployment }) {
  const { court, health } = deployment;
  return (
    <header className="deployment-header">
      <h1>{court.name}</h1>
      <p className="muted">
        {court.county} County{deployment.wave != null && ` · Wave ${deployment.wave}`}
        {court.ccporProfile === 'IMAGES_ONLY' && ' · Images only'}
      </p>
      <dl className="facts facts--wide">
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
              formatRelativeDays(health.daysToGoLive)
            )}
          </dd>
        </div>
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

function TaskTimeline({ deployment, today }: { deployment: Deployment; today: string }) {
  const phases = PHASES.map((phase) => ({
    phase,
    tasks: deployment.tasks.filter((task) => task.phase === phase).sort((a, b) => a.number - b.number),
  })).filter((group) => group.tasks.length > 0);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {phases.map(({ phase, tasks }) => (
        <section key={phase} className="timeline-phase" aria-labelledby={`phase-${phase}`}>
          <h3 id={`phase-${phase}`}>
            {PHASE_LABELS[phase]}
            {phase === deployment.phase && <span className="badge badge--current">Current phase</span>}
          </h3>
          <ol className="task-list">
            {tasks.map((task) => (
              <TaskItem key={task.id} task={task} today={today} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function TaskItem({ task, today }: { task: Task; today: string }) {
  const daysOverdue = isOpenTaskStatus(task.status) ? daysBetween(task.dueDate, today) : 0;
  return (
    <li className={daysOverdue > 0 ? 'task task--overdue' : 'task'}>
      <span className="task__number" aria-label={`Task ${task.number}`}>
        {task.number}
      </span>
      <div className="task__body">
        <p className="task__title">
          {task.title}
          {!task.required && <span className="muted"> (optional)</span>}
        </p>
        <p className="task__meta muted">
          {PARTY_LABELS[task.party]} · {TASK_KIND_LABELS[task.kind]}
        </p>
        {task.reason && <p className="task__meta muted">Reason: {task.reason}</p>}
        <p className="task__badges">
          <span className={`badge badge--task-${task.status.toLowerCase().replaceAll('_', '-')}`}>
            {TASK_STATUS_LABELS[task.status]}
          </span>
          {task.pinned && (
            <span className="badge badge--neutral" title="Moved by hand; go-live changes leave it where it is">
              Pinned
            </span>
          )}
          {task.pastDueAtCreation && <span className="badge badge--neutral">Past due at creation</span>}
          {daysOverdue > 0 && (
            <span className="badge badge--overdue">
              Overdue by {daysOverdue} {daysOverdue === 1 ? 'day' : 'days'}
            </span>
          )}
        </p>
      </div>
      <div className="task__date">
        <span className="muted">Due</span> <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
        {task.completedOn && (
          <span className="task__done">
            <span className="muted">Done</span> <time dateTime={task.completedOn}>{formatDate(task.completedOn)}</time>
          </span>
        )}
      </div>
    </li>
  );
}

function DependencyTable({ dependencies, today }: { dependencies: Deployment['dependencies']; today: string }) {
  return (
    <section className="dependencies" aria-labelledby="dependencies-heading">
      <h2 id="dependencies-heading">Onboarding dependencies</h2>
      {dependencies.length === 0 ? (
        <p className="muted">No onboarding dependencies recorded.</p>
      ) : (
        // Scrolls sideways on a narrow screen instead of squeezing the columns unreadable.
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Onboarding dependencies table">
          <table>
            <thead>
              <tr>
                <th scope="col">Dependency</th>
                <th scope="col">Status</th>
                <th scope="col">Waiting on</th>
                <th scope="col" className="numeric">
                  Days waiting
                </th>
                <th scope="col">Due date</th>
              </tr>
            </thead>
            <tbody>
              {dependencies.map((dependency) => {
                const overdue = isOpenDependencyStatus(dependency.status) && dependency.dueDate < today;
                return (
                  <tr key={dependency.id}>
                    <th scope="row">
                      {dependency.title}
                      {dependency.externalReference && (
                        <span className="muted cell-note">Ref. {dependency.externalReference}</span>
                      )}
                    </th>
                    <td>{DEPENDENCY_STATUS_LABELS[dependency.status]}</td>
                    <td>{dependency.waitingOn ? PARTY_LABELS[dependency.waitingOn] : '—'}</td>
                    <td className="numeric">{dependency.daysWaiting ?? '—'}</td>
                    <td className="nowrap">
                      <time dateTime={dependency.dueDate}>{formatDate(dependency.dueDate)}</time>
                      {overdue && <span className="badge badge--overdue">Overdue</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
