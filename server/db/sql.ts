import { In, type DataSource, type EntityManager, type FindOptionsSelect, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { countStatement, isPostgresSource } from './data-source';
import { noteInserted } from '../modules/audit/audit.subscriber';

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

/**
 * The text column `expr` as a value no index serves, for a condition that should filter the rows an
 * index on another column found rather than choose the index: SQLite, without statistics, would
 * walk an index on a status across the whole portfolio in preference to the index on the owner
 * (a deployment's tasks) the statement names. The same value in both databases.
 */
export const unindexed = (expr: string) => `(${expr} || '')`;

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
interface SqliteConnection {
  prepare(sql: string): { raw(on: boolean): { all(...params: unknown[]): unknown[][] } };
}

function sqliteRows(source: DataSource, query: string, params: unknown[]): unknown[][] {
  countStatement();
  return (source.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection.prepare(query).raw(true).all(...params);
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
  const rows = isPostgresSource(source)
    ? ((await db.query(query, params)) as Record<string, unknown>[]).map((raw) => columns.map((c) => raw[c.databaseName]))
    : sqliteRows(source, query, params);
  return rows.map((raw) => {
    const row = metadata.create(undefined, { fromDeserializer: true }) as E;
    columns.forEach((c, i) => c.setEntityValue(row, source.driver.prepareHydratedValue(raw[i], c)));
    return row;
  });
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
