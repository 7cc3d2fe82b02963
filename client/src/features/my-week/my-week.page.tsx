import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { daysBetween, formatDate } from '../../app/local-date.utils';
import type { MyWeekQuery } from '../../graphql/generated/graphql';
import { useMyWeek } from './useMyWeek';
import { useMe } from '../session/useMe';
import { LoadFailed } from '../../app/load-failed.component';
import './my-week.css';
import { PARTY_LABELS, PHASE_LABELS, TASK_STATUS_LABELS } from '../../../../rules/labels';
import { DEPENDENCY_KIND_LABELS } from '../../../../rules/labels';


type DueTask = MyWeekQuery['tasksDue']['nodes'][number];

export function MyWeekPage() {
  // My tasks by default; `?tasks=all` shows every task of the deployments in scope (a bookmarkable view).
  const [searchParams, setSearchParams] = useSearchParams();
  const mine = searchParams.get('tasks') !== 'all';
  const shownId = useId();
  const { today, weekEnd, tasks, totalTasks, dependencies, totalWaiting, loading, error, retry } = useMyWeek(mine);
  const { me } = useMe();
  const overdue = tasks.filter((t) => t.dueDate < today);
  const thisWeek = tasks.filter((t) => t.dueDate >= today);

  return (
    <>
      <title>My week – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>My week</h1>
        <p className="muted">
          Today is {formatDate(today)}; the week ends {formatDate(weekEnd)}.
        </p>
      </div>
      <form className="filters" aria-label="Which tasks" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={shownId}>Tasks</label>
          <select
            id={shownId}
            className="input"
            value={mine ? 'mine' : 'all'}
            onChange={(e) => setSearchParams(e.target.value === 'all' ? { tasks: 'all' } : {}, { replace: true })}
          >
            <option value="mine">Mine: assigned to me, or unassigned of my party</option>
            <option value="all">Every task of my deployments</option>
          </select>
        </div>
      </form>

      {error ? (
        <LoadFailed what="Your week" error={error} onRetry={retry} />
      ) : loading ? (
        <p className="status-message" role="status">
          Loading…
        </p>
      ) : (
        <>
          <TaskSection id="week-overdue" title={`Overdue (${overdue.length})`} tasks={overdue} today={today} empty="Nothing is overdue." meId={me?.id} />
          <TaskSection id="week-due" title={`Due this week (${thisWeek.length})`} tasks={thisWeek} today={today} empty="Nothing else is due this week." meId={me?.id} />
          {totalTasks > tasks.length && (
            <p className="callout callout--warning">
              Showing the first {tasks.length} of {totalTasks} tasks, oldest due first.
            </p>
          )}

          <section aria-labelledby="week-waiting" className="week-section">
            <h2 id="week-waiting">Dependencies waiting longest</h2>
            {dependencies.length === 0 ? (
              <p className="empty-state">No dependency is waiting on anyone.</p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="week-waiting">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Court</th>
                      <th scope="col">Dependency</th>
                      <th scope="col">Waiting on</th>
                      <th scope="col">Since</th>
                      <th scope="col" className="numeric">Days</th>
                      <th scope="col">Due</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dependencies.map((d) => (
                      <tr key={d.dependencyId}>
                        <th scope="row">
                          <Link to={`/deployments/${d.deploymentId}`}>{d.courtName}</Link>
                        </th>
                        <td>{DEPENDENCY_KIND_LABELS[d.kind]}</td>
                        <td>{PARTY_LABELS[d.waitingOn]}</td>
                        <td className="nowrap">{formatDate(d.waitingSince)}</td>
                        <td className="numeric">{d.daysWaiting}</td>
                        <td className="nowrap">{formatDate(d.dueDate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {totalWaiting > dependencies.length && (
              <p className="muted">
                {totalWaiting - dependencies.length} more waiting; see the <Link to="/portfolio">portfolio</Link>.
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}

function TaskSection({ id, title, tasks, today, empty, meId }: { id: string; title: string; tasks: DueTask[]; today: string; empty: string; meId?: string }) {
  return (
    <section aria-labelledby={id} className="week-section">
      <h2 id={id}>{title}</h2>
      {tasks.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul className="task-list week-tasks">
          {tasks.map((task) => {
            const late = daysBetween(task.dueDate, today);
            return (
              <li key={task.id} className={late > 0 ? 'task task--overdue' : 'task'}>
                <span className="task__number">{task.number}</span>
                <div>
                  <p className="task__title">
                    <Link to={`/deployments/${task.deploymentId}`}>{task.deployment.court.name}</Link>: {task.title}
                  </p>
                  <p className="task__meta muted">
                    {PHASE_LABELS[task.phase]} · {PARTY_LABELS[task.party]} · {TASK_STATUS_LABELS[task.status]} ·{' '}
                    {!task.assignee ? 'Unassigned' : task.assignee.id === meId ? 'Assigned to you' : `Assigned to ${task.assignee.displayName}`}
                  </p>
                </div>
                <p className="task__date">
                  Due <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
                  {late > 0 && <span className="badge badge--overdue">{late} {late === 1 ? 'day' : 'days'} overdue</span>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
