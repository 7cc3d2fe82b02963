import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import type { ConflictResolution } from '../../graphql/generated/graphql';
import { outbox, type OutboxEntry } from '../../offline/outbox';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { useRecordConflicts } from './useRecordConflicts';
import './conflict.css';
import { formatDate } from '../../../../rules/dates';
import { formatDateTime } from '../../../../rules/times';
import {
  CCPOR_PROFILE_LABELS, DEFECT_SEVERITY_LABELS, INCIDENT_SEVERITY_LABELS, PARTY_LABELS, PHASE_LABELS, ROLE_LABELS, TRAINING_MODE_LABELS, statusLabel,
} from '../../../../rules/labels';
import { entryInWords, staleKindOf, type FindCached } from '../../offline/outbox-operations';
import { sync } from '../../offline/sync';
import { useCachedRecords } from './outbox-words';
import { answersInWords } from './answers-in-words';
import { QuestionnaireResponseDocument } from '../../graphql/documents/questionnaires';
import type { QuestionSpec } from '../../../../rules/questionnaire';

/**
 * The input fields that name the record an update is about, most specific first: the deployment
 * last, since changes to its tasks, defects and the like name it too.
 */
const RECORD_FIELDS = [
  'workstationId', 'assessmentId', 'responseId', 'taskId', 'dependencyId', 'sessionId', 'requestId', 'defectId', 'incidentId', 'commentId', 'userId', 'courtId', 'id',
  'deploymentId',
];

const recordIdOf = (entry: OutboxEntry) =>
  RECORD_FIELDS.map((field) => entry.variables.input[field]).find((value): value is string => typeof value === 'string');

/** Fields whose name does not read well split into words. */
const FIELD_NAMES: Record<string, string> = {
  leaIds: 'Participating LEAs', fieldStaffIds: 'Field staff', coordinatorId: 'Coordinator', userId: 'Person',
};

/** "assessedOn" → "Assessed on". */
const labelOf = (field: string) => {
  if (FIELD_NAMES[field]) return FIELD_NAMES[field];
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The words of the coded fields an update may change, by field name (a status goes by its record type). */
const FIELD_LABELS: Record<string, Record<string, string>> = {
  waitingOn: PARTY_LABELS, phase: PHASE_LABELS, role: ROLE_LABELS, mode: TRAINING_MODE_LABELS, profile: CCPOR_PROFILE_LABELS,
  // Incidents and defects both have a severity, in different words.
  severity: { ...INCIDENT_SEVERITY_LABELS, ...DEFECT_SEVERITY_LABELS },
};

/** Fields that name records by id, and how the device's copy of such a record is named. */
const NAMED_BY_ID: Record<string, { typename: string; name: string; unknown: string }> = {
  leaIds: { typename: 'Organization', name: 'name', unknown: 'an agency not on this device' },
  fieldStaffIds: { typename: 'User', name: 'displayName', unknown: 'someone not on this device' },
  coordinatorId: { typename: 'User', name: 'displayName', unknown: 'someone not on this device' },
};

/** A value in words: a status, party, phase or role by its label, a date as people write it, records by their names. */
const show = (recordType: string | undefined, field: string, value: unknown, find: FindCached): string => {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  const named = NAMED_BY_ID[field];
  if (named && (typeof value === 'string' || Array.isArray(value))) {
    const names = (Array.isArray(value) ? value : [value]).map((id) => {
      const found = find(`${named.typename}:${String(id)}`)?.[named.name];
      return typeof found === 'string' ? found : named.unknown;
    });
    return names.sort((a, b) => a.localeCompare(b)).join(', ');
  }
  if (Array.isArray(value)) return value.map((item) => show(recordType, field, item, find)).join(', ');
  if (typeof value === 'object') return answersInWords([], value as Record<string, unknown>).map((a) => `${a.question}: ${a.answer}`).join('; ');
  if (typeof value !== 'string') return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value as number);
  if (field === 'status' && recordType) return statusLabel(recordType, value) ?? value;
  if (FIELD_LABELS[field]?.[value]) return FIELD_LABELS[field][value];
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
};

/**
 * A questionnaire response's answers, question by question in words; `keys` limits them to the
 * questions the refused change answered (the server's side of a save holds every other answer too).
 */
function AnswersValue({ questions, answers, keys }: { questions: readonly QuestionSpec[] | undefined; answers: unknown; keys?: string[] }) {
  // Until the questions arrive, a guessed label from the answer's key would show and then change.
  if (!questions) return <span className="conflict-value muted">Loading the questions…</span>;
  const all = answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
  const shown = keys ? Object.fromEntries(keys.map((key) => [key, all[key]])) : all;
  const lines = answersInWords(questions, shown);
  if (lines.length === 0) return <span className="conflict-value">(no answers)</span>;
  return (
    <ul className="conflict-value conflict-answers">
      {lines.map((line) => (
        <li key={line.key}>
          {line.question}: {line.answer}
        </li>
      ))}
    </ul>
  );
}
const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : 'an unknown time');

