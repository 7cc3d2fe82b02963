import type {
  DependencyStatus,
  DeploymentStatus,
  HealthStatus,
  Party,
  Phase,
  TaskKind,
  TaskStatus,
} from '../../graphql/generated/graphql';

// Records keyed by the generated enum types: a new enum value in the schema fails the typecheck
// here instead of showing a raw code on screen.

/** In lifecycle order; the timeline and the phase filter rely on it. */
export const PHASE_LABELS: Record<Phase, string> = {
  PLANNING: 'Planning',
  SCOPE: 'Scope',
  IMPLEMENT: 'Implement',
  GO_LIVE: 'Go-Live',
  POST_GO_LIVE: 'Post go-live',
};
export const PHASES = Object.keys(PHASE_LABELS) as Phase[];

export const HEALTH_LABELS: Record<HealthStatus, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  LATE: 'Late',
};
export const HEALTH_STATUSES = Object.keys(HEALTH_LABELS) as HealthStatus[];

export const DEPLOYMENT_STATUS_LABELS: Record<DeploymentStatus, string> = {
  INTERESTED: 'Interested',
  COMMITTED: 'Committed',
  IN_PROGRESS: 'In progress',
  LIVE: 'Live',
  CLOSED: 'Closed',
  ON_HOLD: 'On hold',
  WITHDRAWN: 'Withdrawn',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  WAIVED: 'Waived',
  NOT_APPLICABLE: 'Not applicable',
};

export const DEPENDENCY_STATUS_LABELS: Record<DependencyStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  WAITING: 'Waiting',
  MET: 'Met',
  NOT_APPLICABLE: 'Not applicable',
};

export const PARTY_LABELS: Record<Party, string> = {
  CCPOR_TEAM: 'CCPOR team',
  COURT: 'Court',
  LEA: 'LEA',
  DOJ: 'CA DOJ',
  CCTC: 'CCTC',
};

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  DOCUMENT: 'Document',
  RESPONSE: 'Response',
  MEETING: 'Meeting',
  COURT_ACTIVITY: 'Court activity',
  MILESTONE: 'Milestone',
};

/** Work still to be done: only these can be overdue. */
export const isOpenTaskStatus = (status: TaskStatus): boolean => status === 'OPEN' || status === 'IN_PROGRESS';
export const isOpenDependencyStatus = (status: DependencyStatus): boolean =>
  status !== 'MET' && status !== 'NOT_APPLICABLE';
