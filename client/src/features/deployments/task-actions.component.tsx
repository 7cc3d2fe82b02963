import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TaskAssigneesDocument } from '../../graphql/documents/deployment-workspace';
import type { Role } from '../../graphql/generated/graphql';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { PersonSelect } from './person-select.component';
import { isPlanner, mayAssignTasks } from '../../../../rules/roles';
import { isOpenTaskStatus } from '../../../../rules/statuses';
import { dateBounds } from '../../../../rules/dates';
import { MAX_LENGTH } from '../../../../rules/limits';

type Task = Deployment['tasks'][number];

/**
 * One task's actions: start and complete for whoever progresses it; assign for planners and the
 * partners of its party (docs/domain.md#named-owners); waive with a reason, reopen, move by hand and
 * unpin for planners. A refusal (e.g. PREREQUISITES_OPEN naming the open
 * prerequisites) is shown here, on the task.
 */
export function TaskActions({ id, task, role, live, today }: { id: string; task: Task; role: Role; live: boolean; today: string }) {
  const start = useOutboxWrite('StartTask');
  const complete = useOutboxWrite('CompleteTask');
  const reopen = useOutboxWrite('ReopenTask');
  const unpin = useOutboxWrite('UnpinTask');
  const [last, setLast] = useState<'start' | 'complete' | 'reopen' | 'unpin' | 'waive' | 'move'>();
  const [form, setForm] = useState<'waive' | 'move' | 'assign'>();
  const planner = isPlanner(role);
  const open = isOpenTaskStatus(task.status);
  const options = { baseVersion: task.version };
  const busy = start.sending || complete.sending || reopen.sending || unpin.sending;
  // After an action the button pressed may be gone (Start becomes Complete, a form closes): keyboard
  // focus stays on this task, on its first action or the task's actions themselves, not the top of the page.
  const actions = useRef<HTMLDivElement>(null);
  const keepFocus = useRef(false);
  useEffect(() => {
    const box = actions.current;
    if (!keepFocus.current || busy || !box) return;
    keepFocus.current = false;
    if (box.contains(document.activeElement)) return;
    (box.querySelector<HTMLElement>('button:not([disabled])') ?? box).focus();
  });
  const act = (which: typeof last, write: { send: (input: { taskId: string }, o: typeof options) => Promise<unknown> }) => {
    setLast(which);
    setForm(undefined);
    keepFocus.current = true;
    void write.send({ taskId: task.id }, options);
  };
  const formDone = () => {
    keepFocus.current = true;
    setForm(undefined);
  };

  return (
    <div id={id} ref={actions} className="task-actions" tabIndex={-1}>
      <div className="button-row button-row--start">
        {task.status === 'OPEN' && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => act('start', start)}>
            Start
          </button>
        )}
        {open && (
          <button type="button" className="button" disabled={busy} onClick={() => act('complete', complete)}>
            Complete
          </button>
        )}
        {mayAssignTasks(role) && open && (
          <button type="button" className="button button--secondary" aria-expanded={form === 'assign'} onClick={() => setForm(form === 'assign' ? undefined : 'assign')}>
            Assign…
          </button>
        )}
        {planner && open && (
          <button type="button" className="button button--secondary" aria-expanded={form === 'waive'} onClick={() => setForm(form === 'waive' ? undefined : 'waive')}>
            Waive…
          </button>
        )}
        {planner && open && !live && (
          <button type="button" className="button button--secondary" aria-expanded={form === 'move'} onClick={() => setForm(form === 'move' ? undefined : 'move')}>
            Move…
          </button>
        )}
        {planner && open && task.pinned && !live && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => act('unpin', unpin)}>
            Unpin
          </button>
        )}
        {planner && (task.status === 'DONE' || task.status === 'WAIVED') && !live && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => act('reopen', reopen)}>
            Reopen
          </button>
        )}
      </div>
      {form === 'assign' && <AssignForm task={task} onDone={formDone} />}
      {form === 'waive' && <WaiveForm task={task} onDone={formDone} />}
      {form === 'move' && <MoveForm task={task} today={today} onDone={formDone} />}
      {last === 'start' && <WriteOutcome outcome={start.outcome} />}
      {last === 'complete' && <WriteOutcome outcome={complete.outcome} />}
      {last === 'reopen' && <WriteOutcome outcome={reopen.outcome} />}
      {last === 'unpin' && <WriteOutcome outcome={unpin.outcome} />}
    </div>
  );
}

/** Names who does the task, among the people the server says may take it (taskAssignees). */
function AssignForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const [assigneeId, setAssigneeId] = useState(task.assignee?.id ?? '');
  const people = useQuery(TaskAssigneesDocument, { variables: { taskId: task.id } });
  const assign = useOutboxWrite('AssignTask');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await assign.send({ taskId: task.id, assigneeId: assigneeId || null }, { baseVersion: task.version });
    if (!outcome.error) onDone();
  };
  const choices = people.data?.taskAssignees ?? (task.assignee ? [task.assignee] : []);
  return (
    <form className="form task-actions__form" onSubmit={(event) => void onSubmit(event)}>
      <PersonSelect label={`Who does task ${task.number}`} noneLabel="Unassigned" people={choices} value={assigneeId} onChange={setAssigneeId} />
      {people.error && !people.data && <p className="field-hint">The people who may take it load once online.</p>}
      <WriteOutcome outcome={assign.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={assign.sending || (people.loading && !people.data)}>
          Assign task
        </button>
      </div>
    </form>
  );
}

function WaiveForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const waive = useOutboxWrite('WaiveTask');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await waive.send({ taskId: task.id, reason }, { baseVersion: task.version });
    if (!outcome.error) onDone();
  };
  return (
    <form className="form task-actions__form" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor={reasonId}>Why this deployment does not need task {task.number}</label>
        <input id={reasonId} className="input" required minLength={3} maxLength={MAX_LENGTH.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <WriteOutcome outcome={waive.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={waive.sending}>
          Waive task
        </button>
      </div>
    </form>
  );
}

function MoveForm({ task, today, onDone }: { task: Task; today: string; onDone: () => void }) {
  const dateId = useId();
  const [dueDate, setDueDate] = useState(task.dueDate);
  const move = useOutboxWrite('MoveTask');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await move.send({ taskId: task.id, dueDate }, { baseVersion: task.version });
    if (!outcome.error) onDone();
  };
  return (
    <form className="form task-actions__form" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor={dateId}>New due date for task {task.number}</label>
        <input id={dateId} className="input" type="date" required min={today} max={dateBounds('planned', today).max} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        <p className="field-hint">A task moved by hand stays on its date when go-live moves, until you unpin it.</p>
      </div>
      <WriteOutcome outcome={move.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={move.sending}>
          Move task
        </button>
      </div>
    </form>
  );
}
