import { useState } from 'react';
import { ConfirmCallout } from '../../app/confirm-callout.component';
import type { Criticality, TestArea, TestCaseDraftInput, TestPlanDraftFieldsFragment } from '../../graphql/generated/graphql';
import type { OutboxWriteOutcome } from '../../offline/useOutboxWrite';
import type { OutboxOperationName } from '../../offline/outbox-operations';
import { useMe } from '../session/useMe';
import { useCatPlans, useTestPlanDraftWrites } from './useCatPlans';
import { LoadFailed } from '../../app/load-failed.component';
import './cat-plans.css';
import { LabelOptions } from '../../app/label-options.component';
import { isPlanner } from '../../../../rules/roles';
import { CRITICALITY_LABELS, TEST_AREA_LABELS } from '../../../../rules/labels';
import { MAX_LENGTH, TEST_CASE_LIMITS } from '../../../../rules/limits';

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** A case as edited: steps as one line each in a text area. */
interface EditedCase extends Omit<TestCaseDraftInput, 'steps' | 'preconditions' | 'requiresCarpos'> {
  uid: string;
  preconditions: string;
  requiresCarpos: boolean;
  stepsText: string;
}

const toEdited = (draft: TestPlanDraftFieldsFragment): EditedCase[] =>
  draft.cases.map((c) => ({ ...c, uid: crypto.randomUUID(), stepsText: c.steps.join('\n') }));

const toInput = (c: EditedCase): TestCaseDraftInput => ({
  key: c.key.trim(),
  title: c.title,
  area: c.area,
  preconditions: c.preconditions,
  steps: c.stepsText.split('\n').map((s) => s.trim()).filter(Boolean),
  expectedResult: c.expectedResult,
  criticality: c.criticality,
  requiresCarpos: c.requiresCarpos,
});

function describeOutcome<N extends OutboxOperationName>(outcome: OutboxWriteOutcome<N>, sent: string) {
  if (outcome.state === 'SENT') return { ok: sent };
  if (outcome.state === 'PENDING') return { ok: 'Saved on this device; it will sync when the connection returns.' };
  if (outcome.error?.code === 'CONFLICT') return { problem: 'Someone else changed the draft meanwhile. Reload the page to see their version; your edits here are not saved.' };
  return { problem: outcome.error?.message ?? 'The change was refused.' };
}

