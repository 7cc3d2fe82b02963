import type { Role } from '../../graphql/generated/graphql';

// What each role may do on a deployment's page (docs/security.md#roles); the API enforces the
// same rules, the page only leaves out controls that would be refused.

/** Create, reschedule, advance the phase, assign, waive/reopen/move tasks, dependencies and records. */
export const isPlanner = (role: Role): boolean => role === 'ADMIN' || role === 'COORDINATOR';
/** Start and complete tasks (partners only their own organization's, which the API checks). */
export const mayProgressTasks = (role: Role): boolean => role !== 'REPORTER';
/** Scanner assessments, CAT runs and "available offline": the site visit. */
export const doesFieldWork = (role: Role): boolean => isPlanner(role) || role === 'FIELD_STAFF';
/** Ask for CCPOR accounts for people of the court or an LEA. */
export const mayRequestAccounts = (role: Role): boolean => role !== 'REPORTER';
