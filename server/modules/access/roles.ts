import { Role } from '../user/user.entity';

// Who may call what (docs/security.md#roles). Resolvers name one of these on every operation with
// @Authorized(...); an operation without a rule does not build (assertEveryOperationHasARule in auth-checker.ts).
const { ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER, REPORTER } = Role;

/** Every signed-in role: reads, scoped to what the caller may see. */
export const ANY_ROLE = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER, REPORTER];
/** The CCPOR team's planners: create, reschedule, advance, assign, dependencies, meetings, documents. */
export const PLANNERS = [ADMIN, COORDINATOR];
/** Administration: users, templates, scanner requirements. */
export const ADMINS = [ADMIN];
/** Progress on tasks: planners, field staff on assigned deployments, partners on their own tasks. */
export const TASK_PROGRESS = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/** Site work: scanner assessments, test runs, training attendance. */
export const FIELD_WORK = [ADMIN, COORDINATOR, FIELD_STAFF];
/** Reporting an incident after go-live. */
export const INCIDENT_REPORTERS = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/** Signing off a run: the CCPOR team for itself, partners for their own organization. */
export const SIGNERS = [ADMIN, COORDINATOR, PARTNER_USER];
/** The court approves close-out. */
export const CLOSE_OUT_APPROVERS = [PARTNER_USER];
/** People whose work includes contact details (reporters see none). */
export const CONTACT_READERS = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/** Who may hold personal read-only API tokens. */
export const TOKEN_HOLDERS = [ADMIN, COORDINATOR, PARTNER_USER, REPORTER];

/** Operations anyone may call, signed in or not. */
export const PUBLIC_OPERATIONS = new Set(['signIn', 'signOut', 'me', 'completePasswordReset']);
