// Scheduling backwards from go-live (docs/domain.md#scheduling). Pure functions on ISO dates,
// so the rules can be tested without a database.
import { addDays } from '../../shared/dates';
import { Phase, PHASE_ORDER, PHASE_STARTS_AT } from '../lifecycle-template/lifecycle.enums';

/** A task's due date: go-live plus its offset in days. */
export const dueDate = (goLive: string, offsetDays: number) => addDays(goLive, offsetDays);

/** The latest date a phase may begin for this go-live, or null for Go-Live and Post go-live. */
const phaseStartsBy = (phase: Phase, goLive: string) => {
  const offset = PHASE_STARTS_AT[phase];
  return offset === undefined ? null : addDays(goLive, offset);
};

/**
 * Phases whose window is too short: the current phase if it was entered after it should have begun,
 * and every later phase that should already have begun by `today`.
 */
export function phasesWithShortWindows(goLive: string, currentPhase: Phase, phaseEnteredOn: string, today: string): Phase[] {
  const current = PHASE_ORDER.indexOf(currentPhase);
  return PHASE_ORDER.filter((phase, i) => {
    const startsBy = phaseStartsBy(phase, goLive);
    if (startsBy === null || i < current) return false;
    return i === current ? phaseEnteredOn > startsBy : today > startsBy;
  });
}

interface SchedulableTask {
  id: string;
  offsetDays: number;
  dueDate: string;
  pinned: boolean;
  open: boolean;
}

export interface TaskMove {
  id: string;
  from: string;
  to: string;
}

/**
 * Re-plans a go-live move: every open task not moved by hand goes to its offset from the new
 * go-live (so moving back restores each date exactly); completed tasks keep their dates; pinned
 * tasks stay and are reported.
 */
/** An open task due before today after a move: its date then, and whether it was not past due before. */
export interface PastDue {
  id: string;
  dueDate: string;
  newly: boolean;
}

/** Every open task that would be due before today after a move (pinned ones too, at their own date). */
export function replan(tasks: SchedulableTask[], newGoLive: string, today: string) {
  const moved: TaskMove[] = [];
  const pinned: string[] = [];
  const pastDue: PastDue[] = [];
  for (const t of tasks) {
    if (!t.open) continue;
    const to = t.pinned ? t.dueDate : dueDate(newGoLive, t.offsetDays);
    if (t.pinned) pinned.push(t.id);
    else if (to !== t.dueDate) moved.push({ id: t.id, from: t.dueDate, to });
    if (to < today) pastDue.push({ id: t.id, dueDate: to, newly: t.dueDate >= today });
  }
  return { moved, pinned, pastDue };
}
