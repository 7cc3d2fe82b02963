import type { ResponseStatus } from '../../graphql/generated/graphql';

/** The badge colour of a status: done, waiting on someone, or needs the court's work. */
export const RESPONSE_STATUS_BADGES: Record<ResponseStatus, string> = {
  DRAFT: 'badge--task-in-progress',
  SUBMITTED: 'badge--task-in-progress',
  ACCEPTED: 'badge--task-done',
  RETURNED: 'badge--overdue',
};
