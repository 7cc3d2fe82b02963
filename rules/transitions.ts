import { AccountRequestStatus, DefectStatus, DeploymentStatus, IncidentStatus } from './enums';

// Where a deployment, a CCPOR account request, a defect or an incident may go from each status (docs/domain.md#shared-rules). The server
// refuses any other move with INVALID_TRANSITION; the app offers only these.

/** Status changes a person may make; LIVE and CLOSED come only from goLive and close-out, WITHDRAWN is final. */
export const DEPLOYMENT_STATUS_TRANSITIONS: Readonly<Record<DeploymentStatus, readonly DeploymentStatus[]>> = {
  INTERESTED: [DeploymentStatus.COMMITTED, DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN],
  COMMITTED: [DeploymentStatus.IN_PROGRESS, DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN],
  IN_PROGRESS: [DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN],
  ON_HOLD: [DeploymentStatus.INTERESTED, DeploymentStatus.COMMITTED, DeploymentStatus.IN_PROGRESS, DeploymentStatus.WITHDRAWN],
  LIVE: [],
  CLOSED: [],
  WITHDRAWN: [],
};

/** A re-opened defect blocks again. */
export const DEFECT_TRANSITIONS: Readonly<Record<DefectStatus, readonly DefectStatus[]>> = {
  OPEN: [DefectStatus.FIXED, DefectStatus.WONT_FIX],
  FIXED: [DefectStatus.VERIFIED, DefectStatus.OPEN],
  VERIFIED: [DefectStatus.OPEN],
  WONT_FIX: [DefectStatus.OPEN],
};

/** CLOSED is final. */
export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  OPEN: [IncidentStatus.INVESTIGATING, IncidentStatus.RESOLVED],
  INVESTIGATING: [IncidentStatus.RESOLVED, IncidentStatus.OPEN],
  RESOLVED: [IncidentStatus.CLOSED, IncidentStatus.OPEN],
  CLOSED: [],
};

/** Whether `from` may become `to`; staying put is no move and always allowed. */
export function mayMove<S extends string>(transitions: Readonly<Record<S, readonly S[]>>, from: S, to: S): boolean {
  return from === to || transitions[from].includes(to);
}

/** A CCPOR account request: REQUESTED → APPROVED → ACTIVE, or REJECTED on the way. */
export const ACCOUNT_TRANSITIONS: Readonly<Record<AccountRequestStatus, readonly AccountRequestStatus[]>> = {
  REQUESTED: [AccountRequestStatus.APPROVED, AccountRequestStatus.REJECTED],
  APPROVED: [AccountRequestStatus.ACTIVE, AccountRequestStatus.REJECTED],
  ACTIVE: [],
  REJECTED: [],
};
