import type { GraphQLSchema } from 'graphql';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { jsonArraySql, jsonColumnSql, jsonObjectSql, rawQuery, selectWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { plainColumnFields, type Selection } from '../../graphql/lookahead';
import { preload } from '../../graphql/preloaded';
import { badInput, notFound } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { today } from '../../shared/clock';
import { deploymentScope } from '../access/scope';
import { Dependency } from '../dependency/dependency.entity';
import { Organization } from '../organization/organization.entity';
import { Task } from '../task/task.entity';
import { Deployment } from './deployment.entity';
import { DeploymentFilter, DeploymentOrder } from './deployment.inputs';
import { healthParams, healthPartsSql, healthTableSql, HealthRow, keptHealthSql } from './health';

/**
 * The deployments the caller may see (deploymentScope) that match the filter: `from` joins the
 * deployment `d`, its court `c` and its health row `h`; `where` holds the conditions. The list and
 * every report select from it, so they agree on what a filter means. `countFrom` is `from` without
 * the court when no condition needs it (every deployment has one), for counting the list.
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
  const byCourt = !!filter?.county?.length || !!filter?.search;
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
  const from = `FROM deployment d JOIN organization c ON c.id = d."courtId"${join}`;
  return { from, countFrom: byCourt || join ? from : 'FROM deployment d', where, params, withHealth: !!withHealth, health };
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
 * A page of deployments in the order asked for. With a compiled selection (compilePage), the
 * database builds each deployment of the page as JSON with the children asked for, in the same
 * statement that finds the page and counts the list. Otherwise, filtered or sorted by health,
 * the page's health comes from the same statement, and the loaders read the rest for the page's
 * deployments only.
 */
export async function listDeployments(
  ctx: Context, page: PageArgs, filter: DeploymentFilter | null | undefined, order: DeploymentOrder = DeploymentOrder.GO_LIVE, compiled: CompiledPage | null = null,
) {
  const keys = ORDERS[order];
  const { from, countFrom, where, params, withHealth } = filteredDeploymentsSql(ctx, filter, !!filter?.health?.length || order === DeploymentOrder.HEALTH);
  const countSql = `SELECT COUNT(*) AS total ${countFrom} WHERE ${where.join(' AND ')}`;

  // A cursor names its order too, so one read in another order is refused rather than misread.
  const cursor = decodeCursor(page.after, keys.length + 1);
  if (cursor && cursor[0] !== order) throw badInput([{ field: 'after', message: 'belongs to another order of this list; start again from the first page.' }]);
  const pageWhere = [...where];
  if (cursor) {
    pageWhere.push(afterKeys(keys));
    cursor.slice(1).forEach((value, i) => { params[`after${i}`] = value; });
  }
  const pageSql = `SELECT d.id${withHealth ? ', h.*' : ''}, ${keys.map((k, i) => `${k.sql} AS "sortKey${i}"`).join(', ')} ${from} WHERE ${pageWhere.join(' AND ')}
     ORDER BY ${keys.map((k) => `${k.sql}${k.descending ? ' DESC' : ''}`).join(', ')} LIMIT ${page.first + 1}`;
  const keysOf = (row: Record<string, unknown>) => [order, ...keys.map((_, i) => sortKey(row[`sortKey${i}`]))];

  if (compiled) {
    const rows = await rawQuery<Record<string, unknown>>(ctx.db, compiledPageSql(ctx, compiled, pageSql, countSql, keys, withHealth), params);
    // Every row carries the count; an empty page has none to carry it.
    const total = rows.length ? rows[0].total : (await rawQuery<{ total: number }>(ctx.db, countSql, params))[0].total;
    const cursorKeys = new Map<object, (string | number)[]>();
    const nodes = rows.map((row) => {
      // An instance, as the resolvers' rows are: built from the decorators' type metadata (tsc's build,
      // not tsx), type-graphql copies a plain object into a new Deployment for every field resolver of
      // every deployment, which took longer than the rest of the page (docs/benchmarks.md).
      const node = Object.assign(Object.create(Deployment.prototype) as Deployment, fromJson(row.node));
      if (row.preloaded !== undefined) preload(node, fromJson(row.preloaded));
      cursorKeys.set(node, keysOf(row));
      // Only the fields asked for: every child field asked for is preloaded, so no resolver reads another.
      return node;
    });
    return toConnection(nodes, page, Number(total), (d) => cursorKeys.get(d)!);
  }

  const rows = await rawQuery<HealthRow & { id: string } & Record<string, string | number>>(ctx.db, pageSql, params);
  const [{ total }] = await rawQuery<{ total: number }>(ctx.db, countSql, params);

  const byId = new Map((await selectWhereIn(ctx.db, Deployment, 'id', rows.map((r) => r.id))).map((d) => [d.id, d]));
  if (withHealth) for (const row of rows) ctx.loaders.health.prime(row.id, row);
  const cursorKeys = new Map(rows.map((r) => [r.id, keysOf(r)]));
  const deployments = rows.map((r) => byId.get(r.id)!).filter(Boolean);
  return toConnection(deployments, page, Number(total), (d) => cursorKeys.get(d.id)!);
}

/** SQLite answers JSON as text; node-postgres parses json values itself. */
const fromJson = (value: unknown): Record<string, unknown> => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;

/**
 * What a compiled page reads: the columns asked of each deployment and of each child asked for
 * (a child absent is not asked), and whether health is.
 */
export interface CompiledPage {
  deployment: Set<ColumnMetadata>;
  children: Partial<Record<ChildField, Set<ColumnMetadata>>>;
  health: boolean;
}

/**
 * The children of a deployment a page can build, each as JSON of the columns asked of it, in the
 * order its loader gives (`d` is the deployment, `c` its court).
 */
const CHILDREN = {
  court: { type: 'Organization', entity: Organization, alias: 'c', list: null },
  participatingLeas: {
    type: 'Organization', entity: Organization, alias: 'o',
    list: { fromWhere: 'FROM deployment_lea dl JOIN organization o ON o.id = dl."organizationId" WHERE dl."deploymentId" = d.id', orderBy: 'o.name' },
  },
  tasks: { type: 'Task', entity: Task, alias: 't', list: { fromWhere: 'FROM task t WHERE t."deploymentId" = d.id', orderBy: 't.number' } },
  dependencies: {
    type: 'Dependency', entity: Dependency, alias: 'x',
    list: { fromWhere: 'FROM dependency x WHERE x."deploymentId" = d.id', orderBy: 'x."offsetDays", x.kind' },
  },
} as const;
type ChildField = keyof typeof CHILDREN;

/** What may be asked of health: the health row holds it all, and toHealth words the reasons. */
const HEALTH_FIELDS = new Set(['status', 'daysToGoLive', 'reasons', '__typename']);
const REASON_FIELDS = new Set(['code', 'count', 'message', '__typename']);

/**
 * The plan of a page whose deployments (under `nodes` or `edges { node }` of the selection) ask
 * only for plain columns of the deployment and of its court, participating LEAs, tasks and
 * dependencies, for its health and for __typename; null for anything else, which the resolvers
 * then read as they always do.
 */
export function compilePage(ctx: Context, schema: GraphQLSchema, selection: Selection | null): CompiledPage | null {
  if (!selection) return null;
  const plan: CompiledPage = { deployment: new Set(), children: {}, health: false };
  const deploymentColumns = plainColumnFields(schema, ctx.db, 'Deployment', Deployment);
  const asked: Selection[] = [];
  for (const [name, below] of selection) {
    if (name === 'nodes') asked.push(below);
    else if (name === 'edges') {
      for (const [edgeField, node] of below) {
        if (edgeField === 'node') asked.push(node);
        else if (edgeField !== 'cursor' && edgeField !== '__typename') return null;
      }
    } else if (name !== 'totalCount' && name !== 'pageInfo' && name !== '__typename') return null;
  }
  for (const fields of asked) {
    for (const [name, below] of fields) {
      if (name === 'health') {
        for (const [field, reasons] of below) {
          if (!HEALTH_FIELDS.has(field) || [...reasons.keys()].some((r) => !REASON_FIELDS.has(r))) return null;
        }
        plan.health = true;
      } else if (Object.hasOwn(CHILDREN, name)) {
        const child = CHILDREN[name as ChildField];
        const columns = (plan.children[name as ChildField] ??= new Set());
        if (!columnsAsked(below, plainColumnFields(schema, ctx.db, child.type, child.entity), columns)) return null;
      } else if (!columnsAsked(new Map([[name, below]]), deploymentColumns, plan.deployment)) return null;
    }
  }
  return plan;
}

/** Adds to `into` the column of each field asked; false when one is not a plain column. */
function columnsAsked(asked: Selection, plain: Map<string, ColumnMetadata>, into: Set<ColumnMetadata>) {
  for (const [name, below] of asked) {
    if (name === '__typename') continue;
    const column = plain.get(name);
    if (!column || below.size) return false;
    into.add(column);
  }
  return true;
}

/**
 * One statement for a compiled page: the page's ids and sort keys as listDeployments finds them
 * (`pageSql`), the count of the whole list (`countSql`, computed once), then per deployment its
 * columns as JSON (`node`) and its children and health as JSON (`preloaded`), health restricted
 * to the page unless the page's statement derived it already.
 */
function compiledPageSql(ctx: Context, plan: CompiledPage, pageSql: string, countSql: string, keys: { descending?: boolean }[], withHealth: boolean) {
  const db = ctx.db;
  const object = (columns: Set<ColumnMetadata>, alias: string) =>
    jsonObjectSql(db, [...columns].map((c): [string, string] => [c.propertyName, jsonColumnSql(db, c, alias)]));
  const preloaded: [string, string][] = Object.entries(plan.children).map(([name, columns]) => {
    const child = CHILDREN[name as ChildField];
    const item = object(columns, child.alias);
    return [name, child.list ? jsonArraySql(db, item, child.list.fromWhere, child.list.orderBy) : item];
  });
  // Health the page's statement did not derive is computed on the page's deployments themselves.
  const health = plan.health && !withHealth ? healthPartsSql(db, 'SELECT id FROM page') : null;
  if (plan.health) preloaded.push(['health', jsonObjectSql(db, health?.columns ?? HEALTH_COLUMNS.map((c): [string, string] => [c, `p."${c}"`]))]);
  return `WITH page AS MATERIALIZED (${pageSql})
    SELECT p.*, (${countSql}) AS total, ${object(plan.deployment, 'd')} AS node${preloaded.length ? `, ${jsonObjectSql(db, preloaded)} AS preloaded` : ''}
    FROM page p JOIN deployment d ON d.id = p.id JOIN organization c ON c.id = d."courtId"${health?.joins ?? ''}
    ORDER BY ${keys.map((k, i) => `p."sortKey${i}"${k.descending ? ' DESC' : ''}`).join(', ')}`;
}

/** The columns of a health row (healthTableSql), which toHealth turns into the health with its reasons. */
const HEALTH_COLUMNS: (keyof HealthRow)[] = [
  'health', 'goLivePassed', 'lateTasks', 'lateDependencies', 'pastDueTasks', 'pastDueDependencies', 'windowTooShort', 'longWaits', 'daysToGoLive',
];

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
