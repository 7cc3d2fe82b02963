import { useQuery } from '@apollo/client/react';
import { ConfirmCallout } from '../../app/confirm-callout.component';
import { useId, useState, type FormEvent } from 'react';
import type { Party, Phase, TaskKind, TemplateTaskInput, TemplateTaskRowFragment, TemplateVersionRowFragment } from '../../graphql/generated/graphql';
import { LifecycleTemplateDetailDocument, LifecycleTemplatesDocument } from '../../graphql/documents/admin';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { formatDateTime, outcomeNotice, type Notice } from './admin.utils';
import { NoticeCallout } from './notice.component';
import { VersionList } from './version-list.component';
import { LoadFailed } from '../../app/load-failed.component';
import './admin.css';
import { PARTY_LABELS, PHASE_LABELS, TASK_KIND_LABELS } from '../../../../rules/labels';
import { PHASES } from '../../../../rules/statuses';


const PARTIES = Object.keys(PARTY_LABELS) as Party[];
const KINDS = Object.keys(TASK_KIND_LABELS) as TaskKind[];

/** A task as edited: prerequisites typed as "7, 8". */
interface EditedTask extends Omit<TemplateTaskInput, 'prerequisiteNumbers' | 'offsetDays'> {
  rowId: string;
  offsetDays: string;
  prerequisites: string;
}

const toEdited = (task: TemplateTaskRowFragment): EditedTask => ({
  rowId: task.id,
  key: task.key,
  title: task.title,
  phase: task.phase,
  party: task.party,
  kind: task.kind,
  offsetDays: String(task.offsetDays),
  required: task.required,
  prerequisites: task.prerequisiteNumbers.join(', '),
});

const numbersIn = (text: string) =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);

/** Renumbers prerequisites after the rows moved: `map` takes an old number to the new one (or null, removed). */
const renumber = (tasks: EditedTask[], map: (n: number) => number | null) =>
  tasks.map((t) => ({
    ...t,
    prerequisites: numbersIn(t.prerequisites)
      .map((n) => map(n))
      .filter((n): n is number => n !== null)
      .join(', '),
  }));

const versionLabel = (v: TemplateVersionRowFragment, currentId: string | undefined) =>
  `Version ${v.version} · ${!v.publishedAt ? 'draft' : v.id === currentId ? 'current' : 'earlier'}`;

/** Lifecycle template versions: a draft copied from the current version, edited, then published. */
export function AdminTemplatesPage() {
  const { data, loading, error, refetch } = useQuery(LifecycleTemplatesDocument, { fetchPolicy: 'cache-and-network' });
  const versions = data?.lifecycleTemplates ?? [];
  const current = versions.find((v) => v.publishedAt);
  const draft = versions.find((v) => !v.publishedAt);
  const [selectedId, setSelectedId] = useState<string>();
  const shownId = selectedId ?? draft?.id ?? current?.id;
  const createDraft = useOutboxWrite('CreateLifecycleTemplateDraft');
  const [notice, setNotice] = useState<Notice>();

  const startDraft = async () => {
    const outcome = await createDraft.send({});
    setNotice(outcomeNotice(outcome, 'Draft started: a copy of the current version. Edit its tasks, save, then publish.'));
    const id = outcome.data?.createLifecycleTemplateDraft.id;
    if (id) setSelectedId(id);
    await refetch();
  };

  return (
    <>
      <title>Lifecycle templates – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Lifecycle templates</h1>
      </div>
      <p>
        Every deployment follows the version of the task list that was current when it was created; publishing a new
        version changes only deployments created afterwards.
      </p>
      <NoticeCallout notice={notice} />
      <VersionList
        versions={versions}
        loading={loading && !data}
        error={error}
        onRetry={refetch}
        shownId={shownId}
        labelOf={(v) => `${versionLabel(v, current?.id)} · ${v.deploymentCount} ${v.deploymentCount === 1 ? 'deployment' : 'deployments'}`}
        onSelect={(v) => setSelectedId(v.id)}
      >
        {!draft && (
          <button type="button" className="button" onClick={() => void startDraft()} disabled={createDraft.sending}>
            {createDraft.sending ? 'Starting…' : `Start a draft of version ${(versions[0]?.version ?? 0) + 1}`}
          </button>
        )}
        {shownId && <TemplateVersion key={shownId} id={shownId} currentId={current?.id} onChanged={() => void refetch()} />}
      </VersionList>
    </>
  );
}

