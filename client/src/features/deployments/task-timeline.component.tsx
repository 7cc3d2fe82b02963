import { useState } from 'react';
import type { Role } from '../../graphql/generated/graphql';
import { daysBetween, formatDate } from '../../app/local-date.utils';
import type { Deployment } from './deployment-timeline.page';
import { TaskActions } from './task-actions.component';
import { CommentToggle } from '../comments/comment-thread.component';
import { PARTY_LABELS, PHASE_LABELS, TASK_KIND_LABELS, TASK_STATUS_LABELS } from '../../../../rules/labels';
import { mayProgressTasks } from '../../../../rules/roles';
import { isInactiveDeployment, isOpenTaskStatus, PHASES } from '../../../../rules/statuses';

type Task = Deployment['tasks'][number];

/** Every task by phase, with the actions the signed-in role may take on each. */
export function TaskTimeline({
  deployment,
  today,
  role,
  organizationId,
}: {
  deployment: Deployment;
  today: string;
  role: Role;
  organizationId: string | undefined;
}) {
  const phases = PHASES.map((phase) => ({
    phase,
    tasks: deployment.tasks.filter((task) => task.phase === phase).sort((a, b) => a.number - b.number),
  })).filter((group) => group.tasks.length > 0);
  const active = mayProgressTasks(role) && !isInactiveDeployment(deployment.status);
  // A partner answers only the tasks its own organization owns (the court's, or an LEA's).
  const ownParty = organizationId === deployment.court.id ? 'COURT' : deployment.participatingLeas.some((lea) => lea.id === organizationId) ? 'LEA' : undefined;
  const mayAct = (task: Task) => active && (role !== 'PARTNER_USER' || task.party === ownParty);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {phases.map(({ phase, tasks }) => (
        <section key={phase} className="timeline-phase" aria-labelledby={`phase-${phase}`}>
          <h3 id={`phase-${phase}`}>
            {PHASE_LABELS[phase]}
            {phase === deployment.phase && <span className="badge badge--current">Current phase</span>}
          </h3>
          <ol className="task-list">
            {tasks.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                today={today}
                role={role}
                actionable={mayAct(task)}
                live={!!deployment.actualGoLive}
              />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function TaskItem({ task, today, role, actionable, live }: { task: Task; today: string; role: Role; actionable: boolean; live: boolean }) {
  const [open, setOpen] = useState(false);
  const daysOverdue = isOpenTaskStatus(task.status) ? daysBetween(task.dueDate, today) : 0;
  const panelId = `task-actions-${task.id}`;
  const hasActions = actionable && task.kind !== 'MILESTONE';
  return (
    <li className={daysOverdue > 0 ? 'task task--overdue' : 'task'}>
      <span className="task__number" aria-label={`Task ${task.number}`}>
        {task.number}
      </span>
      <div className="task__body">
        <p className="task__title">
          {task.title}
          {!task.required && <span className="muted"> (optional)</span>}
        </p>
        <p className="task__meta muted">
          {PARTY_LABELS[task.party]} · {TASK_KIND_LABELS[task.kind]}
          {task.assignee ? ` · Assigned to ${task.assignee.displayName}` : isOpenTaskStatus(task.status) && ' · Unassigned'}
        </p>
        {task.reason && <p className="task__meta muted">Reason: {task.reason}</p>}
        <p className="task__badges">
          <span className={`badge badge--task-${task.status.toLowerCase().replaceAll('_', '-')}`}>
            {TASK_STATUS_LABELS[task.status]}
          </span>
          {task.pinned && <span className="badge badge--neutral">Pinned: moved by hand</span>}
          {task.pastDueAtCreation && <span className="badge badge--neutral">Past due at creation</span>}
          {daysOverdue > 0 && (
            <span className="badge badge--overdue">
              Overdue by {daysOverdue} {daysOverdue === 1 ? 'day' : 'days'}
            </span>
          )}
        </p>
        {hasActions && (
          <button
            type="button"
            className="button button--link task__toggle"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            aria-label={`${open ? 'Hide actions' : 'Actions'} for task ${task.number}`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide actions' : 'Actions'}
          </button>
        )}
        {hasActions && open && <TaskActions id={panelId} task={task} role={role} live={live} today={today} />}
        <CommentToggle subject={{ field: 'taskId', id: task.id, about: `task ${task.number} ‘${task.title}’` }} />
      </div>
      <div className="task__date">
        <span className="muted">Due</span> <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
        {task.completedOn && (
          <span className="task__done">
            <span className="muted">Done</span> <time dateTime={task.completedOn}>{formatDate(task.completedOn)}</time>
          </span>
        )}
      </div>
    </li>
  );
}
