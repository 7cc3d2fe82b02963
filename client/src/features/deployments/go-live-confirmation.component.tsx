import { useId, useState, type FormEvent } from 'react';
import type { GoLiveTaskAction } from '../../graphql/generated/graphql';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { GO_LIVE_TASK_ACTION_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { MAX_LENGTH } from '../../../../rules/limits';
import { isOpenTaskStatus } from '../../../../rules/statuses';

const BEFORE_GO_LIVE = ['PLANNING', 'SCOPE', 'IMPLEMENT'];

interface Choice {
  action: GoLiveTaskAction;
  reason: string;
}

/**
 * Going live ends Implement (docs/domain.md#going-live): the confirmation lists every task still open
 * before go-live, each to complete or to waive with a reason, and says how early it is.
 */
export function GoLiveAction({ deployment }: { deployment: Deployment }) {
  const goLive = useOutboxWrite('GoLive');
  const [confirming, setConfirming] = useState(false);
  const open = deployment.tasks
    .filter((t) => BEFORE_GO_LIVE.includes(t.phase) && isOpenTaskStatus(t.status))
    .sort((a, b) => a.number - b.number);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const choiceOf = (id: string): Choice => choices[id] ?? { action: 'COMPLETE', reason: '' };
  const choose = (id: string, change: Partial<Choice>) => setChoices((all) => ({ ...all, [id]: { ...choiceOf(id), ...change } }));
  const daysEarly = deployment.health.daysToGoLive;
  const headingId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tasks = open.map((t) => {
      const { action, reason } = choiceOf(t.id);
      return { taskId: t.id, action, reason: action === 'WAIVE' ? reason : null, baseVersion: t.version };
    });
    void goLive.send({ deploymentId: deployment.id, tasks }, { baseVersion: deployment.version }).then((o) => !o.error && setConfirming(false));
  };

  return (
    <div className="phase-gate">
      <h3>Go-live</h3>
      <p>Going live records today as the go-live date and needs readiness GO (see Readiness below).</p>
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Go live…
        </button>
      ) : (
        <form className="callout callout--warning" aria-labelledby={headingId} onSubmit={submit}>
          <p id={headingId}>
            <strong>Go live today?</strong> This cannot be undone: the schedule is locked from then on.
            {daysEarly > 0 && ` It is ${daysEarly} ${daysEarly === 1 ? 'day' : 'days'} before the target go-live (${deployment.targetGoLive}).`}
          </p>
          {open.length === 0 ? (
            <p>Every task before go-live is done or waived.</p>
          ) : (
            <fieldset className="go-live-tasks">
              <legend>
                {open.length} {open.length === 1 ? 'task is' : 'tasks are'} still open before go-live. Complete or waive each:
              </legend>
              <ul>
                {open.map((t) => (
                  <OpenTaskChoice key={t.id} task={t} choice={choiceOf(t.id)} onChange={(change) => choose(t.id, change)} />
                ))}
              </ul>
            </fieldset>
          )}
          <div className="button-row button-row--start">
            <button type="submit" className="button" disabled={goLive.sending}>
              Yes, go live
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </form>
      )}
      <WriteOutcome outcome={goLive.outcome} />
    </div>
  );
}

function OpenTaskChoice({ task, choice, onChange }: {
  task: Deployment['tasks'][number];
  choice: Choice;
  onChange: (change: Partial<Choice>) => void;
}) {
  const name = useId();
  return (
    <li>
      <span>
        #{task.number} {task.title} ({PHASE_LABELS[task.phase]})
      </span>
      {(Object.keys(GO_LIVE_TASK_ACTION_LABELS) as GoLiveTaskAction[]).map((action) => (
        <label key={action}>
          <input type="radio" name={name} checked={choice.action === action} onChange={() => onChange({ action })} /> {GO_LIVE_TASK_ACTION_LABELS[action]}
        </label>
      ))}
      {choice.action === 'WAIVE' && (
        <label>
          Why task {task.number} is not needed
          <input className="input" required minLength={3} maxLength={MAX_LENGTH.reason} value={choice.reason} onChange={(e) => onChange({ reason: e.target.value })} />
        </label>
      )}
    </li>
  );
}
