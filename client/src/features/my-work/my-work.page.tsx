import { useDeferredValue } from 'react';
import { Link } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { daysBetween, formatDate, formatRelativeDays } from '../../app/local-date.utils';
import type { MyTasksDueQuery, MyWorkQuery, Party, Role } from '../../graphql/generated/graphql';
import { useMe } from '../session/useMe';
import { signOffsToRedo, upcomingDates, type SignAgain, type UpcomingDate } from './my-work.utils';
import { useMyWork } from './useMyWork';
import './my-work.css';
import { DEPLOYMENT_STATUS_LABELS, HEALTH_LABELS, PARTY_LABELS, PHASE_LABELS, READINESS_STATUS_LABELS } from '../../../../rules/labels';

type Deployment = MyWorkQuery['deployments']['nodes'][number];
type DueTask = MyTasksDueQuery['tasksDue']['nodes'][number];

/** How far ahead the home looks for due tasks and dates (days). */
export const LOOK_AHEAD_DAYS = 21;

const HEALTH_BADGES = { ON_TRACK: 'badge--on-track', AT_RISK: 'badge--at-risk', LATE: 'badge--late' } as const;
const RESPONSE_ACTION: Record<string, string> = { DRAFT: 'Draft to finish', RETURNED: 'Returned: correct and submit again' };

/** The party a partner works for in a deployment: its court, or one of its LEAs. */
function partyOf(deployment: Deployment, organizationId: string | undefined): Party | undefined {
  if (!organizationId) return undefined;
  if (deployment.court.id === organizationId) return 'COURT';
  return deployment.participatingLeas.some((lea) => lea.id === organizationId) ? 'LEA' : undefined;
}

/**
 * The home of field staff and partners: their deployments with what is coming up and what is
 * theirs to do. Field staff see the deployments they are assigned to, with the site-visit screens
 * a tap away; a partner sees their organization's deployment as their organization's home.
 */
export function MyWorkPage() {
  const { me } = useMe();
  const { deployments: answered, questionnaires, dueTasks: answeredDue, today, error, loading } = useMyWork(LOOK_AHEAD_DAYS);
  // Rendered in the background as answers arrive: React works in slices between which the browser
  // stays responsive, instead of one long task on a phone's main thread (issue 18).
  const page = useDeferredValue(answered);
  const due = useDeferredValue(answeredDue);

  if (error && !page) {
    return (
      <LoadFailed what="Your work" error={error}>
        <p>Open it once online to keep it on this device for use with no network.</p>
      </LoadFailed>
    );
  }
  if ((loading && !(page && due)) || !page || !me) {
    return (
      <p className="status-message" role="status">
        Loading your work…
      </p>
    );
  }
  const deployments = page.nodes;
  const partner = me.role === 'PARTNER_USER';
  const organizationId = me.organization?.id;
  const courtById = new Map(deployments.map((deployment) => [deployment.id, deployment.court.name]));

  return (
    <>
      <title>My work – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>{partner && me.organization ? me.organization.name : 'My work'}</h1>
      </div>
      <p className="muted">
        {partner
          ? 'Your organization’s CCPOR deployment: what is yours to do, questionnaires, test results and sign-off, readiness and incidents.'
          : `Your assigned deployments, what is due in the next ${LOOK_AHEAD_DAYS} days, and the site-visit screens.`}
      </p>

      <section aria-labelledby="due-heading" className="my-work-section">
        <h2 id="due-heading">{partner ? 'Yours to do' : 'Due and overdue tasks'}</h2>
        <SignAgainList items={partner ? signOffsToRedo(deployments, organizationId) : []} />
        <DueTaskList tasks={due} today={today} courtById={courtById} showCourt={deployments.length > 1} />
      </section>

      <section aria-labelledby="upcoming-heading" className="my-work-section">
        <h2 id="upcoming-heading">Coming up: meetings, training and test dates</h2>
        <UpcomingList dates={upcomingDates(deployments, today)} today={today} showCourt={deployments.length > 1} />
      </section>

      <section aria-labelledby="deployments-heading" className="my-work-section">
        <h2 id="deployments-heading">{deployments.length === 1 ? 'Your deployment' : 'Your deployments'}</h2>
        {deployments.length === 0 ? (
          <p className="empty-state">{partner ? 'Your organization takes part in no deployment yet.' : 'No deployment is assigned to you yet.'}</p>
        ) : (
          <>
            {page.totalCount > deployments.length && (
              <p className="callout callout--warning">
                Showing the {deployments.length} nearest go-lives of {page.totalCount}. <Link to="/">See them all in the deployments list</Link>.
              </p>
            )}
          <ul className="my-deployments">
            {deployments.map((deployment) => (
              <DeploymentCard
                key={deployment.id}
                deployment={deployment}
                role={me.role}
                party={partyOf(deployment, organizationId)}
                organizationId={organizationId}
                questionnaires={questionnaires ?? []}
              />
            ))}
          </ul>
          </>
        )}
      </section>
    </>
  );
}