export function CatPlansPage() {
  const { me } = useMe({ cacheOnly: true });
  const { plans, draft, loading, error, refetch } = useCatPlans();
  const writes = useTestPlanDraftWrites();
  const [message, setMessage] = useState<{ ok?: string; problem?: string }>({});
  const mayEdit = !!me && isPlanner(me.role);
  const latest = plans.find((p) => p.publishedAt);

  const startDraft = async () => {
    const outcome = await writes.start({ fromVersion: latest?.version ?? null });
    setMessage(describeOutcome(outcome, 'Draft started.'));
    if (outcome.state === 'SENT') await refetch();
  };

  return (
    <>
      <title>CAT plans – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>CAT plans</h1>
      </div>
      <p>
        Court Acceptance Testing plans are versioned: a test run keeps the version it started with, and new runs use the
        latest published version.
      </p>
      {message.problem && (
        <div className="callout callout--error" role="alert">
          {message.problem}
        </div>
      )}
      <p className="form-success" role="status">
        {message.ok}
      </p>

      {error ? (
        <LoadFailed what="The plans" error={error} />
      ) : loading ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : (
        <>
          <section aria-labelledby="plan-versions">
            <h2 id="plan-versions">Published versions</h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-versions">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">Name</th>
                    <th scope="col">Published</th>
                  </tr>
                </thead>
                <tbody>
                  {plans.map((plan) => (
                    <tr key={plan.id}>
                      <th scope="row">{plan.version}</th>
                      <td>{plan.name}</td>
                      <td>{plan.publishedAt ? dateTimeFormat.format(new Date(plan.publishedAt)) : 'Draft'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {mayEdit &&
            (draft ? (
              <DraftEditor key={`${draft.id}-${draft.version}`} draft={draft} writes={writes} onMessage={setMessage} onChanged={refetch} />
            ) : (
              <section className="panel" aria-labelledby="plan-draft">
                <h2 id="plan-draft">Next version</h2>
                <p>Start a draft as a copy of version {latest?.version ?? 1}; nothing changes for anyone until you publish it.</p>
                <button type="button" className="button" onClick={() => void startDraft()} disabled={writes.busy}>
                  Start a draft
                </button>
              </section>
            ))}
        </>
      )}
    </>
  );
}

interface DraftEditorProps {
  draft: TestPlanDraftFieldsFragment;
  writes: ReturnType<typeof useTestPlanDraftWrites>;
  onMessage: (message: { ok?: string; problem?: string }) => void;
  onChanged: () => Promise<unknown>;
}

function DraftEditor({ draft, writes, onMessage, onChanged }: DraftEditorProps) {
  const [name, setName] = useState(draft.name);
  const [cases, setCases] = useState<EditedCase[]>(() => toEdited(draft));
  const [dirty, setDirty] = useState(false);
  const [confirmPublish, setConfirmPublish] = useState(false);

  const update = (uid: string, change: Partial<EditedCase>) => {
    setDirty(true);
    setCases((list) => list.map((c) => (c.uid === uid ? { ...c, ...change } : c)));
  };
  const move = (index: number, by: number) => {
    setDirty(true);
    setCases((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item);
      return next;
    });
  };
  const remove = (uid: string) => {
    setDirty(true);
    setCases((list) => list.filter((c) => c.uid !== uid));
  };
  const add = () => {
    setDirty(true);
    setCases((list) => [
      ...list,
      { uid: crypto.randomUUID(), key: `NEW-${String(list.length + 1).padStart(2, '0')}`, title: '', area: 'ORDER_ENTRY', preconditions: '', stepsText: '', expectedResult: '', criticality: 'MAJOR', requiresCarpos: false },
    ]);
  };

  const save = async () => {
    const outcome = await writes.save({ draftId: draft.id, name, cases: cases.map(toInput) }, { baseVersion: draft.version });
    onMessage(describeOutcome(outcome, 'Draft saved.'));
    if (outcome.state === 'SENT') await onChanged();
  };
  const publish = async () => {
    setConfirmPublish(false);
    const outcome = await writes.publish({ draftId: draft.id }, { baseVersion: draft.version });
    onMessage(describeOutcome(outcome, 'Published: new test runs use the new version.'));
    if (outcome.state === 'SENT') await onChanged();
  };
  const discard = async () => {
    const outcome = await writes.discard({ draftId: draft.id }, { baseVersion: draft.version });
    onMessage(describeOutcome(outcome, 'Draft discarded.'));
    if (outcome.state === 'SENT') await onChanged();
  };

  return (
    <section className="panel" aria-labelledby="plan-draft">
      <h2 id="plan-draft">Draft of the next version</h2>
      <p className="muted">
        Copied from version {draft.basedOnVersion ?? '–'}; last saved {dateTimeFormat.format(new Date(draft.updatedAt))}
        {draft.updatedBy && ` by ${draft.updatedBy}`}.
      </p>
      <div className="field">
        <label htmlFor="draft-name">Plan name</label>
        <input id="draft-name" className="input" value={name} maxLength={MAX_LENGTH.title} onChange={(event) => { setDirty(true); setName(event.target.value); }} />
      </div>

      <ol className="draft-cases" aria-label="Cases">
        {cases.map((c, index) => (
          <li key={c.uid} className="draft-case">
            <details>
              <summary>
                <span className="draft-case__key">{c.key}</span> {c.title || 'Untitled case'}
              </summary>
              <div className="draft-case__fields">
                <div className="field">
                  <label htmlFor={`${c.uid}-key`}>Key</label>
                  <input id={`${c.uid}-key`} className="input" value={c.key} maxLength={TEST_CASE_LIMITS.key} onChange={(event) => update(c.uid, { key: event.target.value })} />
                </div>
                <div className="field draft-case__wide">
                  <label htmlFor={`${c.uid}-title`}>Title</label>
                  <input id={`${c.uid}-title`} className="input" value={c.title} maxLength={MAX_LENGTH.title} onChange={(event) => update(c.uid, { title: event.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${c.uid}-area`}>Area</label>
                  <select id={`${c.uid}-area`} value={c.area} onChange={(event) => update(c.uid, { area: event.target.value as TestArea })}>
                    <LabelOptions labels={TEST_AREA_LABELS} />
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${c.uid}-criticality`}>Criticality</label>
                  <select id={`${c.uid}-criticality`} value={c.criticality} onChange={(event) => update(c.uid, { criticality: event.target.value as Criticality })}>
                    <LabelOptions labels={CRITICALITY_LABELS} />
                  </select>
                </div>
                <div className="field draft-case__wide">
                  <label htmlFor={`${c.uid}-pre`}>Preconditions</label>
                  <textarea id={`${c.uid}-pre`} className="input" rows={2} maxLength={TEST_CASE_LIMITS.text} value={c.preconditions} onChange={(event) => update(c.uid, { preconditions: event.target.value })} />
                </div>
                <div className="field draft-case__wide">
                  <label htmlFor={`${c.uid}-steps`}>Steps, one per line</label>
                  <textarea id={`${c.uid}-steps`} className="input" rows={4} value={c.stepsText} onChange={(event) => update(c.uid, { stepsText: event.target.value })} />
                </div>
                <div className="field draft-case__wide">
                  <label htmlFor={`${c.uid}-expected`}>Expected result</label>
                  <textarea id={`${c.uid}-expected`} className="input" rows={2} maxLength={TEST_CASE_LIMITS.text} value={c.expectedResult} onChange={(event) => update(c.uid, { expectedResult: event.target.value })} />
                </div>
                <label className="choice draft-case__wide">
                  <input type="checkbox" checked={c.requiresCarpos} onChange={(event) => update(c.uid, { requiresCarpos: event.target.checked })} /> Needs CARPOS
                  transmission (not applicable to images-only courts)
                </label>
              </div>
              <div className="button-row button-row--start">
                <button type="button" className="button button--secondary" onClick={() => move(index, -1)} disabled={index === 0}>
                  Move up
                </button>
                <button type="button" className="button button--secondary" onClick={() => move(index, 1)} disabled={index === cases.length - 1}>
                  Move down
                </button>
                <button type="button" className="button button--danger" onClick={() => remove(c.uid)}>
                  Remove case
                </button>
              </div>
            </details>
          </li>
        ))}
      </ol>
      <div className="button-row button-row--start">
        <button type="button" className="button button--secondary" onClick={add}>
          Add a case
        </button>
        <button type="button" className="button" onClick={() => void save()} disabled={writes.busy || !dirty}>
          Save draft
        </button>
        <button type="button" className="button" onClick={() => setConfirmPublish(true)} disabled={writes.busy || dirty || confirmPublish}>
          Publish as a new version
        </button>
        <button type="button" className="button button--danger" onClick={() => void discard()} disabled={writes.busy}>
          Discard draft
        </button>
      </div>
      {confirmPublish && !dirty && (
        <ConfirmCallout
          question={`Publish “${name}” as a new version?`}
          confirmLabel="Yes, publish"
          cancelLabel="Not yet"
          busy={writes.busy}
          onConfirm={() => void publish()}
          onCancel={() => setConfirmPublish(false)}
        >
          Test runs started from now on follow these cases; runs already started keep their version. A published
          version cannot be edited: a change needs a new draft.
        </ConfirmCallout>
      )}
      {dirty && <p className="muted">Save the draft before publishing it.</p>}
    </section>
  );
}