/**
 * A change the server refused because the record changed meanwhile (docs/sync.md#versions-and-conflicts): field by
 * field, this person's value and the server's with who made each and when. Keep mine, take the
 * server's, or pick per field; the choice is a new change through the outbox, and both values stay
 * on the server's record of the conflict whatever is chosen.
 */
export function ConflictPage() {
  const { mutationId = '' } = useParams();
  const { me } = useMe({ cacheOnly: true });
  const entry = useOutboxEntries(me?.id).find((candidate) => candidate.mutationId === mutationId);
  const { conflicts, error, loading, refetch } = useRecordConflicts(entry ? recordIdOf(entry) : undefined);
  const found = conflicts?.find((candidate) => candidate.mutationId === mutationId);
  // JSON objects arrive untyped: both sides are the record's fields by name.
  // The server's side is the record as it is now (it may have changed again since the refusal).
  const conflict = found && {
    ...found,
    attempted: found.attempted as Record<string, unknown>,
    server: (found.current?.values ?? found.server) as Record<string, unknown>,
    serverUpdatedBy: found.current ? found.current.updatedBy : found.serverUpdatedBy,
    serverUpdatedAt: (found.current ? found.current.updatedAt : found.serverUpdatedAt) as string | null,
    version: found.current?.version ?? found.serverVersion,
  };
  const { send, sending } = useOutboxWrite('ResolveConflict');
  const find = useCachedRecords();
  // A response's answers read with its questions: the version it was filled in, as the device holds it (else the server's).
  const responseId = entry && typeof entry.variables.input.responseId === 'string' ? entry.variables.input.responseId : undefined;
  const { data: responseData, loading: questionsLoading } = useQuery(QuestionnaireResponseDocument, { variables: { id: responseId ?? '' }, skip: !responseId, fetchPolicy: 'cache-first' });
  // Undefined while they load; none known (offline, not cached) reads each answer by its key.
  const questions = questionsLoading && !responseData ? undefined : ((responseData?.questionnaireResponse?.questionnaire.questions ?? []) as readonly QuestionSpec[]);
  const [applying, setApplying] = useState(false);
  const [picks, setPicks] = useState<Record<string, 'mine' | 'theirs'>>({});
  const [outcome, setOutcome] = useState<{ kind: 'error' | 'success'; text: string }>();

  const back = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/sync">← Unsent changes</Link>
    </nav>
  );
  if (!entry) {
    return (
      <>
        {back}
        <h1>Conflict</h1>
        {outcome ? (
          <p className={outcome.kind === 'error' ? 'callout callout--error' : 'callout callout--success'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
            {outcome.text}
          </p>
        ) : (
          <p className="empty-state">This change is no longer on this device: it was resolved or discarded.</p>
        )}
      </>
    );
  }
  const mine = conflict ? conflict.attempted : entry.variables.input;
  // The questions the refused change answered: the server's side shows its answers to those.
  const answerKeys = mine.answers && typeof mine.answers === 'object' && Object.keys(mine.answers).length ? Object.keys(mine.answers) : undefined;
  const fields = conflict ? Object.keys(conflict.attempted) : Object.keys(entry.variables.input).filter((key) => !['mutationId', 'baseVersion', ...RECORD_FIELDS].includes(key));
  const resolve = async (resolution: ConflictResolution) => {
    if (!conflict) return;
    setOutcome(undefined);
    const values = resolution === 'MERGE'
      ? Object.fromEntries(fields.map((field) => [field, (picks[field] ?? 'mine') === 'mine' ? conflict.attempted[field] : conflict.server[field]]))
      : null;
    const result = await send({ conflictId: conflict.id, resolution, values }, { baseVersion: conflict.version });
    if (result.state === 'SENT') setOutcome({ kind: 'success', text: 'Resolved. Both values stay on the record of this conflict.' });
    else if (result.state === 'PENDING') setOutcome({ kind: 'success', text: 'Your choice is saved on this device and will be sent when the connection returns.' });
    else {
      // The refused resolution is not kept: the values to compare are reloaded instead.
      await (await outbox()).remove([result.mutationId]);
      setOutcome({ kind: 'error', text: `${result.error?.message ?? 'The server refused the resolution.'} Compare again below.` });
      void refetch();
    }
  };

  const action = staleKindOf(entry.operationName) === 'action';
  /**
   * A stale action (complete, waive, go live) is not applied from its conflict: the conflict is
   * closed as not applied (the server's record stands) and the same action is sent again, based on
   * the version the person has just seen, in one outbox step that replaces the refused entry.
   */
  const applyMine = async () => {
    if (!conflict || !me) return;
    setOutcome(undefined);
    setApplying(true);
    try {
      const store = await outbox();
      const input = { ...entry.variables.input, mutationId: '' };
      const [, again] = await store.enqueue([
        { operationName: 'ResolveConflict', variables: { input: { conflictId: conflict.id, resolution: 'TAKE_THEIRS', values: null, mutationId: '' } }, baseVersion: conflict.version, userId: me.id },
        { operationName: entry.operationName, variables: { input }, baseVersion: conflict.version, fileShas: entry.fileShas, userId: me.id },
      ], [entry.mutationId]);
      if (navigator.onLine) await sync.syncNow();
      const sent = await store.get(again.mutationId);
      if (sent?.state === 'SENT') setOutcome({ kind: 'success', text: 'Applied on the record as it is now.' });
      else if (sent?.state === 'PENDING') setOutcome({ kind: 'success', text: 'Your change is saved on this device and will be sent when the connection returns.' });
      else setOutcome({ kind: 'error', text: `Refused again: ${sent?.lastError?.replace(/^[A-Z_]+: /, '') ?? 'see Unsent changes.'}` });
    } finally {
      setApplying(false);
    }
  };

  return (
    <>
      <title>Resolve a conflict – CCPOR Deploy</title>
      {back}
      <h1>Resolve a conflict</h1>
      <p>
        <strong>{entryInWords(entry, find)}</strong> was refused because someone else changed the same record first. Nothing was overwritten: your
        values are kept on this device and on the server until you choose.
      </p>
      {action && conflict && (
        <p>
          {conflict.serverUpdatedBy ?? 'Someone else'} changed it {when(conflict.serverUpdatedAt)}. Apply yours to the record as it is now, or drop
          yours and keep theirs.
        </p>
      )}
      {entry.state !== 'CONFLICTED' && <p className="callout callout--success">This conflict is resolved.</p>}
      {loading && <p className="status-message" role="status">Loading the server’s values…</p>}
      {conflict && conflict.version !== conflict.serverVersion && (
        <p className="callout callout--warning">The record changed again since your change was refused: the server’s values below are today’s.</p>
      )}
      {error && !conflict && (
        <p className="callout callout--warning" role="alert">
          The server’s values could not be loaded ({errorMessageOf(error)}). Connect to compare them; your values are below and stay on this device.
        </p>
      )}
      <div className="table-scroll">
        <table className="conflict-table">
          <caption className="visually-hidden">Your values and the server’s, field by field</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">The server’s</th>
              {conflict && !action && <th scope="col">Merge: keep</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{labelOf(field)}</th>
                <td>
                  {field === 'answers' ? (
                    <AnswersValue questions={questions} answers={mine[field]} />
                  ) : (
                    <span className="conflict-value">{show(found?.entityType, field, mine[field], find)}</span>
                  )}
                  <span className="muted">by {conflict?.createdBy ?? me?.displayName ?? 'you'}, {when(entry.createdAt)}</span>
                </td>
                <td>
                  {conflict ? (
                    <>
                      {field === 'answers' ? (
                        <AnswersValue questions={questions} answers={conflict.server[field]} keys={answerKeys} />
                      ) : (
                        <span className="conflict-value">{show(found?.entityType, field, conflict.server[field], find)}</span>
                      )}
                      <span className="muted">by {conflict.serverUpdatedBy ?? 'someone else'}, {when(conflict.serverUpdatedAt)}</span>
                    </>
                  ) : (
                    <span className="muted">Not loaded</span>
                  )}
                </td>
                {conflict && !action && (
                  <td>
                    <fieldset className="choice-group conflict-pick">
                      <legend className="visually-hidden">Keep for {labelOf(field)}</legend>
                      {(['mine', 'theirs'] as const).map((side) => (
                        <label key={side} className="choice">
                          <input type="radio" name={`pick-${field}`} checked={(picks[field] ?? 'mine') === side} onChange={() => setPicks({ ...picks, [field]: side })} />
                          {side === 'mine' ? 'Yours' : 'The server’s'}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {conflict && conflict.status === 'OPEN' && entry.state === 'CONFLICTED' && action && (
        <div className="button-row button-row--start">
          <button type="button" className="button" disabled={sending || applying} onClick={() => void applyMine()}>
            Apply mine
          </button>
          <button type="button" className="button button--secondary" disabled={sending || applying} onClick={() => void resolve('TAKE_THEIRS')}>
            Drop mine
          </button>
        </div>
      )}
      {conflict && conflict.status === 'OPEN' && entry.state === 'CONFLICTED' && !action && (
        <div className="button-row button-row--start">
          <button type="button" className="button" disabled={sending} onClick={() => void resolve('KEEP_MINE')}>
            Keep mine
          </button>
          <button type="button" className="button button--secondary" disabled={sending} onClick={() => void resolve('TAKE_THEIRS')}>
            Take the server’s
          </button>
          <button type="button" className="button button--secondary" disabled={sending} onClick={() => void resolve('MERGE')}>
            Merge as picked
          </button>
        </div>
      )}
      {outcome && (
        <p className={outcome.kind === 'error' ? 'callout callout--error' : 'callout callout--success'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </>
  );
}
