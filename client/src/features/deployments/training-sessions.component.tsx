import { useId, useState, type FormEvent } from 'react';
import type { AttendeeInput, Role, TrainingAudience, TrainingMode, TrainingModule } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Workspace } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { LabelOptions } from '../../app/label-options.component';
import { doesFieldWork, isPlanner } from '../../../../rules/roles';
import { TRAINING_AUDIENCE_LABELS, TRAINING_MODE_LABELS, TRAINING_MODULE_LABELS } from '../../../../rules/labels';
import { dateBounds } from '../../../../rules/dates';

type Session = Workspace['trainingSessions'][number];


/** "Name, role" per line → attendees; lines without a role get "attendee". */
const parseAttendees = (text: string): AttendeeInput[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...role] = line.split(',');
      return { name: name.trim(), role: role.join(',').trim() || 'attendee' };
    });

/** CCPOR training sessions: planners schedule and change them; the CCPOR team records them held. */
export function TrainingSessions({ deploymentId, sessions, role, today }: { deploymentId: string; sessions: Session[]; role: Role; today: string }) {
  return (
    <section className="records" aria-labelledby="training-heading">
      <h2 id="training-heading">Training</h2>
      {sessions.length === 0 ? (
        <p className="muted">No training session scheduled yet.</p>
      ) : (
        <ul className="record-list">
          {sessions.map((session) => (
            <TrainingItem key={session.id} session={session} mayRecord={doesFieldWork(role)} mayChange={isPlanner(role)} today={today} />
          ))}
        </ul>
      )}
      {isPlanner(role) && <ScheduleTrainingForm deploymentId={deploymentId} today={today} />}
    </section>
  );
}

function TrainingItem({ session, mayRecord, mayChange, today }: { session: Session; mayRecord: boolean; mayChange: boolean; today: string }) {
  const [form, setForm] = useState<'change' | 'held'>();
  return (
    <li>
      <strong>
        {TRAINING_MODULE_LABELS[session.module]} · {TRAINING_AUDIENCE_LABELS[session.audience]}
      </strong>{' '}
      · {TRAINING_MODE_LABELS[session.mode]} · trainer {session.trainer} ·{' '}
      {session.status === 'HELD' && session.heldOn ? (
        <>
          held <time dateTime={session.heldOn}>{formatDate(session.heldOn)}</time>
        </>
      ) : (
        <>
          planned <time dateTime={session.scheduledOn}>{formatDate(session.scheduledOn)}</time>
        </>
      )}
      {session.attendees.length > 0 && (
        <p className="muted">Attendees: {session.attendees.map((a) => `${a.name} (${a.role})`).join(', ')}</p>
      )}
      {mayRecord && session.status === 'PLANNED' && (
        <div className="button-row button-row--start">
          <button type="button" className="button button--secondary" aria-expanded={form === 'held'} onClick={() => setForm(form === 'held' ? undefined : 'held')}>
            Record held…
          </button>
          {/* Trainer, date and mode are the planners' (docs/domain.md#training). */}
          {mayChange && (
            <button type="button" className="button button--secondary" aria-expanded={form === 'change'} onClick={() => setForm(form === 'change' ? undefined : 'change')}>
              Change…
            </button>
          )}
        </div>
      )}
      {form === 'held' && <RecordHeldForm session={session} today={today} onDone={() => setForm(undefined)} />}
      {form === 'change' && <ChangeSessionForm session={session} today={today} onDone={() => setForm(undefined)} />}
    </li>
  );
}

