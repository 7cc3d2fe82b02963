import { rawQuery, selectWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { today } from '../../shared/clock';
import { deploymentScope } from '../access/scope';
import { Deployment } from './deployment.entity';
import { DeploymentFilter, DeploymentOrder } from './deployment.inputs';
import { healthParams, healthTableSql, HealthRow, keptHealthSql } from './health';

/**
 * The deployments the caller may see (deploymentScope) that match the filter: `from` joins the
 * deployment `d`, its court `c` and its health row `h`; `where` holds the conditions. The list and
 * every report select from it, so they agree on what a filter means.
 */
export function filteredDeploymentsSql(ctx: Context, filter: DeploymentFilter | null | undefined, withHealth: boolean | 'kept' = !!filter?.health?.length) {
  validateFilter(filter);
  const scope = deploymentScope(ctx);
  const params: Record<string, unknown> = { ...healthParams(today(ctx.clock)), ...scope.params };
  const where: string[] = [scope.sql];
  if (filter?.phase?.length) { where.push('d.phase IN (:...phases)'); params.phases = filter.phase; }
  if (filter?.status?.length) { where.push('d.status IN (:...statuses)'); params.statuses = filter.status; }
  // 'kept': the status only, from the health dates kept per deployment (one row each); otherwise the
  // health row with its counts, derived from the tasks and dependencies.
  const health = withHealth === 'kept' ? keptHealthSql(ctx.db) : 'h.health';
  if (filter?.health?.length) { where.push(`${health} IN (:...healths)`); params.healths = filter.health; }
  if (filter?.readiness?.length) {
    // The readiness kept per deployment by the write path (docs/domain.md#readiness), not the rules evaluated again.
    where.push('d.id IN (SELECT "deploymentId" FROM deployment_readiness WHERE status IN (:...readiness))');
    params.readiness = filter.readiness;
  }
  if (filter?.county?.length) { where.push('c.county IN (:...counties)'); params.counties = filter.county; }
  if (filter?.search) {
    // Court or participating agency, in any case; the person's % and _ are letters, not wildcards.
    params.search = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(LOWER(c.name) LIKE :search ESCAPE '\\' OR EXISTS (SELECT 1 FROM deployment_lea dl JOIN organization lea ON lea.id = dl."organizationId"
      WHERE dl."deploymentId" = d.id AND LOWER(lea.name) LIKE :search ESCAPE '\\'))`);
  }
  if (filter?.coordinatorIds?.length) { where.push('d."coordinatorId" IN (:...coordinatorIds)'); params.coordinatorIds = filter.coordinatorIds; }
  if (filter?.fieldStaffIds?.length) {
    where.push('d.id IN (SELECT "deploymentId" FROM deployment_field_staff WHERE "userId" IN (:...fieldStaffIds))');
    params.fieldStaffIds = filter.fieldStaffIds;
  }
  if (filter?.wave?.length) { where.push('d.wave IN (:...waves)'); params.waves = filter.wave; }
  if (filter?.goLiveFrom) { where.push('d."targetGoLive" >= :goLiveFrom'); params.goLiveFrom = filter.goLiveFrom; }
  if (filter?.goLiveTo) { where.push('d."targetGoLive" <= :goLiveTo'); params.goLiveTo = filter.goLiveTo; }
  if (filter?.wentLiveFrom) { where.push('d."actualGoLive" >= :wentLiveFrom'); params.wentLiveFrom = filter.wentLiveFrom; }
  if (filter?.wentLiveTo) { where.push('d."actualGoLive" <= :wentLiveTo'); params.wentLiveTo = filter.wentLiveTo; }
  // Derived health reads every deployment's tasks and dependencies; join it only when the filter or the caller needs it.
  const join = withHealth === 'kept' ? ' LEFT JOIN deployment_health f ON f."deploymentId" = d.id'
    : withHealth ? ` JOIN (${healthTableSql(ctx.db)}) h ON h."deploymentId" = d.id` : '';
  return { from: `FROM deployment d JOIN organization c ON c.id = d."courtId"${join}`, where, params, withHealth: !!withHealth, health };
}

/**
 * The sort keys of each order, most significant first, each ending in the id so that a cursor
 * (the last row's keys) names one place in the list.
 */
const ORDERS: Record<DeploymentOrder, { sql: string; descending?: boolean }[]> = {
  GO_LIVE: [{ sql: 'd."targetGoLive"' }, { sql: 'd.id' }],
  GO_LIVE_LATEST: [{ sql: 'd."targetGoLive"', descending: true }, { sql: 'd.id', descending: true }],
  NAME: [{ sql: 'LOWER(c.name)' }, { sql: 'd.id' }],
  HEALTH: [{ sql: "CASE h.health WHEN 'LATE' THEN 0 WHEN 'AT_RISK' THEN 1 ELSE 2 END" }, { sql: 'd."targetGoLive"' }, { sql: 'd.id' }],
};

/** Rows after the cursor's keys: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, each comparison in its key's direction. */
function afterKeys(keys: { sql: string; descending?: boolean }[]) {
  return `(${keys.map((key, i) => [
    ...keys.slice(0, i).map((k, j) => `${k.sql} = :after${j}`),
    `${key.sql} ${key.descending ? '<' : '>'} :after${i}`,
  ].join(' AND ')).join(' OR ')})`;
}

/**
 * A page of deployments in the order asked for. Filtered or sorted by health, the page's health
 * comes from the same statement; otherwise the health loader derives it for the page's deployments only.
 */
export async function listDeployments(ctx: Context, page: PageArgs, filter: DeploymentFilter | null | undefined, order: DeploymentOrder = DeploymentOrder.GO_LIVE) {
  const keys = ORDERS[order];
  const { from, where, params, withHealth } = filteredDeploymentsSql(ctx, filter, !!filter?.health?.length || order === DeploymentOrder.HEALTH);
  const filtered = `WHERE ${where.join(' AND ')}`;

  // A cursor names its order too, so one read in another order is refused rather than misread.
  const cursor = decodeCursor(page.after, keys.length + 1);
  if (cursor && cursor[0] !== order) throw badInput([{ field: 'after', message: 'belongs to another order of this list; start again from the first page.' }]);
  const pageWhere = [...where];
  if (cursor) {
    pageWhere.push(afterKeys(keys));
    cursor.slice(1).forEach((value, i) => { params[`after${i}`] = value; });
  }
  const rows = await rawQuery<HealthRow & { id: string } & Record<string, string | number>>(ctx.db,
    `SELECT d.id${withHealth ? ', h.*' : ''}, ${keys.map((k, i) => `${k.sql} AS "sortKey${i}"`).join(', ')} ${from} WHERE ${pageWhere.join(' AND ')}
     ORDER BY ${keys.map((k) => `${k.sql}${k.descending ? ' DESC' : ''}`).join(', ')} LIMIT ${page.first + 1}`, params);
  const [{ total }] = await rawQuery<{ total: number }>(ctx.db, `SELECT COUNT(*) AS total ${from} ${filtered}`, params);

  const byId = new Map((await selectWhereIn(ctx.db, Deployment, 'id', rows.map((r) => r.id))).map((d) => [d.id, d]));
  if (withHealth) for (const row of rows) ctx.loaders.health.prime(row.id, row);
  const cursorKeys = new Map(rows.map((r) => [r.id, [order, ...keys.map((_, i) => sortKey(r[`sortKey${i}`]))]]));
  const deployments = rows.map((r) => byId.get(r.id)!).filter(Boolean);
  return toConnection(deployments, page, Number(total), (d) => cursorKeys.get(d.id)!);
}

/** A key as the cursor keeps it: a day as its ISO date, whichever way the driver answers it. */
const sortKey = (value: unknown): string | number =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? value : String(value);

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
