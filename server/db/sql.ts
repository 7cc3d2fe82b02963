import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { isPostgresSource } from './data-source';

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

/** SQL for the date `days` calendar days after the date expression `expr`. */
export const shiftDateSql = (db: Db, expr: string, days: number) =>
  isPostgresSource(db) ? `(${expr} + ${Math.trunc(days)})` : `date(${expr}, '${Math.trunc(days) >= 0 ? '+' : ''}${Math.trunc(days)} days')`;

/** SQL for the whole days from the date expression `from` to the date expression `to`. */
export const daysBetweenSql = (db: Db, from: string, to: string) =>
  isPostgresSource(db)
    ? `(CAST(${to} AS date) - CAST(${from} AS date))`
    : `CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`;
