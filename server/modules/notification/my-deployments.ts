import type { Context } from '../../graphql/context';
import { Role } from '../user/user.entity';
import { deploymentScope } from '../access/scope';

/**
 * "My deployments" as a SQL condition on the deployment alias `d`: for field staff and partners
 * their whole scope (assigned deployments, their organization's); for the CCPOR team and
 * reporters, who may see every deployment, only those they lead as coordinator or are assigned to,
 * so that a coordinator hears about their own courts and not about everyone's.
 */
export function myDeploymentsSql(ctx: Context): { sql: string; params: Record<string, unknown> } {
  const { role, userId } = ctx.actor;
  if (role === Role.FIELD_STAFF || role === Role.PARTNER_USER) return deploymentScope(ctx);
  if (!userId) return { sql: '1 = 0', params: {} };
  return {
    sql: '(d."coordinatorId" = :myUserId OR d.id IN (SELECT "deploymentId" FROM deployment_field_staff WHERE "userId" = :myUserId))',
    params: { myUserId: userId },
  };
}
