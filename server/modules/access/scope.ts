import type { Context } from '../../graphql/context';
import { Role } from '../user/user.entity';

/**
 * The deployments a caller may see, as a SQL condition on the deployment alias `d`: everything
 * for the CCPOR team and reporters, assigned deployments for field staff, and for a partner the
 * deployments of their court or in which their agency takes part. Every list, count and aggregate
 * over deployments adds it, so nothing leaks (not even through totalCount).
 */
export function deploymentScope(ctx: Context): { sql: string; params: Record<string, unknown> } {
  const { role, userId, organizationId } = ctx.actor;
  switch (role) {
    case Role.ADMIN:
    case Role.COORDINATOR:
    case Role.REPORTER:
      return { sql: '1 = 1', params: {} };
    case Role.FIELD_STAFF:
      return {
        sql: 'd.id IN (SELECT "deploymentId" FROM deployment_field_staff WHERE "userId" = :scopeUserId)',
        params: { scopeUserId: userId },
      };
    case Role.PARTNER_USER:
      return {
        sql: '(d."courtId" = :scopeOrganizationId OR d.id IN (SELECT "deploymentId" FROM deployment_lea WHERE "organizationId" = :scopeOrganizationId))',
        params: { scopeOrganizationId: organizationId },
      };
    default:
      // Work the system does itself (seeding) sees everything; an unknown caller sees nothing.
      return { sql: ctx.actor.via === 'system' ? '1 = 1' : '1 = 0', params: {} };
  }
}
