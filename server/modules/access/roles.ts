// Who may call what (docs/security.md#roles). Resolvers name one of the shared role sets on every
// operation with @Authorized(...); an operation without a rule does not build
// (assertEveryOperationHasARule in auth-checker.ts).
export {
  ADMINS, ANY_ROLE, CLOSE_OUT_APPROVERS, COMMENTERS, CONTACT_READERS, FIELD_WORK, INCIDENT_REPORTERS, PLANNERS, SIGNERS, TASK_ASSIGNERS, TASK_PROGRESS, TOKEN_HOLDERS,
} from '../../../rules/roles';

/** Operations anyone may call, signed in or not. */
export const PUBLIC_OPERATIONS = new Set(['signIn', 'signOut', 'me', 'completePasswordReset', 'unsubscribeMail']);
