import type { Role } from '../../graphql/generated/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  COORDINATOR: 'Coordinator',
  FIELD_STAFF: 'Field staff',
  PARTNER_USER: 'Partner',
  REPORTER: 'Reporter',
};

/** Roles that may hold personal read-only API tokens (docs/security.md#api-tokens). */
const API_TOKEN_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'COORDINATOR', 'PARTNER_USER', 'REPORTER']);

export const mayUseApiTokens = (role: Role): boolean => API_TOKEN_ROLES.has(role);

/** The CCPOR team's planners (docs/security.md#roles): create, import, triage, edit CAT plans. */
export const isPlannerRole = (role: Role): boolean => role === 'ADMIN' || role === 'COORDINATOR';
