import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AbstractLogger, DataSource, EntityManager, LogLevel, LogMessage } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { log } from '../shared/log';
import { ENTITIES } from './entities';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';
import { postgresMigrations } from './migrations/postgres';
import { sqliteMigrations } from './migrations/sqlite';

// PostgreSQL `date` columns come back as "YYYY-MM-DD" strings, like SQLite's, instead of
// local-midnight Date objects that shift with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** Counts SQL statements per request, so tests and the benchmark can prove there is no N+1. */
export const statementCounter = new AsyncLocalStorage<{ count: number }>();

/** Counts one statement for the request, if it is counting (TypeORM's logger does it for its own). */
export function countStatement() {
  const counter = statementCounter.getStore();
  if (counter) counter.count += 1;
}

class CountingLogger extends AbstractLogger {
  logQuery() {
    countStatement();
  }
  // A failed query surfaces as the request's error (and is logged there when unexpected); an
  // expected one, like losing a race on a mutationId, is no news.
  logQueryError() {}
  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]) {
    if (level === 'warn' || level === 'error') log(level === 'warn' ? 'warn' : 'error', 'typeorm', { message });
  }
}

/** Statements a PostgreSQL connection keeps prepared; texts beyond them run as they come. */
export const PREPARED_PER_CONNECTION = 256;
/** Texts whose uses a connection counts before it forgets the counts and starts again. */
const COUNTED_PER_CONNECTION = 4096;
/**
 * How long the pool keeps a PostgreSQL connection: health's statements carry the day's date in
 * their text, so a connection living for days would fill its prepared statements with past days'
 * and prepare no more; a new one prepares the day's afresh.
 */
const CONNECTION_LIFETIME_SECONDS = 3600;

/**
 * A PostgreSQL connection that prepares a statement with parameters the second time its text runs
 * on it, as JDBC's driver does after five: PostgreSQL then parses it once and, after five runs,
 * plans it once when a generic plan costs no more (a fifth of the database's CPU per dashboard
 * under load, docs/benchmarks.md). A text run once, such as an IN list of an unusual length, is
 * only counted; at most PREPARED_PER_CONNECTION are kept. A text sent with a list of values, even
 * none, is one statement (rawQuery's, TypeORM's reads); one sent without (a migration's, which may
 * hold several, and TypeORM's transaction commands) goes as it is.
 */
class PreparingClient extends pg.Client {
  readonly prepared = new Map<string, string>();
  readonly uses = new Map<string, number>();
}
const plainQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
PreparingClient.prototype.query = function query(this: PreparingClient, config: unknown, values?: unknown, callback?: unknown) {
  const asText = typeof config === 'string' && Array.isArray(values);
  const asConfig = typeof config === 'object' && config !== null && !('submit' in config) && !('name' in config)
    && typeof (config as pg.QueryConfig).text === 'string' && Array.isArray((config as pg.QueryConfig).values ?? values);
  const text = asText ? (config as string) : asConfig ? (config as pg.QueryConfig).text : undefined;
  let name = text === undefined ? undefined : this.prepared.get(text);
  if (text !== undefined && !name && this.prepared.size < PREPARED_PER_CONNECTION) {
    const uses = (this.uses.get(text) ?? 0) + 1;
    if (uses === 2) {
      name = `ccpor_${this.prepared.size + 1}`;
      this.prepared.set(text, name);
      this.uses.delete(text);
    } else {
      if (this.uses.size >= COUNTED_PER_CONNECTION) this.uses.clear();
      this.uses.set(text, uses);
    }
  }
  if (!name) return plainQuery.call(this, config, values, callback);
  return asText ? plainQuery.call(this, { name, text, values }, callback) : plainQuery.call(this, { ...(config as pg.QueryConfig), name }, values, callback);
} as typeof pg.Client.prototype.query;

/** The pages SQLite keeps in memory for its one connection, in KiB (it takes them as it reads). */
const SQLITE_CACHE_KIB = 64 * 1024;

/**
 * `guardNestedTransactions: false` leaves out inTransaction's check for a transaction opened inside
 * another: production, where its cost would be paid on every request (see inTransaction).
 */
export function createDataSource(config: DatabaseConfig, { guardNestedTransactions = true } = {}): DataSource {
  const source = dataSourceFor(config);
  if (!guardNestedTransactions) unguarded.add(source);
  return source;
}

function dataSourceFor(config: DatabaseConfig): DataSource {
  const common = { entities: ENTITIES, subscribers: [AuditSubscriber], synchronize: false, logger: new CountingLogger(['query', 'warn', 'error']), logging: ['query', 'warn', 'error'] as LogLevel[] };
  if (config.type === 'postgres') {
    return new DataSource({
      ...common,
      type: 'postgres',
      url: config.url,
      schema: config.schema,
      migrations: postgresMigrations,
      // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
      uuidExtension: 'pgcrypto',
      installExtensions: false,
      extra: { Client: PreparingClient, maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS, ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}) },
    });
  }
  fs.mkdirSync(path.dirname(config.path), { recursive: true });
  return new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: config.path,
    enableWAL: true,
    timeout: 5000,
    migrations: sqliteMigrations,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      // SQLite's own default is 2 MiB of pages, less than a dashboard's reads of 1,000 deployments:
      // the timeline's page read its pages again from the file each time (2.5 against 1.3 ms).
      db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    },
  });
}

// better-sqlite3 has one connection, and TypeORM turns a second concurrent transaction on it into a
// savepoint of the first. Queue them so each transaction stands alone.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
const insideTransaction = new AsyncLocalStorage<boolean>();
const unguarded = new WeakSet<DataSource>();

/**
 * Runs `work` in one transaction: all of it is written, or none of it. A transaction opened from
 * inside another would wait on the SQLite queue for ever, so it fails loudly instead, wherever the
 * code runs in development and tests. Telling inside from beside takes an AsyncLocalStorage, which
 * on Node 20 puts a hook on every promise of every request once used: production (app.ts) leaves
 * the check out, and relies on the tests having run every transaction with it.
 */
export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (insideTransaction.getStore()) throw new Error('inTransaction called inside a transaction: pass the EntityManager down instead.');
  const guarded = unguarded.has(db) ? work : (tx: EntityManager) => insideTransaction.run(true, () => work(tx));
  if (db.options.type === 'postgres') return db.transaction(guarded);
  const previous = sqliteQueues.get(db) ?? Promise.resolve();
  const run = previous.then(() => db.transaction(guarded));
  sqliteQueues.set(db, run.catch(() => undefined));
  return run;
}

export const isPostgresSource = (db: DataSource | EntityManager) =>
  ('options' in db ? db.options.type : db.connection.options.type) === 'postgres';
