import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { californiaToday } from '../my-week/california-today';
import { daysBetween } from '../../app/local-date.utils';
import type { DefectSeverity, DefectStatus, DefectTriageQuery } from '../../graphql/generated/graphql';
import { DefectTriageDocument } from '../../graphql/documents/defect-triage';
import { useMe } from '../session/useMe';
import { CommentToggle } from '../comments/comment-thread.component';
import { CommentsProvider } from '../comments/comments.context';
import { useDefectTriage, useTriageDefect } from './useDefectTriage';
import { LoadFailed } from '../../app/load-failed.component';
import { DraftNotice } from '../../app/draft-notice.component';
import { useDraft } from '../../offline/useDraft';
import './defects.css';
import { DEFECT_SEVERITY_LABELS, DEFECT_STATUS_LABELS } from '../../../../rules/labels';
import { mayProgressTasks } from '../../../../rules/roles';
import { DEFECT_TRANSITIONS } from '../../../../rules/transitions';
import { MAX_LENGTH, MIN_SAID } from '../../../../rules/limits';

type Defect = NonNullable<DefectTriageQuery['deployment']>['defects'][number];

const SEVERITY_BADGE: Record<DefectSeverity, string> = { CRITICAL: 'badge--late', MAJOR: 'badge--at-risk', MINOR: 'badge--health' };
const SEVERITIES = Object.keys(DEFECT_SEVERITY_LABELS) as DefectSeverity[];
const STATUSES = Object.keys(DEFECT_STATUS_LABELS) as DefectStatus[];

