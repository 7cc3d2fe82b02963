import { In, type DataSource, type EntityManager, type EntityMetadata, type FindOptionsSelect, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { randomUUID } from 'node:crypto';
import { countStatement, isPostgresSource } from './data-source';
import { noteInserted } from '../modules/audit/audit.subscriber';
import { isIsoDate } from '../shared/dates';

type Db = DataSource | EntityManager;

/**
 * Runs hand-written SQL with `:name` / `:...list` parameters on either database. Used where the
 * query builder would hide what the query computes (aggregates, derived health).
 */
export async function rawQuery<T = Record<string, unknown>>(db: Db, sql: string, params: ObjectLiteral = {}): Promise<T[]> {
  const source = 'options' in db ? db : db.connection;
  const [query, values] = source.driver.escapeQueryWithParameters(sql, params);
  return ('options' in db ? db.query(query, values) : db.query(query, values)) as Promise<T[]>;
}

/** The connection a transaction's manager runs on; none for the data source or a manager of the pool. */
const transactionRunner = (db: Db) => ('options' in db ? undefined : db.queryRunner);

/**
 * Runs independent statements side by side where each can have a pool connection of its own, and one
 * after the other on a transaction's one connection, where node-postgres would only queue the second
 * behind the first (deprecated; test/support/no-queued-queries.ts).
 */
export async function sideBySide<const T extends readonly unknown[]>(db: Db, statements: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!transactionRunner(db)) return Promise.all(statements.map((statement) => statement())) as unknown as Promise<T>;
  const results: unknown[] = [];
  for (const statement of statements) results.push(await statement());
  return results as unknown as T;
}

/**
 * The text column `expr` as a value no index serves, for a condition that should filter the rows an
 * index on another column found rather than choose the index: SQLite, without statistics, would
 * walk an index on a status across the whole portfolio in preference to the index on the owner
 * (a deployment's tasks) the statement names. The same value in both databases.
 */
export const unindexed = (expr: string) => `(${expr} || '')`;

/**
 * A calendar day as a statement's parameter that is written into its text (TypeORM writes a
 * function's answer in place of the parameter), not bound. The day's statements then read the same
 * all day, and PostgreSQL plans a prepared one once: with the day bound, it estimates each
 * `"dueDate" < $n` at a third of the rows, finds a generic plan dearer than a custom one, and plans
 * the statement again on every run (docs/benchmarks.md#the-days-dates-written-into-the-statement).
 */
export function dayInText(day: string): () => string {
  if (!isIsoDate(day)) throw new Error(`"${day}" is not a calendar day (YYYY-MM-DD).`);
  return () => `'${day}'`;
}

/** SQL for the date `days` calendar days after the date expression `expr`. */
export const shiftDateSql = (db: Db, expr: string, days: number) =>
  isPostgresSource(db) ? `(${expr} + ${Math.trunc(days)})` : `date(${expr}, '${Math.trunc(days) >= 0 ? '+' : ''}${Math.trunc(days)} days')`;

/** SQL for the whole days from the date expression `from` to the date expression `to`. */
export const daysBetweenSql = (db: Db, from: string, to: string) =>
  isPostgresSource(db)
    ? `(CAST(${to} AS date) - CAST(${from} AS date))`
    : `CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`;

/** Bound parameters per statement, under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows of an entity with one statement per chunk, each value converted as TypeORM would
 * (column type, transformer), but without its per-row query building, which dominates a bulk
 * write such as a device's 500-result sync. A generated uuid id and the version are set on rows
 * without them, as TypeORM would; other columns are those of the first row, and omitted ones take
 * their database default. Inside applyMutation each row is noted for the audit trail: this is the
 * way to insert many rows (TypeORM's own bulk insert mixes up their ids on SQLite).
 */
