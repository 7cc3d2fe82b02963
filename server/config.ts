import path from 'node:path';

export type DatabaseConfig =
  | { type: 'better-sqlite3'; path: string }
  | { type: 'postgres'; url: string; schema?: string };

export interface Config {
  port: number;
  host: string;
  env: 'development' | 'production' | 'test';
  database: DatabaseConfig;
  /** Where the built PWA lives; served at `/` when present. */
  clientDist: string;
  /** Seed demo data into an empty database (development only). */
  seedDemoData: boolean;
  /** Report SQL statements per request in the response extensions (never in production). */
  exposeSqlStatements: boolean;
}

const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const database: DatabaseConfig = env.DATABASE_URL
    ? { type: 'postgres', url: env.DATABASE_URL }
    : { type: 'better-sqlite3', path: path.resolve(repoRoot, env.SQLITE_PATH ?? 'data/ccpor.sqlite') };
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    env: nodeEnv,
    database,
    clientDist: path.resolve(repoRoot, 'client/dist'),
    seedDemoData: nodeEnv === 'development',
    exposeSqlStatements: nodeEnv !== 'production',
  };
}
