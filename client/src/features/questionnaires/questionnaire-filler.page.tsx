import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { useDirtyForm } from '../../app/dirty-forms';
import type { QuestionnaireFieldsFragment, ResponseStatus } from '../../graphql/generated/graphql';
import { QuestionnaireQuestionsDocument } from '../../graphql/documents/questionnaires';
import { baseVersionOf } from '../../offline/base-version';
import { outbox, type OutboxEntry } from '../../offline/outbox';
import { useDraft } from '../../offline/useDraft';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { fieldId, QuestionField } from './question-field.component';
import { isVisible, type Answers } from '../../../../rules/questionnaire';
import { answerProblems, draftChanges } from './questionnaire-form';
import { RESPONSE_STATUS_BADGES } from './questionnaire.badges';
import { useDeploymentQuestionnaires } from './useDeploymentQuestionnaires';
import { useQuestionnaireResponse } from './useQuestionnaireResponse';
import './questionnaires.css';
import { reasonInWords, RESPONSE_STATUS_LABELS } from '../../../../rules/labels';
import { isPlanner, mayProgressTasks } from '../../../../rules/roles';

/** Waits this long after the last keystroke before saving the draft (one outbox entry, not one per key). */
const SAVE_DELAY_MS = 800;
const UNSENT = new Set<OutboxEntry['state']>(['PENDING', 'PARKED', 'CONFLICTED']);
const RESPONSE_WRITES = new Set(['StartResponse', 'SaveResponse', 'SubmitResponse']);

/** The response as the filler works on it: the server's copy, or one started on this device. */
interface ResponseView {
  questionnaire: QuestionnaireFieldsFragment;
  answers: Answers;
  status: ResponseStatus;
  version: number | null;
  reviewComment: string | null;
  reviewedBy: string | null;
  submittedBy: string | null;
  courtName?: string;
}

/** The answers with this person's unsent changes to the response applied, in the order made. */
function withUnsent(answers: Answers, entries: OutboxEntry[], responseId: string): Answers {
  let merged = { ...answers };
  for (const entry of entries) {
    const input = entry.variables.input;
    if (!UNSENT.has(entry.state) || !RESPONSE_WRITES.has(entry.operationName)) continue;
    if ((input.responseId ?? input.id) !== responseId || !input.answers) continue;
    merged = { ...merged, ...(input.answers as Answers) };
  }
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null && v !== undefined));
}