function DueTaskList({ tasks, today, courtById, showCourt }: { tasks?: DueTask[]; today: string; courtById: Map<string, string>; showCourt: boolean }) {
  if (!tasks) return <p className="callout callout--warning">The due tasks could not be loaded; open this page once online.</p>;
  if (tasks.length === 0) return <p className="empty-state">Nothing due in the next {LOOK_AHEAD_DAYS} days.</p>;
  return (
    <ul className="due-list">
      {tasks.map((task) => {
        const days = daysBetween(today, task.dueDate);
        return (
          <li key={task.id} className={days < 0 ? 'due-list__item due-list__item--overdue' : 'due-list__item'}>
            <span className="due-list__title">
              <Link to={`/deployments/${task.deploymentId}`}>{task.title}</Link>
              {showCourt && <span className="muted"> · {courtById.get(task.deploymentId)}</span>}
            </span>
            <span className="due-list__date">
              {days < 0 && <span className="badge badge--overdue">Overdue</span>} due {formatDate(task.dueDate)} ({formatRelativeDays(days)}) ·{' '}
              {PARTY_LABELS[task.party]}
              {!task.assignee && ' · Unassigned'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Stale sign-offs of the person's organization: to sign again, each linked to its run's sign-off page. */
function SignAgainList({ items }: { items: SignAgain[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="due-list">
      {items.map((item) => (
        <li key={item.runId} className="due-list__item due-list__item--overdue">
          <span className="due-list__title">
            <Link to={`/deployments/${item.deploymentId}/sign-off`}>Sign the test results again</Link>
            <span className="muted"> · {item.courtName}</span>
          </span>
          <span className="due-list__date">Your sign-off no longer matches the results: to sign again</span>
        </li>
      ))}
    </ul>
  );
}

function UpcomingList({ dates, today, showCourt }: { dates: UpcomingDate[]; today: string; showCourt: boolean }) {
  if (dates.length === 0) return <p className="empty-state">No meeting, training or test date ahead.</p>;
  return (
    <ul className="due-list">
      {dates.map((item) => (
        <li key={item.key} className="due-list__item">
          <span className="due-list__title">
            <span className="badge">{item.kind}</span> {item.title}
            {showCourt && <span className="muted"> · {item.courtName}</span>}
          </span>
          <span className="due-list__date">
            {formatDate(item.date)} ({formatRelativeDays(daysBetween(today, item.date))})
          </span>
        </li>
      ))}
    </ul>
  );
}

interface CardProps {
  deployment: Deployment;
  role: Role;
  party?: Party;
  organizationId?: string;
  questionnaires: MyWorkQuery['questionnaires'];
}

function DeploymentCard({ deployment, role, party, organizationId, questionnaires }: CardProps) {
  const base = `/deployments/${deployment.id}`;
  const partner = role === 'PARTNER_USER';
  const fieldWork = role === 'FIELD_STAFF' || role === 'ADMIN' || role === 'COORDINATOR';
  const acceptance = deployment.testRuns.filter((run) => run.purpose === 'ACCEPTANCE').at(-1) ?? deployment.testRuns.at(-1);
  const ownSignOff = acceptance?.signOffs.find(
    (signOff) => signOff.status === 'CURRENT' && signOff.party === party && signOff.organizationId === organizationId,
  );
  const toAnswer = deployment.questionnaireResponses.filter((response) => response.status in RESPONSE_ACTION);
  const notStarted = questionnaires.filter((q) => !deployment.questionnaireResponses.some((response) => response.questionnaireKey === q.key));
  const openIncidents = deployment.incidents.filter((incident) => incident.status !== 'RESOLVED' && incident.status !== 'CLOSED');
  const live = deployment.status === 'LIVE';
  const headingId = `deployment-${deployment.id}`;
  return (
    <li className="my-deployment" aria-labelledby={headingId}>
      <h3 id={headingId} className="my-deployment__title">
        <Link to={base}>{deployment.court.name}</Link>
      </h3>
      <p className="my-deployment__facts">
        <span className={`badge ${HEALTH_BADGES[deployment.health.status]}`}>{HEALTH_LABELS[deployment.health.status]}</span>{' '}
        {PHASE_LABELS[deployment.phase]} · {DEPLOYMENT_STATUS_LABELS[deployment.status]} ·{' '}
        {deployment.actualGoLive
          ? `live since ${formatDate(deployment.actualGoLive)}`
          : `go-live ${formatDate(deployment.targetGoLive)} (${formatRelativeDays(deployment.health.daysToGoLive)})`}
      </p>

      <nav aria-label={`Screens for ${deployment.court.name}`}>
        <ul className="quick-links">
          <li>
            <Link className="button button--secondary" to={`${base}/questionnaires`}>
              Questionnaires
            </Link>
          </li>
          {fieldWork && (
            <li>
              <Link className="button button--secondary" to={`${base}/scanners`}>
                Scanner assessment
              </Link>
            </li>
          )}
          {fieldWork && (
            <li>
              <Link className="button button--secondary" to={`${base}/cat`}>
                CAT runner
              </Link>
            </li>
          )}
          <li>
            <Link className="button button--secondary" to={`${base}/sign-off`}>
              CAT sign-off
            </Link>
          </li>
          {deployment.actualGoLive && (
            <li>
              <Link className="button button--secondary" to={`${base}/incidents`}>
                Incidents{openIncidents.length ? ` (${openIncidents.length} open)` : ''}
              </Link>
            </li>
          )}
        </ul>
      </nav>

      {partner && (
        <div className="my-deployment__details">
          <section aria-labelledby={`${headingId}-questionnaires`}>
            <h4 id={`${headingId}-questionnaires`}>Questionnaires</h4>
            {toAnswer.length === 0 && notStarted.length === 0 ? (
              <p>
                None waiting on you. <Link to={`${base}/questionnaires`}>See every questionnaire</Link>
              </p>
            ) : (
              <ul>
                {toAnswer.map((response) => (
                  <li key={response.id}>
                    <Link to={`${base}/questionnaires/${response.id}`}>{response.questionnaire.title}</Link>: {RESPONSE_ACTION[response.status]}
                  </li>
                ))}
                {notStarted.map((questionnaire) => (
                  <li key={questionnaire.key}>
                    <Link to={`${base}/questionnaires`}>{questionnaire.title}</Link>: not started
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`${headingId}-cat`}>
            <h4 id={`${headingId}-cat`}>Court Acceptance Testing</h4>
            {acceptance ? (
              <p>
                {acceptance.purpose === 'ACCEPTANCE' ? 'Acceptance' : 'Rehearsal'} run: {acceptance.summary.passed} of {acceptance.summary.total} passed,{' '}
                {acceptance.summary.failed} failed, {acceptance.summary.untested} untested.{' '}
                {ownSignOff ? (
                  `Signed off by ${ownSignOff.signerName}.`
                ) : (
                  <Link to={`${base}/sign-off?run=${acceptance.id}`}>Review and sign off</Link>
                )}
              </p>
            ) : (
              <p>No test run yet.</p>
            )}
          </section>
          <section aria-labelledby={`${headingId}-readiness`} className="my-deployment__wide">
            <h4 id={`${headingId}-readiness`}>
              Go-live readiness:{' '}
              <span className={`badge ${deployment.readiness.status === 'GO' ? 'badge--on-track' : 'badge--late'}`}>
                {READINESS_STATUS_LABELS[deployment.readiness.status]}
              </span>
            </h4>
            {deployment.readiness.blockers.length > 0 && (
              <ul className="blocker-list">
                {deployment.readiness.blockers.map((blocker) => (
                  <li key={`${blocker.code}:${blocker.recordId}`} className={blocker.party === party ? 'blocker-list__item--ours' : undefined}>
                    <strong>{blocker.what}</strong> — {blocker.why}{' '}
                    <span className="muted">
                      ({blocker.party === party ? 'yours' : PARTY_LABELS[blocker.party]}, {blocker.daysOpen} days open)
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {live && party === 'COURT' && !deployment.closeOut && (
            <section aria-labelledby={`${headingId}-close-out`}>
              <h4 id={`${headingId}-close-out`}>Close-out</h4>
              <p>
                The court approves close-out once no SEV1 or SEV2 incident is open. <Link to={`${base}/incidents`}>Review incidents and approve close-out</Link>
              </p>
            </section>
          )}
          {deployment.closeOut && (
            <p>
              Closed out: approved by {deployment.closeOut.approvedBy} on {formatDate(deployment.closeOut.approvedOn)}.
            </p>
          )}
        </div>
      )}
      {!partner && (
        <p className="muted">
          Readiness: {deployment.readiness.status === 'GO' ? 'GO' : `NO-GO, ${deployment.readiness.blockers.length} blocker(s)`}
          {toAnswer.length > 0 && ` · ${toAnswer.length} questionnaire(s) to finish`}
        </p>
      )}
    </li>
  );
}
