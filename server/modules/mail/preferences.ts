import type { User } from '../user/user.entity';
import { MailDelivery, MailKind } from './mail.entity';

/** How each kind is delivered to a person who has not chosen: at once, except the tasks due, which are the digest's own. */
export const DEFAULT_DELIVERY: Record<MailKind, MailDelivery> = {
  TASK_ASSIGNED: 'IMMEDIATELY',
  TASKS_DUE: 'DAILY_DIGEST',
  DEPENDENCY_OVERDUE: 'IMMEDIATELY',
  QUESTIONNAIRE_TO_ANSWER: 'IMMEDIATELY',
  SIGN_OFF_REQUESTED: 'IMMEDIATELY',
  READINESS_CHANGED: 'IMMEDIATELY',
  TRAINING_SCHEDULED: 'IMMEDIATELY',
  GO_LIVE_SET: 'IMMEDIATELY',
  INCIDENT: 'IMMEDIATELY',
  MENTION: 'IMMEDIATELY',
};

/** How a person gets e-mail of this kind. */
export const deliveryOf = (person: Pick<User, 'mailPreferences'>, kind: MailKind): MailDelivery =>
  person.mailPreferences?.[kind] ?? DEFAULT_DELIVERY[kind];
