import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DependencyKind } from '../dependency/dependency.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import type { Context } from '../../graphql/context';
import { DeploymentFilter } from '../deployment/deployment.inputs';
import { filteredDeploymentsSql } from '../deployment/deployment-list.service';

// The same filters as the deployments list, so that a report and the list it summarises agree.
@InputType({ description: 'Filters every report accepts; all given must match. They select deployments, and a report counts what belongs to them.' })
export class ReportFilter extends DeploymentFilter {
  @Field(() => [Party], { nullable: true, description: 'Dependency reports only: dependencies waiting on these parties.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10)
  waitingOn?: Party[] | null;

  @Field(() => [DependencyKind], { nullable: true, description: 'Dependency reports only: dependencies of these kinds.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10)
  dependencyKind?: DependencyKind[] | null;
}

/** SQL conditions (each starting with AND) on the dependency `dep` for the filter's dependency fields, with their parameters. */
export function dependencyConditions(filter: ReportFilter | null | undefined): { sql: string; params: Record<string, unknown> } {
  let sql = '';
  const params: Record<string, unknown> = {};
  if (filter?.waitingOn?.length) {
    sql += ` AND dep.status = 'WAITING' AND dep."waitingOn" IN (:...waitingOn)`;
    params.waitingOn = filter.waitingOn;
  }
  if (filter?.dependencyKind?.length) {
    sql += ' AND dep.kind IN (:...dependencyKind)';
    params.dependencyKind = filter.dependencyKind;
  }
  return { sql, params };
}

/** SQL selecting the ids of the deployments a report covers, with its parameters. */
interface DeploymentSet {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The deployments the caller may see (deploymentScope) that match the filter, as a derived table
 * with the columns id, courtName, county, and health when `withHealth`. Reports join it; nothing
 * outside it is counted. Health (and a filter by health) comes from the health dates kept per
 * deployment (deployment_health), decided from today as it is read: a row per deployment, not its
 * tasks and dependencies.
 */
export function reportDeployments(ctx: Context, filter: ReportFilter | null | undefined, withHealth = false): DeploymentSet {
  const { from, where, params, health } = filteredDeploymentsSql(ctx, filter, withHealth || !!filter?.health?.length ? 'kept' : false);
  return { sql: `SELECT d.id, c.name AS "courtName", c.county${withHealth ? `, ${health} AS health` : ''} ${from} WHERE ${where.join(' AND ')}`, params };
}

/**
 * The same deployments as reportDeployments, as conditions on the deployment `d`, its court `c`
 * and (`joins`, to add after them) its kept health dates `f`, for a report that walks an index of
 * its own in its order and joins the deployments row by row. `everything` when they are the whole
 * portfolio (a role that sees it, no filter): a count can then read a table's size directly.
 */
export function reportScope(ctx: Context, filter: ReportFilter | null | undefined) {
  const { where, params } = filteredDeploymentsSql(ctx, filter, filter?.health?.length ? 'kept' : false);
  return {
    where: where.join(' AND '), params, everything: where.length === 1 && where[0] === '1 = 1',
    joins: filter?.health?.length ? ' LEFT JOIN deployment_health f ON f."deploymentId" = d.id' : '',
  };
}
