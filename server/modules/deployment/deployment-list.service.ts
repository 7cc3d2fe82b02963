import { rawQuery, selectWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { today } from '../../shared/clock';
import { deploymentScope } from '../access/scope';
import { Deployment } from './deployment.entity';
import { DeploymentFilter } from './deployment.inputs';
import { healthParams, healthTableSql, HealthRow } from './health';

/**
 * The deployments the caller may see (deploymentScope) that match the filter: `from` joins the
 * deployment `d`, its court `c` and its health row `h`; `where` holds the conditions. The list and
 * every report select from it, so they agree on what a filter means.
 */
export function filteredDeploymentsSql(ctx: Context, filter: DeploymentFilter | null | undefined, withHealth = !!filter?.health?.length) {
  validateFilter(filter);
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
  if (filter?.wentLiveFrom) { where.push('d."actualGoLive" >= :wentLiveFrom'); params.wentLiveFrom = filter.wentLiveFrom; }
  if (filter?.wentLiveTo) { where.push('d."actualGoLive" <= :wentLiveTo'); params.wentLiveTo = filter.wentLiveTo; }
  // Health is derived over every deployment; join it only when the filter or the caller needs it.
  const health = withHealth ? ` JOIN (${healthTableSql(ctx.db)}) h ON h."deploymentId" = d.id` : '';
  return { from: `FROM deployment d JOIN organization c ON c.id = d."courtId"${health}`, where, params, withHealth };
}

/**
 * A page of deployments. Filtered by health, the page's health comes from the same statement;
 * otherwise the health loader derives it for the page's deployments only.
 */
export async function listDeployments(ctx: Context, page: PageArgs, filter: DeploymentFilter | null | undefined) {
  const { from, where, params, withHealth } = filteredDeploymentsSql(ctx, filter);
  const filtered = `WHERE ${where.join(' AND ')}`;

  const cursor = decodeCursor(page.after, 2);
  const pageWhere = [...where];
  if (cursor) {
    pageWhere.push('(d."targetGoLive" > :afterGoLive OR (d."targetGoLive" = :afterGoLive AND d.id > :afterId))');
    Object.assign(params, { afterGoLive: cursor[0], afterId: cursor[1] });
  }
  const rows = await rawQuery<HealthRow & { id: string }>(ctx.db,
    `SELECT d.id${withHealth ? ', h.*' : ''} ${from} WHERE ${pageWhere.join(' AND ')}
     ORDER BY d."targetGoLive", d.id LIMIT ${page.first + 1}`, params);
  const [{ total }] = await rawQuery<{ total: number }>(ctx.db, `SELECT COUNT(*) AS total ${from} ${filtered}`, params);

  const byId = new Map((await selectWhereIn(ctx.db, Deployment, 'id', rows.map((r) => r.id))).map((d) => [d.id, d]));
  if (withHealth) for (const row of rows) ctx.loaders.health.prime(row.id, row);
  const deployments = rows.map((r) => byId.get(r.id)!).filter(Boolean);
  return toConnection(deployments, page, Number(total), (d) => [d.targetGoLive, d.id]);
}

/** A deployment by id; one outside the caller's scope the scope check has answered NOT_FOUND before. */
export async function getDeployment(ctx: Context, id: string) {
  const deployment = await ctx.db.manager.findOneBy(Deployment, { id });
  if (!deployment) throw notFound('Deployment', id);
  return deployment;
}

function validateFilter(filter: DeploymentFilter | null | undefined) {
  if (filter?.goLiveFrom && filter.goLiveTo && filter.goLiveFrom > filter.goLiveTo) {
    throw badInput([{ field: 'filter.goLiveTo', message: 'must be on or after goLiveFrom.' }]);
  }
  if (filter?.wentLiveFrom && filter.wentLiveTo && filter.wentLiveFrom > filter.wentLiveTo) {
    throw badInput([{ field: 'filter.wentLiveTo', message: 'must be on or after wentLiveFrom.' }]);
  }
}
