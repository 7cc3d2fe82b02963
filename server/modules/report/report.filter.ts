import { InputType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { deploymentScope } from '../access/scope';
import { DeploymentFilter } from '../deployment/deployment.inputs';
import { healthParams, healthTableSql } from '../deployment/health';

// The same filters as the deployments list, so that a report and the list it summarises agree.
@InputType({ description: 'Filters every report accepts; all given must match. They select deployments, and a report counts what belongs to them.' })
export class ReportFilter extends DeploymentFilter {}

/** SQL selecting the ids of the deployments a report covers, with its parameters. */
export interface DeploymentSet {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The deployments the caller may see (deploymentScope) that match the filter, as a derived table
 * with the columns id, courtName, county and health. Reports join it; nothing outside it is counted.
 */
export function reportDeployments(ctx: Context, filter: ReportFilter | null | undefined): DeploymentSet {
  if (filter?.goLiveFrom && filter.goLiveTo && filter.goLiveFrom > filter.goLiveTo) {
    throw badInput([{ field: 'filter.goLiveTo', message: 'must be on or after goLiveFrom.' }]);
  }
  const scope = deploymentScope(ctx);
  const params: Record<string, unknown> = { ...healthParams(today(ctx.clock)), ...scope.params };
  const where: string[] = [scope.sql];
  if (filter?.phase?.length) { where.push('d.phase IN (:...phases)'); params.phases = filter.phase; }
  if (filter?.status?.length) { where.push('d.status IN (:...statuses)'); params.statuses = filter.status; }
  if (filter?.health?.length) { where.push('h.health IN (:...healths)'); params.healths = filter.health; }
  if (filter?.county?.length) { where.push('c.county IN (:...counties)'); params.counties = filter.county; }
  if (filter?.wave?.length) { where.push('d.wave IN (:...waves)'); params.waves = filter.wave; }
  if (filter?.goLiveFrom) { where.push('d."targetGoLive" >= :goLiveFrom'); params.goLiveFrom = filter.goLiveFrom; }
  if (filter?.goLiveTo) { where.push('d."targetGoLive" <= :goLiveTo'); params.goLiveTo = filter.goLiveTo; }
  const sql = `
    SELECT d.id, c.name AS "courtName", c.county, h.health
    FROM deployment d
    JOIN organization c ON c.id = d."courtId"
    JOIN (${healthTableSql(ctx.db)}) h ON h."deploymentId" = d.id
    WHERE ${where.join(' AND ')}`;
  return { sql, params };
}