export async function insertRows(tx: EntityManager, entity: { new (): ObjectLiteral }, rows: ObjectLiteral[]) {
  if (!rows.length) return;
  const { driver } = tx.connection;
  const metadata = tx.connection.getMetadata(entity);
  const generatedId = metadata.primaryColumns.find((c) => c.isGenerated && c.generationStrategy === 'uuid');
  const version = metadata.versionColumn;
  for (const row of rows) {
    if (generatedId && row[generatedId.propertyName] === undefined) row[generatedId.propertyName] = randomUUID();
    if (version && row[version.propertyName] === undefined) row[version.propertyName] = 1;
  }
  noteInserted(tx, metadata, rows);
  const columns = metadata.columns.filter((c) => c.propertyName in rows[0]);
  const postgres = isPostgresSource(tx);
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${columns.map((c) => {
      params.push(driver.preparePersistentValue(row[c.propertyName], c));
      return postgres ? `$${params.length}` : '?';
    }).join(', ')})`);
    await tx.query(`INSERT INTO "${metadata.tableName}" (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** What selectWhereIn needs of better-sqlite3's connection: statements that answer rows as arrays. */
interface SqliteStatement { all(...params: unknown[]): unknown[][] }
interface SqliteConnection {
  prepare(sql: string): { raw(on: boolean): SqliteStatement };
}

/**
 * Prepared array-row statements per connection, by SQL text: preparing took as long as running a
 * page's statement (docs/benchmarks.md). SQLite re-prepares a statement itself when the schema
 * changes. Emptied when full: the texts differ by the number of values in their IN list only.
 */
const sqliteStatements = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();
const SQLITE_STATEMENTS_KEPT = 500;

function sqliteRows(source: DataSource, query: string, params: unknown[]): unknown[][] {
  countStatement();
  const connection = (source.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  let statements = sqliteStatements.get(connection);
  if (!statements) sqliteStatements.set(connection, (statements = new Map()));
  let statement = statements.get(query);
  if (!statement) {
    if (statements.size >= SQLITE_STATEMENTS_KEPT) statements.clear();
    statement = connection.prepare(query).raw(true);
    statements.set(query, statement);
  }
  return statement.all(...params);
}

/** What postgresRows needs of node-postgres: a client that answers rows as arrays. */
interface PostgresClient { query(config: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }> }

/**
 * Rows as arrays from PostgreSQL, on the transaction's connection when `db` is a transaction's
 * manager, else on one from the pool: node-postgres then builds no object per row.
 */
async function postgresRows(db: Db, query: string, params: unknown[]): Promise<unknown[][]> {
  countStatement();
  const run = (client: PostgresClient) => client.query({ text: query, values: params, rowMode: 'array' }).then((result) => result.rows);
  const queryRunner = transactionRunner(db);
  if (queryRunner) return run((await queryRunner.connect()) as PostgresClient);
  const driver = ('options' in db ? db : db.connection).driver as unknown as { obtainMasterConnection(): Promise<[PostgresClient, () => void]> };
  const [client, release] = await driver.obtainMasterConnection();
  try {
    return await run(client);
  } finally {
    release();
  }
}

/**
 * Rows of an entity whose `key` column holds one of `values`, in `order`, each value converted as
 * TypeORM would (column type, transformer), but without its query building and result grouping,
 * which dominate reads of many small rows such as a page of deployments with their tasks. SQLite
 * answers them as arrays: better-sqlite3 takes as long to name every column of every row as to read them.
 */
export async function selectWhereIn<E extends ObjectLiteral>(
  db: Db, entity: { new (): E }, key: keyof E & string, values: readonly unknown[], order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>> = {},
): Promise<E[]> {
  if (!values.length) return [];
  const source = 'options' in db ? db : db.connection;
  const metadata = source.getMetadata(entity);
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  const named = (property: string) => `"${metadata.findColumnWithPropertyName(property)!.databaseName}"`;
  const orderBy = Object.entries(order).map(([property, direction]) => `${named(property)} ${direction}`);
  const sql = `SELECT ${columns.map((c) => `"${c.databaseName}"`).join(', ')} FROM "${metadata.tableName}"
    WHERE ${named(key)} IN (:...values)${orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : ''}`;
  const [query, params] = source.driver.escapeQueryWithParameters(sql, { values: [...values] });
  const rows = isPostgresSource(source) ? await postgresRows(db, query, params) : sqliteRows(source, query, params);
  const set = settersOf(source, metadata, columns);
  return rows.map((raw) => {
    const row = metadata.create(undefined, { fromDeserializer: true }) as E;
    for (let i = 0; i < set.length; i += 1) set[i](row, raw[i]);
    return row;
  });
}

/** Column types both drivers hand over as they are (strings and integers), when no transformer applies. */
const AS_READ = new Set<unknown>(['varchar', 'character varying', 'text', 'uuid', 'integer', 'int']);

/**
 * Per column, what puts a read value on an entity: the driver's conversion and TypeORM's setter,
 * or, for a plain top-level column of a type read as it is, the assignment they amount to (they
 * took as long as reading the rows of a page). Kept per entity and database.
 */
const setters = new WeakMap<object, ((row: ObjectLiteral, value: unknown) => void)[]>();
function settersOf(source: DataSource, metadata: EntityMetadata, columns: ColumnMetadata[]) {
  let found = setters.get(metadata);
  if (found) return found;
  found = columns.map((c) => {
    const property = c.propertyName;
    if (!c.embeddedMetadata && !c.transformer && AS_READ.has(c.type)) return (row: ObjectLiteral, value: unknown) => { row[property] = value; };
    return (row: ObjectLiteral, value: unknown) => c.setEntityValue(row, source.driver.prepareHydratedValue(value, c));
  });
  setters.set(metadata, found);
  return found;
}

/** Values per SELECT … IN (…) of findWhereIn, well under both databases' limits on bound parameters. */
const IN_CHUNK = 500;

/**
 * Rows of an entity whose `key` is one of `values` (duplicates ignored), read in slices so that a
 * device's whole sync costs a few statements whatever its size. No order.
 */
export async function findWhereIn<E extends ObjectLiteral>(
  tx: EntityManager, entity: { new (): E }, key: keyof E & string, values: readonly unknown[], select?: FindOptionsSelect<E>,
): Promise<E[]> {
  const unique = [...new Set(values)];
  const rows: E[] = [];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    rows.push(...(await tx.find(entity, { select, where: { [key]: In(unique.slice(i, i + IN_CHUNK)) } as FindOptionsWhere<E> })));
  }
  return rows;
}

/** SQL for the month ("YYYY-MM") of the date expression `expr`. */
export const monthSql = (db: Db, expr: string) =>
  isPostgresSource(db) ? `to_char(${expr}, 'YYYY-MM')` : `substr(${expr}, 1, 7)`;

/** SQL for the calendar date (UTC) of the instant expression `expr`. */
export const instantDateSql = (db: Db, expr: string) =>
  isPostgresSource(db) ? `CAST((${expr} AT TIME ZONE 'UTC') AS date)` : `date(${expr})`;

/**
 * SQL for a JSON object built by the database, `pairs` naming each key's SQL value (a key is a
 * field name, never input). PostgreSQL's json_build_object takes up to 50 pairs.
 */
export const jsonObjectSql = (db: Db, pairs: [key: string, value: string][]) =>
  `${isPostgresSource(db) ? 'json_build_object' : 'json_object'}(${pairs.map(([key, value]) => `'${key}', ${value}`).join(', ')})`;

/**
 * SQL for the JSON array of `item` (a JSON expression) over the rows of `fromWhere`, in `orderBy`;
 * an empty array when there are none. SQLite's json() keeps the array JSON, not text, across the subquery.
 */
export const jsonArraySql = (db: Db, item: string, fromWhere: string, orderBy: string) =>
  isPostgresSource(db)
    ? `COALESCE((SELECT json_agg(${item} ORDER BY ${orderBy}) ${fromWhere}), '[]'::json)`
    : `json((SELECT json_group_array(${item} ORDER BY ${orderBy}) ${fromWhere}))`;

/**
 * SQL for a column's value inside a JSON object, as the entity and its GraphQL field give it:
 * booleans as true/false (SQLite keeps 0/1), instants as RFC 3339 text, which the DateTime scalar
 * answers exactly as the Date it would otherwise get; dates, text and numbers as stored.
 */
export function jsonColumnSql(db: Db, column: ColumnMetadata, alias: string) {
  const expr = `${alias}."${column.databaseName}"`;
  if (isPostgresSource(db)) return expr;
  if (column.type === 'boolean') return `json(CASE WHEN ${expr} IS NULL THEN 'null' WHEN ${expr} THEN 'true' ELSE 'false' END)`;
  if (column.type === 'datetime') return `strftime('%Y-%m-%dT%H:%M:%fZ', ${expr})`;
  return expr;
}
