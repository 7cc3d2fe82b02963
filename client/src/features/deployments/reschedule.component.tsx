import { useLazyQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { RescheduleReportFieldsFragment } from '../../graphql/generated/graphql';
import { PreviewRescheduleDocument } from '../../graphql/documents/deployment-workspace';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import { formatDate } from '../../app/local-date.utils';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment, Workspace } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { PHASE_LABELS } from '../../../../rules/labels';
import { dateBounds } from '../../../../rules/dates';

/**
 * Moving go-live: pick a date, see what it would change (nothing is written), save it; the last
 * move stays undoable until go-live moves again.
 */
export function Reschedule({
  deployment,
  lastReschedule,
  today,
}: {
  deployment: Deployment;
  lastReschedule: Workspace['lastReschedule'];
  today: string;
}) {
  const dateId = useId();
  const [date, setDate] = useState('');
  const [preview, { data, error, loading }] = useLazyQuery(PreviewRescheduleDocument, { fetchPolicy: 'network-only' });
  const save = useOutboxWrite('RescheduleGoLive');
  const undo = useOutboxWrite('UndoReschedule');
  const [shown, setShown] = useState<string | null>(null);
  const report = shown && data?.previewReschedule.toGoLive === shown ? data.previewReschedule : undefined;

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    setShown(date);
    void preview({ variables: { deploymentId: deployment.id, targetGoLive: date } });
  };
  const onSave = async () => {
    const outcome = await save.send({ deploymentId: deployment.id, targetGoLive: shown! }, { baseVersion: deployment.version });
    if (outcome.state !== 'PARKED' && outcome.state !== 'CONFLICTED') {
      setShown(null);
      setDate('');
    }
  };
  const standing = lastReschedule && !lastReschedule.undoneAt && lastReschedule.toGoLive === deployment.targetGoLive ? lastReschedule : null;

  return (
    <section className="panel reschedule" aria-labelledby="reschedule-heading">
      <h2 id="reschedule-heading">Go-live date</h2>
      {standing && (
        <div className="callout callout--success reschedule__last" role="status">
          <p>
            Go-live moved from <time dateTime={standing.fromGoLive}>{formatDate(standing.fromGoLive)}</time> to{' '}
            <time dateTime={standing.toGoLive}>{formatDate(standing.toGoLive)}</time> by {standing.createdBy}.
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={undo.sending}
            onClick={() => void undo.send({ rescheduleId: standing.id }, { baseVersion: deployment.version })}
          >
            Undo this move
          </button>
        </div>
      )}
      {lastReschedule?.undoneAt && lastReschedule.fromGoLive === deployment.targetGoLive && (
        <p className="muted" role="status">
          The move to {formatDate(lastReschedule.toGoLive)} was undone by {lastReschedule.undoneBy}; the previous schedule is back.
        </p>
      )}
      <WriteOutcome outcome={undo.outcome} />
      <form className="reschedule__form" onSubmit={onPreview}>
        <div className="field">
          <label htmlFor={dateId}>New target go-live</label>
          <input
            id={dateId}
            className="input"
            type="date"
            min={today}
            max={dateBounds('planned', today).max}
            required
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={!date || loading}>
          Preview the move
        </button>
      </form>
      {shown && error && (
        <p className="field-error" role="alert">
          {errorMessageOf(error)}
        </p>
      )}
      {shown && loading && (
        <p className="muted" role="status">
          Working out what would move…
        </p>
      )}
      {report && <ReschedulePreview report={report} onSave={() => void onSave()} onCancel={() => setShown(null)} saving={save.sending} />}
      <WriteOutcome outcome={save.outcome} />
    </section>
  );
}

function ReschedulePreview({
  report,
  onSave,
  onCancel,
  saving,
}: {
  report: RescheduleReportFieldsFragment;
  onSave: () => void;
  onCancel: () => void;
  saving: boolean;
}) {
  return (
    <div className="reschedule-preview" aria-labelledby="reschedule-preview-heading">
      <h3 id="reschedule-preview-heading">
        Preview: go-live {formatDate(report.fromGoLive)} → {formatDate(report.toGoLive)}
      </h3>
      <p>Nothing has changed yet. Saving would move {report.moved.length} open {report.moved.length === 1 ? 'task' : 'tasks'} (dates below), and:</p>
      <h4>Past due after the move</h4>
      {report.pastDue.length > 0 ? (
        <ul className="reschedule-preview__past-due">
          {report.pastDue.map(({ task, dueDate, newly }) => (
            <li key={task.id}>
              #{task.number} {task.title}: due {formatDate(dueDate)}
              {newly ? ' (newly past due)' : ' (already overdue)'}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No open task is past due after the move.</p>
      )}
      <h4>Phase windows too short</h4>
      <p className={report.phasesWithShortWindows.length ? undefined : 'muted'}>
        {report.phasesWithShortWindows.length
          ? report.phasesWithShortWindows.map((phase) => PHASE_LABELS[phase]).join(', ')
          : 'Every phase keeps the window the lifecycle plans for.'}
      </p>
      <h4>Pinned tasks that stay</h4>
      {report.pinned.length > 0 ? (
        <ul>
          {report.pinned.map((task) => (
            <li key={task.id}>
              #{task.number} {task.title}, stays due <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No task was moved by hand.</p>
      )}
      <div className="button-row button-row--start">
        <button type="button" className="button" disabled={saving} onClick={onSave}>
          Save new go-live
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {/* Long (every open task); open so the dates can be checked, after the summary and the buttons. */}
      <details open className="reschedule-preview__moves">
        <summary>
          Move {report.moved.length} open {report.moved.length === 1 ? 'task' : 'tasks'}
        </summary>
        {report.moved.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Tasks that move">
            <table className="reschedule-moves">
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">Due now</th>
                  <th scope="col">Due after the move</th>
                </tr>
              </thead>
              <tbody>
                {report.moved.map((move) => (
                  <tr key={move.task.id}>
                    <th scope="row">
                      #{move.task.number} {move.task.title}
                    </th>
                    <td className="nowrap">
                      <time dateTime={move.from}>{formatDate(move.from)}</time>
                    </td>
                    <td className="nowrap">
                      <time dateTime={move.to}>{formatDate(move.to)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
