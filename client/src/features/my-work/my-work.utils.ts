// What the home lists as coming up, from the deployments it loaded. Pure, so it is unit-tested.
import { californiaDate } from '../../../../rules/dates';
import { compareIso } from '../../app/local-date.utils';
import type { DeploymentStatus, Party, SignOffStatus, TaskStatus, TrainingMode, TrainingModule } from '../../../../rules/enums';
import { TRAINING_MODE_LABELS, TRAINING_MODULE_LABELS } from '../../../../rules/labels';
import { isInactiveDeployment, isOpenTaskStatus } from '../../../../rules/statuses';

/** The calendar date in California now: deadlines are Pacific-time days (docs/domain.md#scheduling). */
export function californiaToday(now: Date = new Date()): string {
  return californiaDate(now);
}

/** What upcomingDates reads of a deployment (the MyWork query's shape). */
export interface DeploymentDates {
  id: string;
  status: DeploymentStatus;
  court: { name: string };
  meetings: readonly { id: string; title: string; meetingOn: string; held: boolean }[];
  trainingSessions: readonly { id: string; scheduledOn: string; status: string; module: TrainingModule; mode: TrainingMode }[];
  /** Its test-date tasks (Court Acceptance Testing): the MyWork query asks only those (`tasks(keys: …)`). */
  tasks: readonly { id: string; title: string; dueDate: string; status: TaskStatus }[];
}

export interface UpcomingDate {
  key: string;
  kind: 'Meeting' | 'Training' | 'CAT';
  title: string;
  date: string;
  deploymentId: string;
  courtName: string;
}

/**
 * Meetings not yet held, planned training sessions and open CAT test dates from `today` on
 * (ISO dates), soonest first.
 */
export function upcomingDates(deployments: readonly DeploymentDates[], today: string): UpcomingDate[] {
  const dates: UpcomingDate[] = [];
  for (const d of deployments) {
    // A closed or withdrawn deployment has nothing coming up (docs/domain.md#to-dos).
    if (isInactiveDeployment(d.status)) continue;
    const at = { deploymentId: d.id, courtName: d.court.name };
    for (const m of d.meetings) {
      if (!m.held && m.meetingOn >= today) dates.push({ key: `meeting:${m.id}`, kind: 'Meeting', title: m.title, date: m.meetingOn, ...at });
    }
    for (const t of d.trainingSessions) {
      if (t.status === 'PLANNED' && t.scheduledOn >= today) {
        const title = `CCPOR training (${TRAINING_MODULE_LABELS[t.module].toLowerCase()}, ${TRAINING_MODE_LABELS[t.mode].toLowerCase()})`;
        dates.push({ key: `training:${t.id}`, kind: 'Training', title, date: t.scheduledOn, ...at });
      }
    }
    for (const task of d.tasks) {
      if (isOpenTaskStatus(task.status) && task.dueDate >= today) {
        dates.push({ key: `task:${task.id}`, kind: 'CAT', title: task.title, date: task.dueDate, ...at });
      }
    }
  }
  return dates.sort((a, b) => compareIso(a.date, b.date) || compareIso(a.key, b.key));
}

/** What signOffsToRedo reads of a deployment (the MyWork query's shape). */
export interface DeploymentSignOffs {
  id: string;
  status: DeploymentStatus;
  court: { name: string };
  testRuns: readonly { id: string; purpose: string; signOffs: readonly { id: string; party: Party; organizationId: string | null; status: SignOffStatus }[] }[];
}

export interface SignAgain {
  deploymentId: string;
  runId: string;
  courtName: string;
}

/**
 * The runs an organization signed whose sign-off has turned STALE and that it has not signed again
 * since: "to sign again" on its list (docs/domain.md#to-dos). Nothing of a closed or withdrawn deployment.
 */
export function signOffsToRedo(deployments: readonly DeploymentSignOffs[], organizationId: string | undefined): SignAgain[] {
  if (!organizationId) return [];
  return deployments.filter((d) => !isInactiveDeployment(d.status)).flatMap((d) => d.testRuns
    .filter((run) => {
      const own = run.signOffs.filter((s) => s.organizationId === organizationId);
      return own.some((s) => s.status === 'STALE') && !own.some((s) => s.status === 'CURRENT');
    })
    .map((run) => ({ deploymentId: d.id, runId: run.id, courtName: d.court.name })));
}
