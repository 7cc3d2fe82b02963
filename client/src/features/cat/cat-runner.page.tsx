import { useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { DraftNotice } from '../../app/draft-notice.component';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import type { CatRunsQuery, TestEnvironment, TestRunDetailQuery, TestResultStatus, TestRunPurpose } from '../../graphql/generated/graphql';
import type { OutboxEntry } from '../../offline/outbox';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useSyncStatus } from '../../offline/useSyncStatus';
import { useDraft } from '../../offline/useDraft';
import { useMe } from '../session/useMe';
import { PhotoCapture } from '../sync/photo-capture.component';
import { useCatRuns } from './useCatRuns';
import { useLatestTestPlan } from './useLatestTestPlan';
import { useRecordTestResult } from './useRecordTestResult';
import { useStartTestRun } from './useStartTestRun';
import { useTestRunDetail } from './useTestRunDetail';
import { CASE_STATUS_LABELS, CRITICALITY_LABELS, TEST_ENVIRONMENT_LABELS, TEST_RUN_PURPOSE_LABELS, reasonInWords } from '../../../../rules/labels';
import { attemptProblems } from '../../../../rules/attempts';
import { MAX_LENGTH } from '../../../../rules/limits';
import './cat.css';
import { formatDateTime } from '../../../../rules/times';

/** The outcomes a tester taps, as their buttons read. */
const VERDICT_BUTTONS = { PASSED: 'Pass', FAILED: 'Fail', BLOCKED: 'Blocked' } as const satisfies { [S in TestResultStatus]?: string };
type Verdict = keyof typeof VERDICT_BUTTONS;
const EMPTY_FINDING = { actualResult: '', notes: '' };
const VERDICTS = Object.keys(VERDICT_BUTTONS) as Verdict[];

type RunHeadline = CatRunsQuery['deployment']['testRuns'][number];
type Run = TestRunDetailQuery['testRun'];
type RunCase = Run['cases'][number];

/** An attempt as the runner shows it: the server's, or one still in (or just sent from) the outbox. */
interface ShownAttempt {
  id: string;
  status: TestResultStatus;
  testedAt: string;
  /** The outbox state when the server's copy has not arrived yet. */
  local?: OutboxEntry['state'];
  lastError?: string | null;
}

interface ShownCase {
  testCase: RunCase['testCase'];
  attempts: ShownAttempt[];
  status: TestResultStatus | 'UNTESTED';
  local?: OutboxEntry['state'];
}


/**
 * The server's run with this device's outbox merged over it: an entry counts until the server's
 * copy (same attempt id) arrives, so a result shows the moment it is recorded, offline too.
 */
function mergeRun(run: Run, entries: OutboxEntry[]): ShownCase[] {
  const known = new Set(run.cases.flatMap((runCase) => runCase.attempts.map((attempt) => attempt.id)));
  const localByCase = new Map<string, ShownAttempt[]>();
  for (const entry of entries) {
    const input = entry.variables.input;
    if (entry.operationName !== 'RecordTestResult' || input.runId !== run.id || known.has(input.id as string)) continue;
    const list = localByCase.get(input.caseId as string) ?? [];
    list.push({ id: input.id as string, status: input.status as TestResultStatus, testedAt: input.testedAt as string, local: entry.state, lastError: entry.lastError });
    localByCase.set(input.caseId as string, list);
  }
  return run.cases.map((runCase) => {
    const attempts: ShownAttempt[] = [
      ...runCase.attempts.map((attempt) => ({ id: attempt.id, status: attempt.status, testedAt: attempt.testedAt })),
      ...(localByCase.get(runCase.testCase.id) ?? []),
    ].sort((a, b) => a.testedAt.localeCompare(b.testedAt));
    const latest = attempts.at(-1);
    return { testCase: runCase.testCase, attempts, status: latest?.status ?? 'UNTESTED', local: latest?.local };
  });
}

