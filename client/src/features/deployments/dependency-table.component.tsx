import { useId, useState, type FormEvent } from 'react';
import { LabelOptions } from '../../app/label-options.component';
import type { DependencyStatus, Party } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { CommentThread, LatestComment } from '../comments/comment-thread.component';
import { useThreads } from '../comments/comments.context';
import { DEPENDENCY_STATUS_LABELS, PARTY_LABELS } from '../../../../rules/labels';
import { isOpenDependencyStatus } from '../../../../rules/statuses';
import { MAX_LENGTH } from '../../../../rules/limits';

type Dependency = Deployment['dependencies'][number];

/** The onboarding dependencies with status, the party waited on and days waiting; planners update them. */
export function DependencyTable({ dependencies, today, editable }: { dependencies: Dependency[]; today: string; editable: boolean }) {
  const [editing, setEditing] = useState<string>();
  const [discussing, setDiscussing] = useState<string>();
  const threads = useThreads();
  const selected = dependencies.find((dependency) => dependency.id === editing);
  const discussed = dependencies.find((dependency) => dependency.id === discussing);
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
                {editable && (
                  <th scope="col">
                    <span className="muted">Change</span>
                  </th>
                )}
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
                      {dependency.owner && <span className="muted cell-note">Owner: {dependency.owner}</span>}
                      {dependency.status === 'NOT_APPLICABLE' && dependency.note && <span className="muted cell-note">Why not: {dependency.note}</span>}
                      <LatestComment subjectId={dependency.id} />
                      {threads && (
                        <button
                          type="button"
                          className="button button--link cell-note"
                          aria-expanded={discussing === dependency.id}
                          aria-controls={discussing === dependency.id ? 'dependency-comments' : undefined}
                          aria-label={`Comments on ${dependency.title} (${threads.bySubject.get(dependency.id)?.length ?? 0})`}
                          onClick={() => setDiscussing(discussing === dependency.id ? undefined : dependency.id)}
                        >
                          Comments ({threads.bySubject.get(dependency.id)?.length ?? 0})
                        </button>
                      )}
                    </th>
                    <td>{DEPENDENCY_STATUS_LABELS[dependency.status]}</td>
                    <td>{dependency.waitingOn ? PARTY_LABELS[dependency.waitingOn] : '—'}</td>
                    <td className="numeric">{dependency.daysWaiting ?? '—'}</td>
                    <td className="nowrap">
                      <time dateTime={dependency.dueDate}>{formatDate(dependency.dueDate)}</time>
                      {overdue && <span className="badge badge--overdue">Overdue</span>}
                    </td>
                    {editable && (
                      <td>
                        <button
                          type="button"
                          className="button button--link"
                          aria-expanded={editing === dependency.id}
                          aria-controls={editing === dependency.id ? 'dependency-form' : undefined}
                          aria-label={`Update ${dependency.title}`}
                          onClick={() => setEditing(editing === dependency.id ? undefined : dependency.id)}
                        >
                          Update
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {selected && <DependencyForm key={selected.id} dependency={selected} onDone={() => setEditing(undefined)} />}
      {discussed && (
        <section id="dependency-comments" className="panel" aria-label={`Comments on ${discussed.title}`}>
          <h3>Comments on {discussed.title}</h3>
          <CommentThread subject={{ field: 'dependencyId', id: discussed.id, about: discussed.title }} />
        </section>
      )}
    </section>
  );
}

const PARTIES = Object.keys(PARTY_LABELS) as Party[];

function DependencyForm({ dependency, onDone }: { dependency: Dependency; onDone: () => void }) {
  const ids = useId();
  const [status, setStatus] = useState<DependencyStatus>(dependency.status);
  const [waitingOn, setWaitingOn] = useState<Party | ''>(dependency.waitingOn ?? '');
  const [owner, setOwner] = useState(dependency.owner ?? '');
  const [externalReference, setExternalReference] = useState(dependency.externalReference ?? '');
  // The reason while not applicable is the dependency's own; a note on another status joins its thread.
  const [note, setNote] = useState(dependency.status === 'NOT_APPLICABLE' ? (dependency.note ?? '') : '');
  const update = useOutboxWrite('UpdateDependency');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await update.send(
      {
        dependencyId: dependency.id,
        status,
        waitingOn: status === 'WAITING' && waitingOn ? waitingOn : null,
        // Empty fields are left out: the API keeps what is there.
        ...(owner.trim() ? { owner: owner.trim() } : {}),
        ...(externalReference.trim() ? { externalReference: externalReference.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { baseVersion: dependency.version },
    );
    if (!outcome.error) onDone();
  };

  return (
    <form id="dependency-form" className="form panel" onSubmit={(event) => void onSubmit(event)} aria-label={`Update ${dependency.title}`}>
      <h3>{dependency.title}</h3>
      <div className="field">
        <label htmlFor={`${ids}-status`}>Status</label>
        <select id={`${ids}-status`} value={status} onChange={(e) => setStatus(e.target.value as DependencyStatus)}>
          <LabelOptions labels={DEPENDENCY_STATUS_LABELS} />
        </select>
      </div>
      {status === 'WAITING' && (
        <div className="field">
          <label htmlFor={`${ids}-waiting`}>Waiting on</label>
          <select id={`${ids}-waiting`} required value={waitingOn} onChange={(e) => setWaitingOn(e.target.value as Party)}>
            <option value="">Choose the party</option>
            {PARTIES.map((value) => (
              <option key={value} value={value}>
                {PARTY_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${ids}-owner`}>Owner</label>
        <input id={`${ids}-owner`} className="input" maxLength={MAX_LENGTH.title} value={owner} onChange={(e) => setOwner(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-ref`}>External reference</label>
        <input id={`${ids}-ref`} className="input" maxLength={MAX_LENGTH.title} value={externalReference} onChange={(e) => setExternalReference(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`}>{status === 'NOT_APPLICABLE' ? 'Why it does not apply' : 'Comment on the status (optional)'}</label>
        <input
          id={`${ids}-note`}
          className="input"
          maxLength={MAX_LENGTH.reason}
          required={status === 'NOT_APPLICABLE'}
          aria-describedby={status === 'NOT_APPLICABLE' ? undefined : `${ids}-note-hint`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {status !== 'NOT_APPLICABLE' && (
          <p id={`${ids}-note-hint`} className="muted">
            Added to the dependency’s comments, shared with the court and its agencies.
          </p>
        )}
      </div>
      <WriteOutcome outcome={update.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={update.sending}>
          Save dependency
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