export function QuestionnaireFillerPage() {
  const { id: deploymentId = '', responseId = '' } = useParams();
  const { me } = useMe();
  const { response, error, loading } = useQuestionnaireResponse(responseId);
  const list = useDeploymentQuestionnaires(deploymentId);
  const entries = useOutboxEntries(me?.id);
  // Kept here: once the review arrives, the review panel gives way, and this says what happened.
  const [reviewed, setReviewed] = useState<string>();
  // The unsent entries as they were when the page opened: the draft starts from them once.
  const [initialEntries, setInitialEntries] = useState<OutboxEntry[]>();
  useEffect(() => {
    if (!me?.id) return;
    let active = true;
    void outbox()
      .then((store) => store.list(me.id))
      .then((listed) => {
        if (active) setInitialEntries(listed);
      });
    return () => {
      active = false;
    };
  }, [me?.id]);

  // Started on this device and not yet on the server (offline): its questions come from the cache,
  // which the questionnaire list filled while online.
  const started = loading
    ? undefined
    : initialEntries?.find((entry) => entry.operationName === 'StartResponse' && entry.variables.input.id === responseId && UNSENT.has(entry.state));
  const startedKey = started?.variables.input.questionnaireKey as string | undefined;
  const { data: startedQuestions } = useQuery(QuestionnaireQuestionsDocument, {
    variables: { key: startedKey ?? '' },
    skip: Boolean(response) || !startedKey,
  });

  const view = useMemo((): ResponseView | undefined => {
    if (response) {
      return {
        questionnaire: response.questionnaire,
        answers: response.answers as Answers,
        status: response.status,
        version: response.version,
        reviewComment: response.reviewComment,
        reviewedBy: response.reviewedBy,
        submittedBy: response.submittedBy,
        courtName: list.deployment?.court.name,
      };
    }
    const questionnaire = startedQuestions?.questionnaire;
    if (!started || !questionnaire) return undefined;
    return { questionnaire, answers: {}, status: 'DRAFT', version: null, reviewComment: null, reviewedBy: null, submittedBy: null, courtName: list.deployment?.court.name };
  }, [response, started, startedQuestions, list.deployment]);

  const back = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={`/deployments/${deploymentId}/questionnaires`}>← Questionnaires</Link>
    </nav>
  );
  if (!view && (loading || list.loading || initialEntries === undefined)) {
    return (
      <p className="status-message" role="status">
        Loading the questionnaire…
      </p>
    );
  }
  if (!view || !me || initialEntries === undefined) {
    return (
      <>
        {back}
        <LoadFailed what="This questionnaire response" error={error ?? undefined}>
          <p>Open it once online and choose “Make available offline” on the deployment to use it with no network.</p>
        </LoadFailed>
      </>
    );
  }
  const ofResponse = entries.filter((entry) => RESPONSE_WRITES.has(entry.operationName) && (entry.variables.input.responseId ?? entry.variables.input.id) === responseId);
  // A change the server refused (made offline, sent later) reopens the form with the reason: the
  // answers are still on it, and sending again replaces the refused entries (docs/sync.md#replay).
  const refused = ofResponse.filter((entry) => entry.state === 'PARKED' && entry.operationName !== 'StartResponse');
  const conflicted = ofResponse.some((entry) => entry.state === 'CONFLICTED');
  const pendingSubmit = !refused.length && ofResponse.some((entry) => entry.operationName === 'SubmitResponse' && UNSENT.has(entry.state));
  const mayAnswer = mayProgressTasks(me.role);
  const editable = mayAnswer && !pendingSubmit && (view.status === 'DRAFT' || view.status === 'RETURNED');
  return (
    <>
      <title>{`${view.questionnaire.title} – CCPOR Deploy`}</title>
      {back}
      <h1>{view.questionnaire.title}</h1>
      <p className="muted">
        {view.courtName ? `${view.courtName} · ` : ''}version {view.questionnaire.version}
      </p>
      <p>
        <span className={`badge ${RESPONSE_STATUS_BADGES[view.status]}`}>
          {conflicted ? 'Changed elsewhere meanwhile' : pendingSubmit ? 'Submitted on this device, waiting to sync' : RESPONSE_STATUS_LABELS[view.status]}
        </span>
      </p>
      {conflicted && (
        <div className="callout callout--warning" role="note">
          <p>
            Someone else changed this response after you did. <Link to="/sync">Compare both on Sync</Link> and keep yours or take theirs.
          </p>
        </div>
      )}
      {view.questionnaire.description && <p>{view.questionnaire.description}</p>}
      {view.status === 'RETURNED' && view.reviewComment && (
        <div className="callout callout--warning" role="note">
          <p>
            <strong>Returned by {view.reviewedBy ?? 'the CCPOR team'}:</strong> {view.reviewComment}
          </p>
        </div>
      )}
      <ResponseForm
        key={responseId}
        responseId={responseId}
        view={view}
        startAnswers={withUnsent(view.answers, initialEntries, responseId)}
        editable={editable}
        userId={me.id}
        refused={refused}
      />
      {isPlanner(me.role) && view.status === 'SUBMITTED' && view.version !== null && (
        <ReviewPanel responseId={responseId} version={view.version} submittedBy={view.submittedBy} onDone={setReviewed} />
      )}
      {reviewed && (
        <div className="callout callout--success" role="status">
          {reviewed}
        </div>
      )}
    </>
  );
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; local: boolean } | { kind: 'refused'; message: string };