export function CatRunnerPage() {
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { deployment, error, loading } = useCatRuns(id);
  const runId = searchParams.get('run');
  const { run, error: runError, loading: runLoading } = useTestRunDetail(runId);

  const failure = (error && !deployment) || (runError && !run) ? (error ?? runError) : undefined;
  if (failure) {
    return (
      <LoadFailed what="The test runs" error={failure}>
        <p>Open this deployment once online and choose “Make available offline” to use it with no network.</p>
      </LoadFailed>
    );
  }
  if (loading || !deployment || (runId && (runLoading || !run))) {
    return (
      <p className="status-message" role="status">
        Loading test runs…
      </p>
    );
  }
  return (
    <>
      <title>{`CAT – ${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>← {deployment.court.name}</Link>
        {run && (
          <>
            {' · '}
            <Link to={`/deployments/${id}/cat`}>All runs</Link>
          </>
        )}
      </nav>
      {run ? (
        <RunRunner key={run.id} run={run} />
      ) : (
        <RunPicker deploymentId={id} courtName={deployment.court.name} runs={deployment.testRuns} onOpen={(openId) => setSearchParams({ run: openId })} />
      )}
    </>
  );
}

function RunPicker({ deploymentId, courtName, runs, onOpen }: { deploymentId: string; courtName: string; runs: RunHeadline[]; onOpen: (id: string) => void }) {
  const { online } = useSyncStatus();
  const { plan } = useLatestTestPlan();
  const { start, starting, error } = useStartTestRun(deploymentId);
  const [purpose, setPurpose] = useState<TestRunPurpose>('ACCEPTANCE');
  const [environment, setEnvironment] = useState<TestEnvironment>('TEST');

  const startRun = async () => {
    try {
      const started = await start(purpose, environment);
      if (started) onOpen(started.id);
    } catch {
      // Shown from `error` below.
    }
  };

  return (
    <>
      <h1>Court Acceptance Testing</h1>
      <p className="muted">{courtName}</p>
      <section aria-labelledby="runs-heading" className="cat-section">
        <h2 id="runs-heading">Runs</h2>
        {runs.length === 0 ? (
          <p>No run yet. Start one below.</p>
        ) : (
          <ul className="run-list" aria-label="Test runs">
            {[...runs].reverse().map((run) => (
              <li key={run.id} className="run-list__item">
                <div>
                  <strong>
                    {TEST_RUN_PURPOSE_LABELS[run.purpose]} · {TEST_ENVIRONMENT_LABELS[run.environment]}
                  </strong>
                  <p className="muted">
                    Started {formatDateTime(run.startedAt)} by {run.startedBy} · {run.summary.total - run.summary.untested} of{' '}
                    {run.summary.total} tested
                  </p>
                </div>
                <button type="button" className="button" onClick={() => onOpen(run.id)}>
                  Open run
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="start-heading" className="cat-section">
        <h2 id="start-heading">Start a run</h2>
        {plan && (
          <p className="muted">
            Follows {plan.name}, version {plan.version} ({plan.cases.length} cases).
          </p>
        )}
        <div className="filters">
          <fieldset className="choice-group">
            <legend>Purpose</legend>
            {(['ACCEPTANCE', 'REHEARSAL'] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" name="purpose" value={value} checked={purpose === value} onChange={() => setPurpose(value)} />
                {TEST_RUN_PURPOSE_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="environment">Environment</label>
            <select id="environment" value={environment} onChange={(event) => setEnvironment(event.target.value as TestEnvironment)}>
              {(['TEST', 'TRAINING', 'PRODUCTION'] as const).map((value) => (
                <option key={value} value={value}>
                  {TEST_ENVIRONMENT_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={() => void startRun()} disabled={starting || !online}>
            {starting ? 'Starting…' : 'Start run'}
          </button>
        </div>
        {!online && <p className="muted">Starting a run needs a connection; recording results does not.</p>}
        {error && (
          <p className="callout callout--error" role="alert">
            {errorMessageOf(error)}
          </p>
        )}
      </section>
    </>
  );
}

function RunRunner({ run }: { run: Run }) {
  const { me } = useMe({ cacheOnly: true });
  const entries = useOutboxEntries(me?.id);
  const record = useRecordTestResult(me?.id);
  const cases = useMemo(() => mergeRun(run, entries), [run, entries]);
  const [index, setIndex] = useState(() => Math.max(0, cases.findIndex((shown) => shown.status === 'UNTESTED')));
  const current = cases[Math.min(index, cases.length - 1)];
  // What is typed for a case is its draft until a verdict records it (docs/sync.md#drafts).
  const draft = useDraft(`cat:${run.id}:${current?.testCase.id ?? ''}`, EMPTY_FINDING, `CAT case ${current?.testCase.key ?? ''}`);
  const { value: finding, setValue: setFinding, photos, setPhotos } = draft;
  const { actualResult, notes } = finding;
  const [problem, setProblem] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [saving, setSaving] = useState(false);
  const actualRef = useRef<HTMLTextAreaElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);

  const tested = cases.filter((shown) => shown.status !== 'UNTESTED').length;
  const count = (status: ShownCase['status']) => cases.filter((shown) => shown.status === status).length;

  const submit = async (status: Verdict) => {
    setProblem(undefined);
    const [missing] = attemptProblems({ status, actualResult, notes });
    if (missing) {
      const actual = missing.field === 'actualResult';
      setProblem(`${actual ? 'The actual result' : 'The notes'} ${missing.message.replace(/\.$/, '')}; then tap ${VERDICT_BUTTONS[status]} again.`);
      (actual ? actualRef : notesRef).current?.focus();
      return;
    }
    if (!me) return;
    setSaving(true);
    try {
      await record({
        runId: run.id,
        caseId: current.testCase.id,
        status,
        tester: me.displayName,
        ...(actualResult.trim() ? { actualResult: actualResult.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        photos: await draft.photosToSend(),
      });
      setAnnouncement(`${current.testCase.key} recorded as ${CASE_STATUS_LABELS[status].toLowerCase()}.`);
      await draft.discard();
      // On to the next case still untested after this one, else simply the next.
      const after = cases.findIndex((shown, position) => position > index && shown.status === 'UNTESTED');
      setIndex(after >= 0 ? after : Math.min(index + 1, cases.length - 1));
    } catch (failure) {
      setProblem(`The result could not be saved on this device: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setSaving(false);
    }
  };

  if (!current) return <p className="empty-state">This run's plan has no cases.</p>;
  const { testCase } = current;

  return (
    <div className="cat-runner">
      <header className="cat-runner__header">
        <h1>
          {TEST_RUN_PURPOSE_LABELS[run.purpose]} run · {TEST_ENVIRONMENT_LABELS[run.environment]}
        </h1>
        <p className="cat-progress__text" data-testid="cat-progress">
          {tested} of {cases.length} tested · {count('PASSED')} passed · {count('FAILED')} failed · {count('BLOCKED')} blocked
        </p>
        <progress className="cat-progress" max={cases.length} value={tested} aria-label="Cases tested" />
        <ol className="case-strip" aria-label="Cases">
          {cases.map((shown, position) => (
            <li key={shown.testCase.id}>
              <button
                type="button"
                className={`case-strip__case case-strip__case--${shown.status.toLowerCase()}${position === index ? ' case-strip__case--current' : ''}`}
                aria-current={position === index ? 'step' : undefined}
                // The name starts with the number shown, so a person saying it selects it (WCAG 2.5.3).
                aria-label={`${shown.testCase.position}: ${shown.testCase.key}, ${CASE_STATUS_LABELS[shown.status]}${shown.local && shown.local !== 'SENT' ? ', not sent yet' : ''}`}
                onClick={() => setIndex(position)}
              >
                {shown.testCase.position}
              </button>
            </li>
          ))}
        </ol>
      </header>

      <article className="test-case" aria-labelledby="case-title">
        <p className="test-case__meta">
          <span className="badge">{testCase.key}</span>
          <span className="badge">{CRITICALITY_LABELS[testCase.criticality]}</span>
          <span className={`badge badge--case-${current.status.toLowerCase()}`}>{CASE_STATUS_LABELS[current.status]}</span>
          {current.local === 'PENDING' && <span className="badge">Not sent yet</span>}
          {(current.local === 'PARKED' || current.local === 'CONFLICTED') && <span className="badge badge--late">Refused</span>}
        </p>
        <h2 id="case-title">
          Case {testCase.position} of {cases.length}: {testCase.title}
        </h2>
        {testCase.preconditions && (
          <p>
            <strong>Before you start: </strong>
            {testCase.preconditions}
          </p>
        )}
        <h3>Steps</h3>
        <ol className="test-case__steps">
          {testCase.steps.map((step, position) => (
            <li key={position}>{step}</li>
          ))}
        </ol>
        <h3>Expected result</h3>
        <p className="test-case__expected">{testCase.expectedResult}</p>

        <DraftNotice draft={draft} what="finding" />
        <div className="test-case__fields">
          <div className="field">
            <label htmlFor="actual-result">Actual result (required on fail)</label>
            <textarea id="actual-result" ref={actualRef} rows={2} maxLength={MAX_LENGTH.finding} value={actualResult} onChange={(event) => setFinding((current) => ({ ...current, actualResult: event.target.value }))} />
          </div>
          <div className="field">
            <label htmlFor="notes">Notes (required when blocked)</label>
            <textarea id="notes" ref={notesRef} rows={2} maxLength={MAX_LENGTH.finding} value={notes} onChange={(event) => setFinding((current) => ({ ...current, notes: event.target.value }))} />
          </div>
          <PhotoCapture id="case-photo" label="Take a photo of the failure" photos={photos} onChange={setPhotos} />
        </div>
        {problem && (
          <p className="callout callout--error" role="alert">
            {problem}
          </p>
        )}
        <div className="verdict-buttons">
          {VERDICTS.map((status) => (
            <button key={status} type="button" className={`verdict verdict--${VERDICT_BUTTONS[status].toLowerCase()}`} disabled={saving} onClick={() => void submit(status)}>
              {VERDICT_BUTTONS[status]}
            </button>
          ))}
        </div>
        <p className="sr-status" role="status" aria-live="polite">
          {announcement}
        </p>
        <div className="button-row button-row--spread">
          <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            ← Previous case
          </button>
          <button type="button" className="button button--secondary" disabled={index >= cases.length - 1} onClick={() => setIndex(index + 1)}>
            Next case →
          </button>
        </div>
        {current.attempts.length > 0 && (
          <details className="test-case__history">
            <summary>Earlier attempts ({current.attempts.length})</summary>
            <ul>
              {current.attempts.map((attempt) => (
                <li key={attempt.id}>
                  {CASE_STATUS_LABELS[attempt.status]} · {formatDateTime(attempt.testedAt)}
                  {attempt.local && attempt.local !== 'SENT' && ` · not sent yet${attempt.lastError ? ` (${reasonInWords(attempt.lastError)})` : ''}`}
                </li>
              ))}
            </ul>
          </details>
        )}
      </article>
    </div>
  );
}
