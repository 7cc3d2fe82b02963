import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { buildApp, type App } from '../../server/app';
import { loadConfig, type DatabaseConfig } from '../../server/config';
import type { Clock } from '../../server/shared/clock';

/** A clock tests can set and move; it starts at noon in California on a fixed day. */
export class TestClock implements Clock {
  private instant: Date;
  constructor(californiaDate = '2027-01-04') {
    this.instant = new Date(`${californiaDate}T20:00:00Z`);
  }
  now() {
    return new Date(this.instant);
  }
  /** Sets today's California date (at noon Pacific). */
  setToday(californiaDate: string) {
    this.instant = new Date(`${californiaDate}T20:00:00Z`);
  }
  advanceDays(days: number) {
    this.instant = new Date(this.instant.getTime() + days * 86_400_000);
  }
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; details?: any } }[];
  extensions?: { sqlStatements?: number };
}

export interface Api {
  url: string;
  app: App;
  clock: TestClock;
  /** Which database the API runs on: the suite runs on both when TEST_DATABASE_URL is set. */
  dialect: 'sqlite' | 'postgres';
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export const usingPostgres = () => (process.env.DATABASE_URL ?? '').startsWith('postgres');

/**
 * Starts the real server on port 0 with a database of its own: a fresh SQLite file, or a fresh
 * schema in the PostgreSQL of DATABASE_URL (dropped on close).
 */
export async function startApi(options: { demoData?: boolean; clock?: TestClock } = {}): Promise<Api> {
  const clock = options.clock ?? new TestClock();
  let database: DatabaseConfig;
  let dropDatabase = async () => {};
  if (usingPostgres()) {
    const url = process.env.DATABASE_URL!;
    const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await withPg(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
    database = { type: 'postgres', url, schema };
    dropDatabase = async () => {
      await withPg(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpor-test-'));
    database = { type: 'better-sqlite3', path: path.join(dir, 'test.sqlite') };
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const config = { ...loadConfig({ NODE_ENV: 'test' }), database, seedDemoData: !!options.demoData };
  const app = await buildApp({ config, clock });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    clock,
    dialect: database.type === 'postgres' ? 'postgres' : 'sqlite',
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await app.close();
      await dropDatabase();
    },
  };
}

async function withPg<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The error code of the first error, for `expect(errorCode(res)).toBe('NOT_FOUND')`. */
export const errorCode = (res: GqlResult) => res.errors?.[0]?.extensions?.code;

/**
 * Starts a second server as its own OS process (`tsx server/main.ts`) on the same PostgreSQL schema
 * as `api`, for tests of several processes sharing one database.
 */
export async function startSecondProcess(api: Api): Promise<{ url: string; gql: Api['gql']; stop(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const options = api.app.db.options as { url?: string; schema?: string };
  if (!options.schema) throw new Error('startSecondProcess needs the PostgreSQL suite');
  const url = new URL(options.url!);
  url.searchParams.set('options', `-c search_path=${options.schema}`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../server/main.ts')], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url.toString() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/"msg":"listening","url":"(http:\/\/[^"]+?)\/?"/);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`second server exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`second server did not start: ${stderr}`)), 30_000);
  });
  return {
    url: base,
    async gql(query, variables) {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) };
    },
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
