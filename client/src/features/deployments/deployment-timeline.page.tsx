import { Link, useParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import type { DeploymentQuery, DeploymentWorkspaceQuery, Role } from '../../graphql/generated/graphql';
import { addDays } from '../../app/local-date.utils';
import { FieldVisitActions } from '../cat/field-visit-actions.component';
import { CommentThread } from '../comments/comment-thread.component';
import { CommentsProvider } from '../comments/comments.context';
import { useMe } from '../session/useMe';
import { AccountRequests } from './account-requests.component';
import { DependencyTable } from './dependency-table.component';
import { DeploymentActions } from './deployment-actions.component';
import { DeploymentHeader } from './deployment-header.component';
import { DeploymentLinks } from './deployment-links.component';
import { GoLiveProjectionPanel } from './go-live-projection.component';
import { MeetingsAndDocuments } from './meetings-documents.component';
import { ReadinessPanel } from './readiness.component';
import { Reschedule } from './reschedule.component';
import { TaskTimeline } from './task-timeline.component';
import { TrainingSessions } from './training-sessions.component';
import { useDeployment } from './useDeployment';
import { useDeploymentWorkspace } from './useDeploymentWorkspace';
import './deployment-workspace.css';
import { PHASE_LABELS } from '../../../../rules/labels';
import { doesFieldWork, isPlanner, mayComment } from '../../../../rules/roles';
import { isInactiveDeployment } from '../../../../rules/statuses';

export type Deployment = DeploymentQuery['deployment'];
export type Workspace = NonNullable<DeploymentWorkspaceQuery['deployment']>;

/** The deployment page, for every role: what stands, what is next, and what this person may do. */
export function DeploymentTimelinePage() {
  const { id = '' } = useParams();
  const { deployment, notFound, error, retry } = useDeployment(id);
  const { workspace, readiness } = useDeploymentWorkspace(id);
  const { me } = useMe();

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
  // Offline, a copy on the device is shown (its refetch failing says nothing new).
  if (error && !deployment) {
    return <LoadFailed what="The deployment" error={error} onRetry={retry} />;
  }
  // Only before the first answer: a refetch after a write keeps the page (and its open forms) on screen.
  if (!deployment || !me) {
    return (
      <p className="status-message" role="status">
        Loading deployment…
      </p>
    );
  }

  const role: Role = me.role;
  const planner = isPlanner(role);
  // "Today" as the server saw it (go-live minus days to go-live), so overdue markers agree with
  // the health the server derived, whatever the device clock or time zone says.
  const today = addDays(deployment.targetGoLive, -deployment.health.daysToGoLive);

  return (
    <CommentsProvider deploymentId={deployment.id} me={me}>
      <title>{`${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">← All deployments</Link>
      </nav>
      <DeploymentHeader deployment={deployment} workspace={workspace} />
      {doesFieldWork(role) && <FieldVisitActions deploymentId={deployment.id} />}
      <DeploymentLinks deploymentId={deployment.id} role={role} />
      {planner && <DeploymentActions deployment={deployment} />}
      {planner && !deployment.actualGoLive && !isInactiveDeployment(deployment.status) && (
        <Reschedule deployment={deployment} lastReschedule={workspace?.lastReschedule ?? null} today={today} />
      )}
      {deployment.phasesWithShortWindows.length > 0 && (
        <div className="callout callout--warning" role="note">
          <strong>Phases with short windows: </strong>
          {deployment.phasesWithShortWindows.map((phase) => PHASE_LABELS[phase]).join(', ')}. These phases had fewer days
          than the lifecycle plans for; tasks already past due when the deployment was created are marked.
        </div>
      )}
      <GoLiveProjectionPanel projection={deployment.goLiveProjection} />
      {readiness && <ReadinessPanel readiness={readiness} />}
      <TaskTimeline deployment={deployment} today={today} role={role} organizationId={me.organization?.id} />
      <DependencyTable dependencies={deployment.dependencies} today={today} editable={planner} />
      {workspace && (
        <>
          <MeetingsAndDocuments deploymentId={deployment.id} workspace={workspace} editable={planner} today={today} />
          <TrainingSessions deploymentId={deployment.id} sessions={workspace.trainingSessions} role={role} today={today} />
          <AccountRequests deployment={deployment} requests={workspace.accountRequests} role={role} />
        </>
      )}
      {mayComment(role) && (
        <section className="deployment-comments" aria-labelledby="comments-heading">
          <h2 id="comments-heading">Comments</h2>
          <CommentThread subject={{ id: deployment.id, about: 'the deployment' }} />
        </section>
      )}
    </CommentsProvider>
  );
}
