import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { CommentVisibility } from '../../graphql/generated/graphql';
import { CommentReadersDocument } from '../../graphql/documents/comments';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { WriteOutcome } from '../deployments/write-outcome.component';
import { useThreads, type Comment, type Subject } from './comments.context';
import './comments.css';
import { formatDateTime } from '../../../../rules/times';
import { COMMENT_VISIBILITY_LABELS, reasonInWords } from '../../../../rules/labels';
import { MAX_LENGTH } from '../../../../rules/limits';

/** A record's thread, oldest first, with the form to add to it; nothing for a person who reads no comments. */
export function CommentThread({ subject }: { subject: Subject }) {
  const threads = useThreads();
  if (!threads) return null;
  const comments = threads.bySubject.get(subject.id) ?? [];
  const unsent = threads.unsentBySubject.get(subject.id) ?? [];
  return (
    <div className="comment-thread">
      {comments.length === 0 && unsent.length === 0 ? (
        <p className="muted">No comments on {subject.about} yet.</p>
      ) : (
        <ol className="comment-list" aria-label={`Comments on ${subject.about}`}>
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
          {unsent.map((entry) => (
            <li key={entry.mutationId} className="comment comment--unsent">
              <p className="comment__meta">
                <span className="badge badge--task-in-progress">Saved on this device, waiting to sync</span>
                {threads.team && <VisibilityBadge visibility={entry.variables.input.visibility as CommentVisibility} />}
              </p>
              <p className="comment__body">{String(entry.variables.input.body)}</p>
              {entry.lastError && <p className="field-error">{reasonInWords(entry.lastError)}</p>}
            </li>
          ))}
        </ol>
      )}
      <AddCommentForm subject={subject} />
    </div>
  );
}

/** "Comments (3)" on a record: opens its thread below. */
export function CommentToggle({ subject }: { subject: Subject }) {
  const threads = useThreads();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!threads) return null;
  const count = (threads.bySubject.get(subject.id)?.length ?? 0) + (threads.unsentBySubject.get(subject.id)?.length ?? 0);
  return (
    <>
      <button
        type="button"
        className="button button--link comment-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={`${open ? 'Hide comments' : 'Comments'} on ${subject.about} (${count})`}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide comments' : 'Comments'} ({count})
      </button>
      {open && (
        <div id={panelId}>
          <CommentThread subject={subject} />
        </div>
      )}
    </>
  );
}

/** The latest comment of a record in one line ("“Still waiting on DOJ” — Casey Coordinator, Dec 4, 2026"). */
export function LatestComment({ subjectId }: { subjectId: string }) {
  const latest = useThreads()?.bySubject.get(subjectId)?.at(-1);
  if (!latest) return null;
  return (
    <span className="muted cell-note">
      “{latest.body}” — {latest.authorName}, {formatDateTime(latest.createdAt)}
    </span>
  );
}

function VisibilityBadge({ visibility }: { visibility: CommentVisibility }) {
  return <span className="badge">{visibility === 'INTERNAL' ? 'Internal' : 'Shared'}</span>;
}

