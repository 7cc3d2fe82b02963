import { Role } from '../user/user.entity';

/** Whom "my tasks" are asked for. */
export interface TaskOwner { id: string | null; role: Role | null; organizationId: string | null }

/**
 * "My tasks" as a SQL condition on the task alias `t` and its deployment `d`
 * (docs/domain.md#named-owners): the tasks assigned to me, and the unassigned tasks of the party I
 * answer for. For a partner, the court's tasks of their court and the LEA tasks of deployments their
 * agency takes part in; on the CCPOR team, the team's, the DOJ's and CCTC's tasks of the
 * deployments they coordinate or are assigned to. My work, the daily digest and the calendar feed
 * ask it; a reporter answers for none.
 */
export function myTasksSql(person: TaskOwner, t = 't', d = 'd'): { sql: string; params: Record<string, unknown> } {
  if (!person.id) return { sql: '1 = 0', params: {} };
  const assigned = `${t}."assigneeId" = :mineUserId`;
  const params = { mineUserId: person.id, mineOrganizationId: person.organizationId };
  let ours: string | null;
  if (person.role === Role.PARTNER_USER) {
    ours = `((${t}.party = 'COURT' AND ${d}."courtId" = :mineOrganizationId)
      OR (${t}.party = 'LEA' AND ${d}.id IN (SELECT "deploymentId" FROM deployment_lea WHERE "organizationId" = :mineOrganizationId)))`;
  } else if (person.role === Role.REPORTER) {
    ours = null;
  } else {
    ours = `${t}.party IN ('CCPOR_TEAM', 'DOJ', 'CCTC')
      AND (${d}."coordinatorId" = :mineUserId OR ${d}.id IN (SELECT "deploymentId" FROM deployment_field_staff WHERE "userId" = :mineUserId))`;
  }
  return { sql: ours ? `(${assigned} OR (${t}."assigneeId" IS NULL AND ${ours}))` : `(${assigned})`, params };
}
