import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { DocumentDirection, MeetingKind } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { useOutboxWrite, type OutboxWriteOutcome } from '../../offline/useOutboxWrite';
import type { OutboxOperationName } from '../../offline/outbox-operations';
import type { Workspace } from './deployment-timeline.page';
import { uploadFile } from './upload-file';
import { WriteOutcome } from './write-outcome.component';
import { LabelOptions } from '../../app/label-options.component';
import { DIRECTION_LABELS, MEETING_KIND_LABELS } from '../../../../rules/labels';
import { dateBounds } from '../../../../rules/dates';
import { MAX_LENGTH } from '../../../../rules/limits';


type Attachments = Workspace['documents'][number]['attachments'];

function AttachmentLinks({ attachments }: { attachments: Attachments }) {
  if (attachments.length === 0) return null;
  return (
    <ul className="attachments">
      {attachments.map((file) => (
        <li key={file.sha256}>
          <a href={`/files/${file.sha256}`} download={file.fileName}>
            {file.fileName}
          </a>{' '}
          <span className="muted">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
        </li>
      ))}
    </ul>
  );
}

/** Meetings and documents of the process, each with its files; planners record new ones. */
export function MeetingsAndDocuments({
  deploymentId,
  workspace,
  editable,
  today,
}: {
  deploymentId: string;
  workspace: Workspace;
  editable: boolean;
  today: string;
}) {
  return (
    <section className="records" aria-labelledby="records-heading">
      <h2 id="records-heading">Meetings and documents</h2>
      <h3>Meetings</h3>
      {workspace.meetings.length === 0 ? (
        <p className="muted">No meeting recorded yet.</p>
      ) : (
        <ul className="record-list">
          {workspace.meetings.map((meeting) => (
            <li key={meeting.id}>
              <strong>{meeting.title}</strong> · {MEETING_KIND_LABELS[meeting.kind]} ·{' '}
              <time dateTime={meeting.meetingOn}>{formatDate(meeting.meetingOn)}</time>{' '}
              <span className="muted">{meeting.held ? '(held)' : '(planned)'}</span>
              {meeting.attendees.length > 0 && <p className="muted">Attendees: {meeting.attendees.join(', ')}</p>}
              {meeting.notes && <p>{meeting.notes}</p>}
              <AttachmentLinks attachments={meeting.attachments} />
            </li>
          ))}
        </ul>
      )}
      <h3>Documents</h3>
      {workspace.documents.length === 0 ? (
        <p className="muted">No document recorded yet.</p>
      ) : (
        <ul className="record-list">
          {workspace.documents.map((document) => (
            <li key={document.id}>
              <strong>{document.title}</strong> · {DIRECTION_LABELS[document.direction]}{' '}
              <time dateTime={document.exchangedOn}>{formatDate(document.exchangedOn)}</time>
              {document.reference && <span className="muted"> · Ref. {document.reference}</span>}
              <AttachmentLinks attachments={document.attachments} />
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="records__forms">
          <MeetingForm deploymentId={deploymentId} today={today} />
          <DocumentForm deploymentId={deploymentId} today={today} />
        </div>
      )}
    </section>
  );
}

/**
 * The files chosen for a record. `upload` sends them before the record (POST /files needs a connection)
 * and answers their SHA-256, or undefined once it has said under the field why it could not.
 */
function useAttachments() {
  const [files, setFiles] = useState<FileList | null>(null);
  const [uploadError, setUploadError] = useState<string>();
  const upload = async () => {
    setUploadError(undefined);
    try {
      const uploaded = [];
      for (const file of Array.from(files ?? [])) uploaded.push((await uploadFile(file)).sha256);
      return uploaded;
    } catch (error) {
      setUploadError((error as Error).message);
      return undefined;
    }
  };
  return { setFiles, uploadError, upload, clear: () => setFiles(null) };
}

/**
 * A form that records a meeting or a document: its fields, then its attachments (sent first), what became
 * of the write, and the button. Once the record is written the form is emptied (`onRecorded` empties its state).
 */
function RecordForm({
  ids,
  heading,
  submitLabel,
  write,
  record,
  onRecorded,
  children,
}: {
  ids: string;
  heading: string;
  submitLabel: string;
  write: { outcome: OutboxWriteOutcome<OutboxOperationName> | undefined; sending: boolean };
  record: (attachmentShas: string[]) => Promise<{ error?: unknown }>;
  onRecorded: () => void;
  children: ReactNode;
}) {
  const attachments = useAttachments();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const attachmentShas = await attachments.upload();
    if (!attachmentShas) return;
    const outcome = await record(attachmentShas);
    if (!outcome.error) {
      form.reset();
      onRecorded();
      attachments.clear();
    }
  };

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${ids}-heading`}>
      <h4 id={`${ids}-heading`}>{heading}</h4>
      {children}
      <div className="field">
        <label htmlFor={`${ids}-files`}>Attachments</label>
        <input id={`${ids}-files`} type="file" multiple onChange={(event) => attachments.setFiles(event.target.files)} />
        <p className="field-hint">E.g. DOJ forms or minutes; up to 10 MB each. Uploading needs a connection.</p>
      </div>
      {attachments.uploadError && (
        <p className="field-error" role="alert">
          {attachments.uploadError}
        </p>
      )}
      <WriteOutcome outcome={write.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={write.sending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function TitleField({ ids, title, setTitle }: { ids: string; title: string; setTitle: (title: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={`${ids}-title`}>Title</label>
      <input id={`${ids}-title`} className="input" required minLength={3} maxLength={MAX_LENGTH.title} value={title} onChange={(e) => setTitle(e.target.value)} />
    </div>
  );
}

function MeetingForm({ deploymentId, today }: { deploymentId: string; today: string }) {
  const ids = useId();
  const write = useOutboxWrite('RecordMeeting');
  const [kind, setKind] = useState<MeetingKind>('MONTHLY');
  const [title, setTitle] = useState('');
  const [meetingOn, setMeetingOn] = useState(today);
  const [held, setHeld] = useState(true);
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');

  const record = (attachmentShas: string[]) =>
    write.send({
      deploymentId,
      kind,
      title,
      meetingOn,
      held,
      attendees: attendees.split(',').map((name) => name.trim()).filter(Boolean),
      notes: notes.trim() || null,
      attachmentShas,
    });
  const onRecorded = () => {
    setTitle('');
    setAttendees('');
    setNotes('');
  };

  return (
    <RecordForm ids={ids} heading="Record a meeting" submitLabel="Record meeting" write={write} record={record} onRecorded={onRecorded}>
      <div className="field">
        <label htmlFor={`${ids}-kind`}>Meeting</label>
        <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
          <LabelOptions labels={MEETING_KIND_LABELS} />
        </select>
      </div>
      <TitleField ids={ids} title={title} setTitle={setTitle} />
      <div className="field">
        <label htmlFor={`${ids}-date`}>Date</label>
        <input id={`${ids}-date`} className="input" type="date" required {...dateBounds(held ? 'happened' : 'planned', today)} value={meetingOn} onChange={(e) => setMeetingOn(e.target.value)} />
      </div>
      <label className="choice">
        <input type="checkbox" checked={held} onChange={(e) => setHeld(e.target.checked)} /> It has taken place (completes its task)
      </label>
      <div className="field">
        <label htmlFor={`${ids}-attendees`}>Attendees (separated by commas)</label>
        <input id={`${ids}-attendees`} className="input" value={attendees} onChange={(e) => setAttendees(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-notes`}>Notes</label>
        <textarea id={`${ids}-notes`} className="input" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
    </RecordForm>
  );
}