function TemplateVersion({ id, currentId, onChanged }: { id: string; currentId: string | undefined; onChanged: () => void }) {
  const { data, error, refetch } = useQuery(LifecycleTemplateDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const template = data?.lifecycleTemplate;
  // Kept here: a saved draft remounts its editor, and a published one replaces it with the table.
  const [notice, setNotice] = useState<Notice>();
  if (error) {
    return <LoadFailed what="The version" error={error} onRetry={refetch} />;
  }
  if (!template) return <p role="status">Loading the version…</p>;
  return (
    <section className="panel admin-manage" aria-labelledby="template-heading">
      <h2 id="template-heading">
        {versionLabel(template, currentId)}: {template.name}
      </h2>
      <p className="muted">
        {template.publishedAt ? `Published ${formatDateTime(template.publishedAt)}` : 'Not published: no deployment uses it yet.'}{' '}
        · {template.tasks.length} tasks
      </p>
      <NoticeCallout notice={notice} />
      {template.publishedAt ? (
        <TaskTable tasks={template.tasks} />
      ) : (
        <DraftEditor
          // A saved draft comes back with new task rows: the editor starts again from what the server holds.
          key={`${template.name}:${template.tasks.map((t) => t.id).join()}`}
          templateId={template.id}
          name={template.name}
          tasks={template.tasks}
          onNotice={setNotice}
          onChanged={() => {
            void refetch();
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function TaskTable({ tasks }: { tasks: TemplateTaskRowFragment[] }) {
  return (
    <div className="table-scroll">
      <table className="admin-table" aria-label="Tasks">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Task</th>
            <th scope="col">Phase</th>
            <th scope="col">Party</th>
            <th scope="col">Kind</th>
            <th scope="col">Due (days from go-live)</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <td className="numeric">{t.number}</td>
              <td>
                <span className="admin-table__name">{t.title}</span>
                <span className="muted">
                  {t.key}
                  {!t.required && ' · optional'}
                </span>
              </td>
              <td>{PHASE_LABELS[t.phase]}</td>
              <td>{PARTY_LABELS[t.party]}</td>
              <td>{TASK_KIND_LABELS[t.kind]}</td>
              <td className="numeric">{t.offsetDays > 0 ? `+${t.offsetDays}` : t.offsetDays}</td>
              <td>{t.prerequisiteNumbers.join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DraftEditor({
  templateId,
  name: savedName,
  tasks: savedTasks,
  onNotice,
  onChanged,
}: {
  templateId: string;
  name: string;
  tasks: TemplateTaskRowFragment[];
  onNotice: (notice: Notice) => void;
  onChanged: () => void;
}) {
  const save = useOutboxWrite('SaveLifecycleTemplateDraft');
  const publish = useOutboxWrite('PublishLifecycleTemplate');
  const [name, setName] = useState(savedName);
  const [tasks, setTasks] = useState(() => savedTasks.map(toEdited));
  const [dirty, setDirty] = useState(false);
  const nameId = useId();

  const edit = (next: EditedTask[]) => {
    setTasks(next);
    setDirty(true);
  };
  const change = (index: number, patch: Partial<EditedTask>) => edit(tasks.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  const remove = (index: number) =>
    edit(renumber(tasks.filter((_, i) => i !== index), (n) => (n === index + 1 ? null : n > index + 1 ? n - 1 : n)));
  const move = (index: number, by: -1 | 1) => {
    const other = index + by;
    if (other < 0 || other >= tasks.length) return;
    const next = [...tasks];
    [next[index], next[other]] = [next[other], next[index]];
    edit(renumber(next, (n) => (n === index + 1 ? other + 1 : n === other + 1 ? index + 1 : n)));
  };
  const add = () =>
    edit([
      ...tasks,
      {
        rowId: crypto.randomUUID(),
        key: '',
        title: '',
        phase: 'IMPLEMENT',
        party: 'CCPOR_TEAM',
        kind: 'MEETING',
        offsetDays: '-7',
        required: true,
        prerequisites: '',
      },
    ]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const badOffset = tasks.findIndex((t) => !/^[+-]?\d+$/.test(t.offsetDays.trim()));
    if (badOffset >= 0) {
      onNotice({ tone: 'error', text: `Task ${badOffset + 1}: the due day must be a whole number of days from go-live, e.g. -30.` });
      return;
    }
    const outcome = await save.send({
      templateId,
      name: name.trim(),
      tasks: tasks.map((t) => ({
        key: t.key.trim().toUpperCase(),
        title: t.title.trim(),
        phase: t.phase,
        party: t.party,
        kind: t.kind,
        offsetDays: Number(t.offsetDays),
        required: t.required,
        prerequisiteNumbers: numbersIn(t.prerequisites),
      })),
    });
    onNotice(outcomeNotice(outcome, 'Draft saved.'));
    if (outcome.state === 'SENT') onChanged();
  };

  const [confirmPublish, setConfirmPublish] = useState(false);
  const publishDraft = async () => {
    const outcome = await publish.send({ templateId });
    setConfirmPublish(false);
    onNotice(outcomeNotice(outcome, 'Published: deployments created from now on follow this version.'));
    if (outcome.state === 'SENT') onChanged();
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Edit the draft" noValidate>
      <div className="field">
        <label htmlFor={nameId}>Name of the version</label>
        <input
          id={nameId}
          className="input"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setDirty(true);
          }}
        />
      </div>
      <h3>Tasks</h3>
      <p className="field-hint">
        A task may wait only for tasks above it (“after”, by number) that are due no later than it. Go-live stays on day 0,
        and tasks that other actions complete (go-live, close-out, training, account set-ups, scanner assessment,
        questionnaires) must stay.
      </p>
      <ol className="task-editor" aria-label="Tasks of the draft">
        {tasks.map((task, index) => (
          <TaskEditorRow
            key={task.rowId}
            task={task}
            number={index + 1}
            last={index === tasks.length - 1}
            onChange={(patch) => change(index, patch)}
            onRemove={() => remove(index)}
            onMove={(by) => move(index, by)}
          />
        ))}
      </ol>
      <div className="button-row button-row--start">
        <button type="button" className="button button--secondary" onClick={add}>
          Add a task
        </button>
        <button type="submit" className="button" disabled={save.sending || !dirty}>
          {save.sending ? 'Saving…' : 'Save draft'}
        </button>
        {!confirmPublish && (
          <button
            type="button"
            className="button"
            onClick={() => setConfirmPublish(true)}
            disabled={dirty || publish.sending}
            aria-describedby={dirty ? `${nameId}-publish` : undefined}
          >
            Publish…
          </button>
        )}
      </div>
      {confirmPublish && !dirty && (
        <ConfirmCallout
          question={`Publish “${name}”?`}
          confirmLabel={publish.sending ? 'Publishing…' : 'Yes, publish'}
          cancelLabel="Not yet"
          busy={publish.sending}
          onConfirm={() => void publishDraft()}
          onCancel={() => setConfirmPublish(false)}
        >
          Every deployment created from now on follows this task list; deployments already under way keep theirs. A
          published version cannot be edited or withdrawn: a change needs a new draft.
        </ConfirmCallout>
      )}
      {dirty && (
        <p id={`${nameId}-publish`} className="field-hint">
          Save the draft before publishing it.
        </p>
      )}
    </form>
  );
}

function TaskEditorRow({
  task,
  number,
  last,
  onChange,
  onRemove,
  onMove,
}: {
  task: EditedTask;
  number: number;
  last: boolean;
  onChange: (patch: Partial<EditedTask>) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  const id = useId();
  const label = task.title.trim() || `task ${number}`;
  return (
    <li className="template-task">
      <p className="template-task__number">Task {number}</p>
      <div className="field template-task__title">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} className="input" value={task.title} onChange={(e) => onChange({ title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-key`}>Key</label>
        <input
          id={`${id}-key`}
          className="input"
          value={task.key}
          autoCapitalize="characters"
          onChange={(e) => onChange({ key: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-phase`}>Phase</label>
        <select id={`${id}-phase`} className="input" value={task.phase} onChange={(e) => onChange({ phase: e.target.value as Phase })}>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-party`}>Party</label>
        <select id={`${id}-party`} className="input" value={task.party} onChange={(e) => onChange({ party: e.target.value as Party })}>
          {PARTIES.map((p) => (
            <option key={p} value={p}>
              {PARTY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} className="input" value={task.kind} onChange={(e) => onChange({ kind: e.target.value as TaskKind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {TASK_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-offset`}>Due (days from go-live)</label>
        <input
          id={`${id}-offset`}
          className="input"
          inputMode="numeric"
          value={task.offsetDays}
          onChange={(e) => onChange({ offsetDays: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-after`}>After tasks</label>
        <input
          id={`${id}-after`}
          className="input"
          inputMode="numeric"
          value={task.prerequisites}
          onChange={(e) => onChange({ prerequisites: e.target.value })}
        />
      </div>
      <div className="choice">
        <input
          id={`${id}-required`}
          type="checkbox"
          checked={task.required}
          onChange={(e) => onChange({ required: e.target.checked })}
        />
        <label htmlFor={`${id}-required`}>Required for the phase gate</label>
      </div>
      <div className="button-row button-row--start">
        <button type="button" className="button button--secondary" onClick={() => onMove(-1)} disabled={number === 1} aria-label={`Move ${label} up`}>
          Up
        </button>
        <button type="button" className="button button--secondary" onClick={() => onMove(1)} disabled={last} aria-label={`Move ${label} down`}>
          Down
        </button>
        <button type="button" className="button button--danger" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove
        </button>
      </div>
    </li>
  );
}
