import { AccountRequestStatus, DefectSeverity, DefectStatus, DependencyStatus, DeploymentOrder, DeploymentStatus, HealthStatus, IncidentSeverity, IncidentStatus, Phase, ReadinessStatus, TaskStatus } from './enums';

// Which statuses count as open, settled or blocking (docs/domain.md#shared-rules): the server's
// queries and gates and the app's badges and filters read the same sets.

/** The lifecycle's phases, in order. */
export const PHASES: readonly Phase[] = Object.values(Phase);
export const HEALTH_STATUSES: readonly HealthStatus[] = Object.values(HealthStatus);
export const READINESS_STATUSES: readonly ReadinessStatus[] = Object.values(ReadinessStatus);
export const DEPLOYMENT_ORDERS: readonly DeploymentOrder[] = Object.values(DeploymentOrder);

/** Statuses of a deployment that is over: nothing to edit, reschedule or progress. */
export const INACTIVE_DEPLOYMENT_STATUSES: readonly DeploymentStatus[] = [DeploymentStatus.WITHDRAWN, DeploymentStatus.CLOSED];
export const isInactiveDeployment = (status: DeploymentStatus): boolean => INACTIVE_DEPLOYMENT_STATUSES.includes(status);
/** Statuses in which a deployment stands still, over or on hold: its phase does not advance and no task falls overdue. */
export const HALTED_DEPLOYMENT_STATUSES: readonly DeploymentStatus[] = [...INACTIVE_DEPLOYMENT_STATUSES, DeploymentStatus.ON_HOLD];
export const isHaltedDeployment = (status: DeploymentStatus): boolean => HALTED_DEPLOYMENT_STATUSES.includes(status);

/** Statuses in which a task still has work to do: only these can be overdue. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS];
/** Statuses that satisfy a prerequisite or a phase gate. */
export const SETTLED_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.DONE, TaskStatus.WAIVED, TaskStatus.NOT_APPLICABLE];
export const isOpenTaskStatus = (status: TaskStatus): boolean => OPEN_TASK_STATUSES.includes(status);

export const OPEN_DEPENDENCY_STATUSES: readonly DependencyStatus[] = [DependencyStatus.NOT_STARTED, DependencyStatus.IN_PROGRESS, DependencyStatus.WAITING];
export const isOpenDependencyStatus = (status: DependencyStatus): boolean => OPEN_DEPENDENCY_STATUSES.includes(status);

/** Statuses with nothing left to do: the access dependency is met when every request has one. */
export const SETTLED_ACCOUNT_STATUSES: readonly AccountRequestStatus[] = [AccountRequestStatus.ACTIVE, AccountRequestStatus.REJECTED];

/** Statuses in which a defect no longer blocks anything. */
export const SETTLED_DEFECT_STATUSES: readonly DefectStatus[] = [DefectStatus.VERIFIED, DefectStatus.WONT_FIX];
/** Severities whose open defects block sign-off and readiness. */
export const BLOCKING_SEVERITIES: readonly DefectSeverity[] = [DefectSeverity.CRITICAL, DefectSeverity.MAJOR];

/** Severities whose unresolved incidents hold back close-out (docs/domain.md#incidents-and-close-out). */
export const CLOSE_OUT_BLOCKING_SEVERITIES: readonly IncidentSeverity[] = [IncidentSeverity.SEV1, IncidentSeverity.SEV2];
export const SETTLED_INCIDENT_STATUSES: readonly IncidentStatus[] = [IncidentStatus.RESOLVED, IncidentStatus.CLOSED];
