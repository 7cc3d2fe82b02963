import type { ResponseStatus } from '../../graphql/generated/graphql';

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted, waiting for review',
  ACCEPTED: 'Accepted',
  RETURNED: 'Returned for corrections',
};

/** The badge colour of a status: done, waiting on someone, or needs the court's work. */
export const RESPONSE_STATUS_BADGES: Record<ResponseStatus, string> = {
  DRAFT: 'badge--task-in-progress',
  SUBMITTED: 'badge--task-in-progress',
  ACCEPTED: 'badge--task-done',
  RETURNED: 'badge--overdue',
};
