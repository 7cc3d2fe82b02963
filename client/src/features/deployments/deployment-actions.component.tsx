import { useState } from 'react';
import { Link } from 'react-router';
import type { DeploymentStatus } from '../../graphql/generated/graphql';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { CourtProfile } from './court-profile.component';
import { GoLiveAction } from './go-live-confirmation.component';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { isHaltedDeployment, isInactiveDeployment, isOpenTaskStatus, PHASES } from '../../../../rules/statuses';
import { DEPLOYMENT_STATUS_TRANSITIONS } from '../../../../rules/transitions';


const statusAction = (from: DeploymentStatus, to: DeploymentStatus) => {
  if (to === 'ON_HOLD') return 'Put on hold';
  if (from === 'ON_HOLD') return `Resume as ${DEPLOYMENT_STATUS_LABELS[to].toLowerCase()}`;
  return `Mark ${DEPLOYMENT_STATUS_LABELS[to].toLowerCase()}`;
};

/** A planner's actions on the deployment as a whole: edit, status, withdraw, phase gate. */
export function DeploymentActions({ deployment }: { deployment: Deployment }) {
  const status = useOutboxWrite('ChangeDeploymentStatus');
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const changeStatus = (to: DeploymentStatus) => void status.send({ deploymentId: deployment.id, status: to }, { baseVersion: deployment.version });
  const withdraw = () => void status.send({ deploymentId: deployment.id, status: 'WITHDRAWN' }, { baseVersion: deployment.version }).then(() => setConfirmWithdraw(false));

  return (
    <section className="panel deployment-actions" aria-labelledby="deployment-actions-heading">
      <h2 id="deployment-actions-heading">Deployment</h2>
      <div className="button-row button-row--start">
        {!isInactiveDeployment(deployment.status) && (
          <Link className="button button--secondary" to={`/deployments/${deployment.id}/edit`}>
            Edit deployment
          </Link>
        )}
        {DEPLOYMENT_STATUS_TRANSITIONS[deployment.status].filter((to) => to !== 'WITHDRAWN').map((to) => (
          <button key={to} type="button" className="button button--secondary" disabled={status.sending} onClick={() => changeStatus(to)}>
            {statusAction(deployment.status, to)}
          </button>
        ))}
        {DEPLOYMENT_STATUS_TRANSITIONS[deployment.status].includes('WITHDRAWN') && !confirmWithdraw && (
          <button type="button" className="button button--danger" onClick={() => setConfirmWithdraw(true)}>
            Withdraw…
          </button>
        )}
      </div>
      {confirmWithdraw && (
        <div className="callout callout--warning" role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question">
            <strong>Withdraw this deployment?</strong> Nothing more will happen on it, and this cannot be undone. The court can
            start again with a new deployment.
          </p>
          <div className="button-row button-row--start">
            <button type="button" className="button button--danger" disabled={status.sending} onClick={withdraw}>
              Yes, withdraw
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmWithdraw(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <WriteOutcome outcome={status.outcome} />
      {!deployment.actualGoLive && !isInactiveDeployment(deployment.status) && <CourtProfile deployment={deployment} />}
      <PhaseGate deployment={deployment} />
    </section>
  );
}

/** The phase gate: what still blocks the next phase, and the action to pass it. */
function PhaseGate({ deployment }: { deployment: Deployment }) {
  const advance = useOutboxWrite('AdvancePhase');
  const next = PHASES[PHASES.indexOf(deployment.phase) + 1];
  if (deployment.actualGoLive || isHaltedDeployment(deployment.status)) return null;
  if (deployment.phase === 'IMPLEMENT') return <GoLiveAction deployment={deployment} />;
  if (!next) return null;
  const open = deployment.tasks
    .filter((task) => task.phase === deployment.phase && task.required && isOpenTaskStatus(task.status))
    .sort((a, b) => a.number - b.number);
  return (
    <div className="phase-gate">
      <h3>Phase gate: {PHASE_LABELS[deployment.phase]} → {PHASE_LABELS[next]}</h3>
      {open.length > 0 ? (
        <>
          <p>
            {open.length} required {open.length === 1 ? 'task is' : 'tasks are'} still open in {PHASE_LABELS[deployment.phase]}:
          </p>
          <ul className="phase-gate__open">
            {open.map((task) => (
              <li key={task.id}>
                #{task.number} {task.title}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Every required task of {PHASE_LABELS[deployment.phase]} is done or waived.</p>
      )}
      <button
        type="button"
        className="button"
        disabled={advance.sending}
        onClick={() => void advance.send({ deploymentId: deployment.id }, { baseVersion: deployment.version })}
      >
        Advance to {PHASE_LABELS[next]}
      </button>
      <WriteOutcome outcome={advance.outcome} />
    </div>
  );
}