export function DefectTriagePage() {
  const { id = '' } = useParams();
  const { deployment, loading, error, retry } = useDefectTriage(id);
  const { me } = useMe({ cacheOnly: true });
  const [severity, setSeverity] = useState<DefectSeverity | ''>('');
  const [status, setStatus] = useState<DefectStatus | 'UNSETTLED' | ''>('UNSETTLED');
  const today = californiaToday();
  const canTriage = !!me && mayProgressTasks(me.role);

  const shown = (deployment?.defects ?? [])
    .filter((d) => !severity || d.severity === severity)
    .filter((d) => !status || (status === 'UNSETTLED' ? d.status === 'OPEN' || d.status === 'FIXED' : d.status === status))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.raisedAt.localeCompare(b.raisedAt));

  return (
    <>
      <title>Defects – CCPOR Deploy</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>{deployment?.court.name ?? 'Deployment'}</Link>
      </nav>
      <div className="page-heading">
        <h1>Defect triage</h1>
        {deployment && <p className="muted">{deployment.court.name}</p>}
      </div>

      {error ? (
        <LoadFailed what="The defects" error={error} onRetry={retry} />
      ) : loading || !deployment ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : (
        <>
          <form className="filters" aria-label="Filter defects" onSubmit={(event) => event.preventDefault()}>
            <div className="field">
              <label htmlFor="defect-severity">Severity</label>
              <select id="defect-severity" value={severity} onChange={(event) => setSeverity(event.target.value as DefectSeverity | '')}>
                <option value="">Any severity</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {DEFECT_SEVERITY_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="defect-status">Status</label>
              <select id="defect-status" value={status} onChange={(event) => setStatus(event.target.value as DefectStatus | 'UNSETTLED' | '')}>
                <option value="UNSETTLED">Open or fixed (to triage)</option>
                <option value="">Any status</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {DEFECT_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <p className="muted" aria-live="polite">
            {shown.length} of {deployment.defects.length} defects
          </p>
          {shown.length === 0 ? (
            <p className="empty-state">No defect matches these filters.</p>
          ) : (
            <CommentsProvider deploymentId={id} me={me}>
              <ul className="defect-list" aria-label="Defects">
                {shown.map((defect) => (
                  <DefectItem key={defect.id} defect={defect} deploymentId={id} age={Math.max(0, daysBetween(defect.raisedAt.slice(0, 10), today))} canTriage={canTriage} />
                ))}
              </ul>
            </CommentsProvider>
          )}
        </>
      )}
    </>
  );
}

function DefectItem({ defect, deploymentId, age, canTriage }: { defect: Defect; deploymentId: string; age: number; canTriage: boolean }) {
  const client = useApolloClient();
  const { triage, sending } = useTriageDefect();
  const draft = useDraft(
    `defect:${defect.id}:${defect.version}`,
    { next: DEFECT_TRANSITIONS[defect.status][0], note: '', build: defect.fixedInBuild ?? '' },
    `Triage of ${defect.title}`,
  );
  const { next, note, build } = draft.value;
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const formId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    if (next === 'WONT_FIX' && note.trim().length < MIN_SAID) {
      setProblem(`Say why it will not be fixed (at least ${MIN_SAID} characters).`);
      return;
    }
    const outcome = await triage(
      { defectId: defect.id, status: next, note: note.trim() || null, fixedInBuild: next === 'FIXED' && build.trim() ? build.trim() : null, attemptIds: [] },
      defect.version,
    );
    if (outcome.state === 'SENT') {
      await draft.discard();
      setDone(`Now ${DEFECT_STATUS_LABELS[next]}.`);
      await client.refetchQueries({ include: [DefectTriageDocument] });
    } else if (outcome.state === 'PENDING') {
      await draft.discard();
      setDone('Saved on this device; it will sync when the connection returns.');
    } else if (outcome.error?.code === 'CONFLICT') {
      setProblem('Someone changed this defect meanwhile; it has been reloaded. Check it and try again.');
      await client.refetchQueries({ include: [DefectTriageDocument] });
    } else {
      setProblem(outcome.error?.message ?? 'The change was refused.');
    }
  };

  return (
    <li className="defect">
      <div className="defect__head">
        <h2 className="defect__title">{defect.title}</h2>
        <p className="defect__badges">
          <span className={`badge ${SEVERITY_BADGE[defect.severity]}`}>{DEFECT_SEVERITY_LABELS[defect.severity]}</span>{' '}
          <span className="badge">{DEFECT_STATUS_LABELS[defect.status]}</span>
        </p>
      </div>
      <p>{defect.description}</p>
      <dl className="facts">
        <div>
          <dt>Age</dt>
          <dd>{age === 0 ? 'raised today' : `${age} ${age === 1 ? 'day' : 'days'}`}</dd>
        </div>
        <div>
          <dt>Raised by</dt>
          <dd>{defect.raisedBy}</dd>
        </div>
        <div>
          <dt>Run</dt>
          <dd>
            <Link to={`/deployments/${deploymentId}/cat`}>{defect.run.purpose === 'ACCEPTANCE' ? 'Acceptance' : 'Rehearsal'}</Link>
          </dd>
        </div>
        {defect.fixedInBuild && (
          <div>
            <dt>Fixed in</dt>
            <dd>{defect.fixedInBuild}</dd>
          </div>
        )}
      </dl>
      {defect.note && <p className="muted">Note: {defect.note}</p>}
      {canTriage && (
        <form className="defect__form" onSubmit={(event) => void submit(event)} noValidate aria-label={`Triage ${defect.title}`}>
          <DraftNotice draft={draft} what="triage" />
          <div className="field">
            <label htmlFor={`${formId}-status`}>Move to</label>
            <select id={`${formId}-status`} value={next} onChange={(event) => draft.setField('next', event.target.value as DefectStatus)}>
              {DEFECT_TRANSITIONS[defect.status].map((s) => (
                <option key={s} value={s}>
                  {DEFECT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          {next === 'FIXED' && (
            <div className="field">
              <label htmlFor={`${formId}-build`}>Fixed in build</label>
              <input id={`${formId}-build`} className="input" value={build} maxLength={MAX_LENGTH.label} onChange={(event) => draft.setField('build', event.target.value)} />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${formId}-note`}>{next === 'WONT_FIX' ? 'Why it will not be fixed' : 'Note (optional)'}</label>
            <textarea id={`${formId}-note`} className="input" rows={2} maxLength={MAX_LENGTH.finding} value={note} onChange={(event) => draft.setField('note', event.target.value)} />
          </div>
          <div className="button-row button-row--start">
            <button type="submit" className="button" disabled={sending}>
              {sending ? 'Saving…' : 'Save'}
            </button>
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <p className="form-success" role="status">
            {done}
          </p>
        </form>
      )}
      <CommentToggle subject={{ field: 'defectId', id: defect.id, about: `the defect ‘${defect.title}’` }} />
    </li>
  );
}