function ResponseForm({ responseId, view, startAnswers, editable, userId, refused }: {
  responseId: string; view: ResponseView; startAnswers: Answers; editable: boolean; userId: string; refused: OutboxEntry[];
}) {
  const questions = view.questionnaire.questions;
  // Every keystroke is kept on the device at once (docs/sync.md#drafts); the outbox gets a save of
  // the answers without problems a moment later.
  const draft = useDraft<Answers>(`response:${responseId}`, startAnswers, view.questionnaire.title);
  const answers = draft.value;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [showRequired, setShowRequired] = useState(false);
  const [submitMessage, setSubmitMessage] = useState<{ kind: 'error' | 'pending' | 'sent'; text: string }>();
  const [dirty, setDirty] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // What the server has (or will have, once this device's entries arrive): saves send only the difference.
  const saved = useRef<Answers>(startAnswers);
  const latest = useRef<Answers>(startAnswers);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const { send: sendSave } = useOutboxWrite('SaveResponse');
  const { send: sendSubmit, sending: submitting } = useOutboxWrite('SubmitResponse');
  useDirtyForm(dirty);
  // Sending again after a refusal (the person typed or submitted): the refused entries, and those
  // waiting behind them, give way, and what the server holds is the base of the difference sent.
  const sendingAgain = useRef(false);
  const refusedIds = refused.map((entry) => entry.mutationId).join(',');
  const replaceRefused = useCallback(async () => {
    const again = sendingAgain.current;
    sendingAgain.current = false;
    if (!refusedIds || !again) return;
    const store = await outbox();
    const waiting = (await store.list(userId)).filter(
      (entry) => entry.operationName !== 'StartResponse' && RESPONSE_WRITES.has(entry.operationName) && entry.variables.input.responseId === responseId && UNSENT.has(entry.state),
    );
    await store.remove(waiting.map((entry) => entry.mutationId));
    saved.current = view.answers;
  }, [refusedIds, userId, responseId, view.answers]);
  // Saves run one after another, so each is based on the version the previous one leaves.
  const baseVersion = useCallback(
    async () => baseVersionOf(responseId, view.version, await (await outbox()).list(userId)),
    [responseId, view.version, userId],
  );

  /** Queues one draft save of whatever changed; saves run one after another, in order. */
  const save = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      await replaceRefused();
      const changes = draftChanges(questions, saved.current, latest.current);
      if (Object.keys(changes).length === 0) {
        setDirty(false);
        return;
      }
      setSaveState({ kind: 'saving' });
      try {
        const outcome = await sendSave({ responseId, answers: changes }, { baseVersion: await baseVersion() });
        if (outcome.state === 'PARKED' || outcome.state === 'CONFLICTED') {
          setSaveState({ kind: 'refused', message: outcome.error?.message ?? 'The server refused the change.' });
          return;
        }
        saved.current = { ...saved.current, ...changes };
        setSaveState({ kind: 'saved', local: outcome.state === 'PENDING' });
      } catch (failure) {
        setSaveState({ kind: 'refused', message: failure instanceof Error ? failure.message : String(failure) });
      }
      setDirty(false);
    });
    return chain.current;
  }, [questions, responseId, sendSave, baseVersion, replaceRefused]);

  // Leaving the page (or the app going to the background) saves what was typed since the last save.
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      if (timer.current) void save();
    };
  }, [save]);

  // A draft from earlier on this device goes to the outbox like fresh typing.
  useEffect(() => {
    if (!draft.restored) return;
    latest.current = draft.value;
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    // Once, when the draft is read back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.restored]);

  const change = (next: Answers) => {
    latest.current = next;
    sendingAgain.current = true;
    draft.setValue(next);
    setDirty(true);
    setSubmitMessage(undefined);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  };

  // After a refusal the form says at once what the version now on it still needs.
  const checkAll = showRequired || refused.length > 0;
  const problems = answerProblems(questions, answers, { complete: checkAll });
  const problemList = Object.entries(problems);

  const submit = async () => {
    setShowRequired(true);
    sendingAgain.current = true;
    await save();
    const complete = answerProblems(questions, latest.current, { complete: true });
    if (Object.keys(complete).length > 0) {
      // The summary above the questions lists each of them; focus moves there.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const outcome = await sendSubmit({ responseId, answers: draftChanges(questions, saved.current, latest.current) }, { baseVersion: await baseVersion() });
    if (outcome.state === 'SENT' || outcome.state === 'PENDING') await draft.sent();
    if (outcome.state === 'SENT') setSubmitMessage({ kind: 'sent', text: 'Submitted. The CCPOR team will review it.' });
    else if (outcome.state === 'PENDING') setSubmitMessage({ kind: 'pending', text: 'Submitted on this device; it will be sent when the connection allows.' });
    else setSubmitMessage({ kind: 'error', text: outcome.error?.message ?? 'The server refused the submission.' });
  };

  const labelOf = (path: string) => {
    const [top, inner] = path.split('.');
    const question = questions.find((q) => q.key === top.replace(/\[\d+\]$/, ''));
    const nested = inner ? question?.questions?.find((q) => q.key === inner) : undefined;
    const item = /\[(\d+)\]/.exec(top);
    return nested && item ? `${question?.label}, item ${Number(item[1]) + 1}: ${nested.label}` : (question?.label ?? path);
  };

  return (
    <form
      className="form questionnaire-form"
      aria-label={view.questionnaire.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {editable && (
        <p className="questionnaire-form__save muted" role="status" aria-live="polite">
          {saveState.kind === 'saving' && 'Saving the draft…'}
          {saveState.kind === 'saved' && (saveState.local ? 'Draft saved on this device; it will sync when online.' : 'Draft saved.')}
          {saveState.kind === 'idle' && 'Answers are saved as a draft as you type.'}
        </p>
      )}
      {editable && draft.restored && <p className="draft-notice muted">Your answers from earlier, kept on this device.</p>}
      {refused.length > 0 && saveState.kind !== 'refused' && (
        <div className="callout callout--error" role="alert">
          <p>
            <strong>The server did not accept what was sent from this device:</strong>
          </p>
          <ul>
            {refused.map((entry) => (
              <li key={entry.mutationId}>{entry.lastError ? reasonInWords(entry.lastError) : 'refused.'}</li>
            ))}
          </ul>
          <p>Your answers are still here: correct them and submit again.</p>
        </div>
      )}
      {saveState.kind === 'refused' && (
        <div className="callout callout--error" role="alert">
          The last change was not saved: {saveState.message}
        </div>
      )}
      {checkAll && problemList.length > 0 && (
        <div className="callout callout--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>
            <strong>Before submitting, answer or correct:</strong>
          </p>
          <ul>
            {problemList.map(([path, message]) => (
              <li key={path}>
                <a href={`#${fieldId(path)}`}>
                  {labelOf(path)} {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="questionnaire-form__questions" disabled={!editable}>
        {questions
          .filter((question) => isVisible(question, answers))
          .map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              path={question.key}
              value={answers[question.key]}
              onChange={(value) => change({ ...answers, [question.key]: value })}
              problems={problems}
              outer={answers}
            />
          ))}
      </fieldset>
      {submitMessage && (
        <div
          className={`callout ${submitMessage.kind === 'error' ? 'callout--error' : submitMessage.kind === 'pending' ? 'callout--warning' : 'callout--success'}`}
          role={submitMessage.kind === 'error' ? 'alert' : 'status'}
        >
          {submitMessage.text}
        </div>
      )}
      {editable && (
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Submitting…' : 'Submit for review'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void save()}>
            Save draft now
          </button>
        </div>
      )}
    </form>
  );
}

/** The CCPOR team's review of a submitted response: accept, or return it with comments. */
function ReviewPanel({ responseId, version, submittedBy, onDone }: { responseId: string; version: number; submittedBy: string | null; onDone: (message: string) => void }) {
  const accept = useOutboxWrite('AcceptResponse');
  const giveBack = useOutboxWrite('ReturnResponse');
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string>();
  const [commentError, setCommentError] = useState<string>();

  const report = (state: string, error: { message: string } | undefined, done: string) => {
    if (state === 'SENT') onDone(done);
    else if (state === 'PENDING') onDone('Review saved on this device; it will sync when online.');
    else setMessage(error?.message ?? 'The server refused it.');
  };

  return (
    <section className="panel review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p>Submitted{submittedBy ? ` by ${submittedBy}` : ''}. Accept it, or return it to the court with what to correct.</p>
      <div className="field">
        <label htmlFor="review-comment">Comments for the court</label>
        <textarea
          id="review-comment"
          className="input question__text"
          rows={3}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setCommentError(undefined);
          }}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? 'review-comment-error' : 'review-comment-hint'}
        />
        <p id="review-comment-hint" className="field-hint">
          Required to return it; optional when accepting.
        </p>
        {commentError && (
          <p id="review-comment-error" className="field-error">
            {commentError}
          </p>
        )}
      </div>
      <div className="button-row button-row--start">
        <button
          type="button"
          className="button"
          disabled={accept.sending || giveBack.sending}
          onClick={async () => {
            const outcome = await accept.send({ responseId, ...(comment.trim() ? { comment: comment.trim() } : {}) }, { baseVersion: version });
            report(outcome.state, outcome.error, 'Accepted. The task it fulfils is completed (or waits for its prerequisites).');
          }}
        >
          Accept
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={accept.sending || giveBack.sending}
          onClick={async () => {
            if (comment.trim().length < 3) {
              setCommentError('Say what the court should correct (at least 3 characters).');
              return;
            }
            const outcome = await giveBack.send({ responseId, comment: comment.trim() }, { baseVersion: version });
            report(outcome.state, outcome.error, 'Returned to the court with your comments.');
          }}
        >
          Return with comments
        </button>
      </div>
      {message && (
        <div className="callout callout--error" role="alert">
          {message}
        </div>
      )}
    </section>
  );
}
