import type { Role } from '../../graphql/generated/graphql';

// docs/security.md#roles: questionnaires are answered by the CCPOR team, field staff (with the
// court, on-site) and partners; only the CCPOR team's planners review them.

export const ANSWERING_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'COORDINATOR', 'FIELD_STAFF', 'PARTNER_USER']);
export const REVIEWING_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'COORDINATOR']);
