import { InputType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { DeploymentFilter } from '../deployment/deployment.inputs';
import { filteredDeploymentsSql } from '../deployment/deployment-list.service';

// The same filters as the deployments list, so that a report and the list it summarises agree.
@InputType({ description: 'Filters every report accepts; all given must match. They select deployments, and a report counts what belongs to them.' })
export class ReportFilter extends DeploymentFilter {}

/** SQL selecting the ids of the deployments a report covers, with its parameters. */
interface DeploymentSet {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The deployments the caller may see (deploymentScope) that match the filter, as a derived table
 * with the columns id, courtName, county and health. Reports join it; nothing outside it is counted.
 */
export function reportDeployments(ctx: Context, filter: ReportFilter | null | undefined): DeploymentSet {
  const { from, where, params } = filteredDeploymentsSql(ctx, filter, true);
  return { sql: `SELECT d.id, c.name AS "courtName", c.county, h.health ${from} WHERE ${where.join(' AND ')}`, params };
}