function DocumentForm({ deploymentId, today }: { deploymentId: string; today: string }) {
  const ids = useId();
  const write = useOutboxWrite('RecordDocument');
  const [title, setTitle] = useState('');
  const [direction, setDirection] = useState<DocumentDirection>('RECEIVED');
  const [exchangedOn, setExchangedOn] = useState(today);
  const [reference, setReference] = useState('');

  const record = (attachmentShas: string[]) =>
    write.send({ deploymentId, title, direction, exchangedOn, reference: reference.trim() || null, attachmentShas });
  const onRecorded = () => {
    setTitle('');
    setReference('');
  };

  return (
    <RecordForm ids={ids} heading="Record a document" submitLabel="Record document" write={write} record={record} onRecorded={onRecorded}>
      <TitleField ids={ids} title={title} setTitle={setTitle} />
      <div className="field">
        <label htmlFor={`${ids}-direction`}>Direction</label>
        <select id={`${ids}-direction`} value={direction} onChange={(e) => setDirection(e.target.value as DocumentDirection)}>
          <option value="SENT">Sent by the CCPOR team</option>
          <option value="RECEIVED">Received from the court or LEA</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-date`}>Date sent or received</label>
        <input id={`${ids}-date`} className="input" type="date" required {...dateBounds('happened', today)} value={exchangedOn} onChange={(e) => setExchangedOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-reference`}>Reference (e.g. DOJ form number)</label>
        <input id={`${ids}-reference`} className="input" maxLength={MAX_LENGTH.title} value={reference} onChange={(e) => setReference(e.target.value)} />
      </div>
    </RecordForm>
  );
}