function CommentItem({ comment }: { comment: Comment }) {
  const threads = useThreads()!;
  const [editing, setEditing] = useState(false);
  const mine = comment.authorId === threads.me.id;
  return (
    <li className="comment">
      <p className="comment__meta">
        <strong>{comment.authorName}</strong>{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {threads.team && <VisibilityBadge visibility={comment.visibility} />}
        {comment.editedAt && (
          <span className="muted">
            {' '}
            · edited <time dateTime={comment.editedAt}>{formatDateTime(comment.editedAt)}</time>
          </span>
        )}
      </p>
      {editing ? (
        <EditCommentForm comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="comment__body">{comment.body}</p>
          {comment.mentions.length > 0 && <p className="muted comment__mentions">Mentions {comment.mentions.map((m) => m.name).join(', ')}</p>}
          {mine && (
            <button type="button" className="button button--link" aria-label={`Edit your comment of ${formatDateTime(comment.createdAt)}`} onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
        </>
      )}
      {comment.revisions.length > 0 && (
        <details className="comment__history">
          <summary>Earlier versions ({comment.revisions.length})</summary>
          <ol>
            {comment.revisions.map((revision) => (
              <li key={revision.id}>
                <p className="comment__body">{revision.body}</p>
                <p className="muted">
                  Replaced by {revision.replacedBy}, <time dateTime={revision.replacedAt}>{formatDateTime(revision.replacedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

/** The people who may read a comment of this visibility, to mention; the person writing left out. */
function useMentionable(visibility: CommentVisibility) {
  const threads = useThreads()!;
  const { data } = useQuery(CommentReadersDocument, { variables: { deploymentId: threads.deploymentId, visibility } });
  return (data?.commentReaders ?? []).filter((reader) => reader.userId !== threads.me.id);
}

/** What the person is typing after an "@" at the end of the text, if anything. */
const TYPED_MENTION = /(?:^|\s)@([^@\s]*)$/;

/**
 * The @mention picker: typing "@" and the start of a name offers the people who may read the comment,
 * and the list beside the text offers them all; choosing one writes "@Name" into the text. A person
 * counts as mentioned while their "@Name" is still in it when the comment is saved.
 */
function MentionPicker({ visibility, body, setBody, onPick, textId }: {
  visibility: CommentVisibility;
  body: string;
  setBody: (body: string) => void;
  onPick: (reader: { userId: string; name: string }) => void;
  textId: string;
}) {
  const readers = useMentionable(visibility);
  const id = useId();
  if (readers.length === 0) return null;
  const typed = TYPED_MENTION.exec(body)?.[1].toLowerCase();
  const offered = typed === undefined ? [] : readers.filter((reader) => reader.name.toLowerCase().includes(typed)).slice(0, 6);
  const pick = (reader: { userId: string; name: string }, text: string) => {
    onPick(reader);
    setBody(text);
    document.getElementById(textId)?.focus();
  };
  return (
    <>
      {offered.length > 0 && (
        <ul className="mention-offers" aria-label="People to mention">
          {offered.map((reader) => (
            <li key={reader.userId}>
              <button type="button" className="button button--secondary" onClick={() => pick(reader, body.replace(/@[^@\s]*$/, `@${reader.name} `))}>
                @{reader.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field comment-form__mention">
        <label htmlFor={id}>Mention (@)</label>
        <select
          id={id}
          value=""
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const reader = readers.find((r) => r.userId === event.target.value);
            if (reader) pick(reader, withMention(body, reader.name));
          }}
        >
          <option value="">Choose a person…</option>
          {readers.map((reader) => (
            <option key={reader.userId} value={reader.userId}>
              {reader.name}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="muted">
          Or type @ and a name. They are told, and may read this comment.
        </p>
      </div>
    </>
  );
}

const mentioned = (body: string, picked: { userId: string; name: string }[]) =>
  [...new Set(picked.filter((reader) => body.includes(`@${reader.name}`)).map((reader) => reader.userId))];

const withMention = (body: string, name: string) => `${body}${body && !/\s$/.test(body) ? ' ' : ''}@${name} `;

function AddCommentForm({ subject }: { subject: Subject }) {
  const threads = useThreads()!;
  const ids = useId();
  const [body, setBody] = useState('');
  // The team chooses; a partner writes shared comments only and is never offered anything else.
  const [visibility, setVisibility] = useState<CommentVisibility>(threads.team ? 'INTERNAL' : 'SHARED');
  const [picked, setPicked] = useState<{ userId: string; name: string }[]>([]);
  const add = useOutboxWrite('AddComment');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    const mentionUserIds = mentioned(text, picked);
    const outcome = await add.send({
      id: crypto.randomUUID(),
      deploymentId: threads.deploymentId,
      ...(subject.field ? { [subject.field]: subject.id } : {}),
      visibility,
      body: text,
      ...(mentionUserIds.length ? { mentionUserIds } : {}),
    });
    if (!outcome.error) {
      setBody('');
      setPicked([]);
    }
  };

  return (
    <form className="comment-form" aria-label={`Comment on ${subject.about}`} onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor={`${ids}-body`}>Your comment</label>
        <textarea id={`${ids}-body`} className="input" rows={3} required maxLength={MAX_LENGTH.comment} value={body} onChange={(event) => setBody(event.target.value)} />
      </div>
      {threads.team && (
        <fieldset className="choice-group">
          <legend>Who reads it</legend>
          {(['INTERNAL', 'SHARED'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${ids}-visibility`} value={value} checked={visibility === value} onChange={() => setVisibility(value)} />
              {COMMENT_VISIBILITY_LABELS[value]}
            </label>
          ))}
        </fieldset>
      )}
      <MentionPicker
        visibility={visibility}
        body={body}
        setBody={setBody}
        textId={`${ids}-body`}
        onPick={(reader) => setPicked((current) => [...current, reader])}
      />
      <WriteOutcome outcome={add.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={add.sending}>
          Add comment
        </button>
      </div>
    </form>
  );
}

function EditCommentForm({ comment, onDone }: { comment: Comment; onDone: () => void }) {
  const id = useId();
  const [body, setBody] = useState(comment.body);
  const [picked, setPicked] = useState<{ userId: string; name: string }[]>([]);
  const edit = useOutboxWrite('EditComment');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    // The people already mentioned stay mentioned; those picked now are added (and told).
    const added = mentioned(text, picked).filter((userId) => !comment.mentions.some((m) => m.userId === userId));
    const outcome = await edit.send(
      { commentId: comment.id, body: text, ...(added.length ? { mentionUserIds: [...comment.mentions.map((m) => m.userId), ...added] } : {}) },
      { baseVersion: comment.version },
    );
    if (!outcome.error) onDone();
  };

  return (
    <form className="comment-form" aria-label="Edit your comment" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor={id}>Your comment</label>
        <textarea id={id} className="input" rows={3} required maxLength={MAX_LENGTH.comment} value={body} onChange={(event) => setBody(event.target.value)} />
      </div>
      <MentionPicker
        visibility={comment.visibility}
        body={body}
        setBody={setBody}
        textId={id}
        onPick={(reader) => setPicked((current) => [...current, reader])}
      />
      <p className="muted">The earlier text is kept, and shown under the comment.</p>
      <WriteOutcome outcome={edit.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={edit.sending}>
          Save comment
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
