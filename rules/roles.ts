import { Role } from './enums';

// Who may do what (docs/security.md#roles). The API enforces these sets with @Authorized(...) on
// every operation; the app asks the same sets only to leave out controls the API would refuse.
const { ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER, REPORTER } = Role;

/** Every signed-in role: reads, scoped to what the caller may see. */
export const ANY_ROLE: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER, REPORTER];
/** The CCPOR team's planners: create, import, reschedule, advance, assign, triage, CAT plans, reviews. */
export const PLANNERS: readonly Role[] = [ADMIN, COORDINATOR];
/** Administration: users, templates, scanner requirements, questionnaires. */
export const ADMINS: readonly Role[] = [ADMIN];
/**
 * Progress on tasks, questionnaires, defects and account requests: planners, field staff on
 * assigned deployments, partners on their own organization's (the API checks the scope).
 */
export const TASK_PROGRESS: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/**
 * Naming a task's assignee: planners for every task, partners for their own organization's tasks
 * (the API checks whom each may name, docs/domain.md#named-owners).
 */
export const TASK_ASSIGNERS: readonly Role[] = [ADMIN, COORDINATOR, PARTNER_USER];
/** Site work: scanner assessments, test runs, training attendance, "available offline". */
export const FIELD_WORK: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF];
/** Reporting an incident after go-live. */
export const INCIDENT_REPORTERS: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/** Signing off a run: the CCPOR team for itself, partners for their own organization. */
export const SIGNERS: readonly Role[] = [ADMIN, COORDINATOR, PARTNER_USER];
/** Comments: the CCPOR team reads and writes internal and shared ones, partners shared ones; reporters read none. */
export const COMMENTERS: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/** The CCPOR team: the only readers of internal comments (field staff on their assigned deployments). */
export const INTERNAL_READERS: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF];
/** The court approves close-out. */
export const CLOSE_OUT_APPROVERS: readonly Role[] = [PARTNER_USER];
/** People whose work includes contact details (reporters see none). */
export const CONTACT_READERS: readonly Role[] = [ADMIN, COORDINATOR, FIELD_STAFF, PARTNER_USER];
/** Who may hold personal read-only API tokens (docs/security.md#api-tokens). */
export const TOKEN_HOLDERS: readonly Role[] = [ADMIN, COORDINATOR, PARTNER_USER, REPORTER];

export const isPlanner = (role: Role): boolean => PLANNERS.includes(role);
export const isAdmin = (role: Role): boolean => ADMINS.includes(role);
export const mayProgressTasks = (role: Role): boolean => TASK_PROGRESS.includes(role);
export const mayAssignTasks = (role: Role): boolean => TASK_ASSIGNERS.includes(role);
export const doesFieldWork = (role: Role): boolean => FIELD_WORK.includes(role);
export const mayReportIncidents = (role: Role): boolean => INCIDENT_REPORTERS.includes(role);
export const maySignOff = (role: Role): boolean => SIGNERS.includes(role);
export const mayComment = (role: Role): boolean => COMMENTERS.includes(role);
export const readsInternalComments = (role: Role): boolean => INTERNAL_READERS.includes(role);
export const mayUseApiTokens = (role: Role): boolean => TOKEN_HOLDERS.includes(role);
