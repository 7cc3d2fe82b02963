import { useState } from 'react';
import { Link } from 'react-router';
import { baseVersionOf } from '../../offline/base-version';
import type { OutboxEntry } from '../../offline/outbox';
import { useDraft } from '../../offline/useDraft';
import { useUpdateScannerAssessment } from './useUpdateScannerAssessment';
import { MAX_LENGTH } from '../../../../rules/limits';

export interface NotesSource {
  id: string;
  notes?: string | null;
  updatedBy?: string | null;
  version: number;
}

/**
 * The assessment's notes on the location, editable offline. The change carries the version seen,
 * so another tablet's change in between becomes a conflict shown here, never a silent overwrite.
 */
export function AssessmentNotes({ assessment, entries, userId }: { assessment: NotesSource; entries: OutboxEntry[]; userId?: string }) {
  const update = useUpdateScannerAssessment(userId);
  const own = entries.filter((entry) => entry.operationName === 'UpdateScannerAssessment' && entry.variables.input.assessmentId === assessment.id);
  const waiting = own.filter((entry) => entry.state === 'PENDING').at(-1);
  const conflicted = own.find((entry) => entry.state === 'CONFLICTED');
  const shown = (waiting?.variables.input.notes as string | undefined) ?? assessment.notes ?? '';
  // Undefined until typed into: the form shows the notes as they are.
  const notesDraft = useDraft<string | undefined>(`assessment-notes:${assessment.id}`, undefined, 'Notes on a scanner assessment');
  const draft = notesDraft.value;
  const [status, setStatus] = useState('');

  const save = async () => {
    if (draft === undefined) return;
    await update(assessment.id, draft, baseVersionOf(assessment.id, assessment.version, entries));
    await notesDraft.discard();
    setStatus(navigator.onLine ? 'Notes saved.' : 'Notes saved on this device; they will be sent when the connection returns.');
  };

  return (
    <section className="cat-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes on the location</h2>
      {conflicted && (
        <div className="callout callout--warning" role="alert">
          <p>
            Your notes conflict with a change made by someone else on another device. Nothing was overwritten: both versions are kept until you
            choose.
          </p>
          <Link className="button" to={`/sync/conflicts/${conflicted.mutationId}`}>
            Compare and resolve
          </Link>
        </div>
      )}
      <div className="field">
        <label htmlFor="assessment-notes">Notes</label>
        <textarea id="assessment-notes" rows={3} maxLength={MAX_LENGTH.notes} value={draft ?? shown} onChange={(event) => notesDraft.setValue(event.target.value)} />
      </div>
      {assessment.updatedBy && <p className="muted">Last changed by {assessment.updatedBy} (version {assessment.version}).</p>}
      <div className="button-row button-row--start">
        <button type="button" className="button" disabled={draft === undefined || draft === shown} onClick={() => void save()}>
          Save notes
        </button>
      </div>
      <p className="sr-status" role="status" aria-live="polite">
        {waiting ? 'Not sent yet. ' : ''}
        {status}
      </p>
    </section>
  );
}