function RecordHeldForm({ session, today, onDone }: { session: Session; today: string; onDone: () => void }) {
  const ids = useId();
  const held = useOutboxWrite('RecordTrainingHeld');
  const [heldOn, setHeldOn] = useState(today);
  const [attendees, setAttendees] = useState(session.attendees.map((a) => `${a.name}, ${a.role}`).join('\n'));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await held.send({ sessionId: session.id, heldOn, attendees: parseAttendees(attendees) }, { baseVersion: session.version });
    if (!outcome.error) onDone();
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} aria-label="Record the session held">
      <div className="field">
        <label htmlFor={`${ids}-date`}>Held on</label>
        <input id={`${ids}-date`} className="input" type="date" required {...dateBounds('happened', today)} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-attendees`}>Attendees (one per line: name, role)</label>
        <textarea id={`${ids}-attendees`} className="input" rows={4} value={attendees} onChange={(e) => setAttendees(e.target.value)} />
      </div>
      <WriteOutcome outcome={held.outcome} />
      <button type="submit" className="button" disabled={held.sending}>
        Record held
      </button>
    </form>
  );
}

/** When, by whom and how a session is given: what scheduling one and changing one both ask. */
type SessionPlan = { scheduledOn: string; trainer: string; mode: TrainingMode };

function SessionPlanFields({ ids, plan, onChange, min, max }: { ids: string; plan: SessionPlan; onChange: (plan: SessionPlan) => void; min?: string; max: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${ids}-date`}>Date</label>
        <input
          id={`${ids}-date`}
          className="input"
          type="date"
          required
          min={min}
          max={max}
          value={plan.scheduledOn}
          onChange={(e) => onChange({ ...plan, scheduledOn: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-trainer`}>Trainer</label>
        <input id={`${ids}-trainer`} className="input" required value={plan.trainer} onChange={(e) => onChange({ ...plan, trainer: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-mode`}>Mode</label>
        <select id={`${ids}-mode`} value={plan.mode} onChange={(e) => onChange({ ...plan, mode: e.target.value as TrainingMode })}>
          <LabelOptions labels={TRAINING_MODE_LABELS} />
        </select>
      </div>
    </>
  );
}

function ChangeSessionForm({ session, today, onDone }: { session: Session; today: string; onDone: () => void }) {
  const ids = useId();
  const update = useOutboxWrite('UpdateTrainingSession');
  const [plan, setPlan] = useState<SessionPlan>({ scheduledOn: session.scheduledOn, trainer: session.trainer, mode: session.mode });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await update.send({ sessionId: session.id, ...plan }, { baseVersion: session.version });
    if (!outcome.error) onDone();
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} aria-label="Change the session">
      <SessionPlanFields ids={ids} plan={plan} onChange={setPlan} {...dateBounds('planned', today)} />
      <WriteOutcome outcome={update.outcome} />
      <button type="submit" className="button" disabled={update.sending}>
        Save session
      </button>
    </form>
  );
}

function ScheduleTrainingForm({ deploymentId, today }: { deploymentId: string; today: string }) {
  const ids = useId();
  const schedule = useOutboxWrite('ScheduleTraining');
  const [plan, setPlan] = useState<SessionPlan>({ scheduledOn: today, trainer: '', mode: 'CLASSROOM' });
  const [module, setModule] = useState<TrainingModule>('FULL_USE');
  const [audience, setAudience] = useState<TrainingAudience>('END_USERS');
  // A session held but never scheduled here is entered afterwards, on its past date (docs/domain.md#training).
  const [held, setHeld] = useState(false);
  const [attendees, setAttendees] = useState('');
  const bounds = held ? dateBounds('happened', today) : { min: today, max: dateBounds('planned', today).max };
  const onHeldChange = (value: boolean) => {
    setHeld(value);
    if (value && plan.scheduledOn > today) setPlan({ ...plan, scheduledOn: today });
    if (!value && plan.scheduledOn < today) setPlan({ ...plan, scheduledOn: today });
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await schedule.send({
      id: crypto.randomUUID(), deploymentId, ...plan, module, audience, held, attendees: held ? parseAttendees(attendees) : [],
    });
    if (!outcome.error) {
      setPlan({ ...plan, trainer: '' });
      setAttendees('');
    }
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{held ? 'Enter a session already held' : 'Schedule a training session'}</h3>
      <label className="choice">
        <input type="checkbox" checked={held} onChange={(e) => onHeldChange(e.target.checked)} /> Already held (a past session that was never scheduled here)
      </label>
      <SessionPlanFields ids={ids} plan={plan} onChange={setPlan} min={bounds.min} max={bounds.max} />
      <div className="field">
        <label htmlFor={`${ids}-module`}>Module</label>
        <select id={`${ids}-module`} value={module} onChange={(e) => setModule(e.target.value as TrainingModule)}>
          <LabelOptions labels={TRAINING_MODULE_LABELS} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-audience`}>Audience</label>
        <select id={`${ids}-audience`} value={audience} onChange={(e) => setAudience(e.target.value as TrainingAudience)}>
          <LabelOptions labels={TRAINING_AUDIENCE_LABELS} />
        </select>
      </div>
      {held && (
        <div className="field">
          <label htmlFor={`${ids}-attendees`}>Attendees (one per line: name, role)</label>
          <textarea id={`${ids}-attendees`} className="input" rows={4} value={attendees} onChange={(e) => setAttendees(e.target.value)} />
        </div>
      )}
      <WriteOutcome outcome={schedule.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={schedule.sending}>
          {held ? 'Record held session' : 'Schedule session'}
        </button>
      </div>
    </form>
  );
}
