// The server as its own OS process (`node --import tsx server/main.ts`), for the benchmark, the
// chaos run and the backup check: loopback only, NODE_ENV=test (SQL statement counts in responses)
// unless asked for production, no second factor and no sign-in rate limit, since the load comes from one address.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DatabaseConfig } from '../../server/config';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** SIGTERM and wait: the server finishes its requests and closes the database. */
  stop(): Promise<void>;
  /** SIGKILL and wait: a crash, with nothing finished or closed. */
  kill(): Promise<void>;
}

/** The environment that points main.ts at this database (a PostgreSQL schema through search_path). */
export function databaseEnv(database: DatabaseConfig): Record<string, string> {
  if (database.type === 'better-sqlite3') return { SQLITE_PATH: database.path };
  const url = new URL(database.url);
  if (database.schema) url.searchParams.set('options', `-c search_path=${database.schema}`);
  return { DATABASE_URL: url.toString() };
}

/**
 * `production`: as operators run it (docs/operations.md): NODE_ENV=production, so graphql-js skips its
 * development checks, and a 64 MB young generation; with a throw-away APP_SECRET and SQL statement
 * counts turned on for the benchmark.
 */
export async function startServerProcess(
  database: DatabaseConfig, options: { port?: number; startTimeoutMs?: number; production?: boolean; nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(options.port ?? 0), MFA_REQUIRED_ROLES: '', SIGNIN_RATE_PER_MINUTE: '1000000' };
  if (options.production) Object.assign(env, { NODE_ENV: 'production', APP_SECRET: randomBytes(32).toString('base64'), SQL_STATEMENT_COUNTS: '1' });
  delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  const script = path.resolve(__dirname, '../../server/main.ts');
  return spawnListening([...(options.production ? ['--max-semi-space-size=64'] : []), ...(options.nodeArgs ?? []), '--import', 'tsx', script],
    { ...env, ...databaseEnv(database) }, options.startTimeoutMs);
}

/**
 * PostGraphile 4 over the same PostgreSQL schema, as the bench's reference for a generic GraphQL
 * layer (scripts/ops/postgraphile-reference.ts); production mode and the same young generation as the server.
 */
export function startPostGraphileReference(database: DatabaseConfig & { type: 'postgres' }): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, REFERENCE_SCHEMA: database.schema ?? 'public' };
  return spawnListening(['--max-semi-space-size=64', '--import', 'tsx', path.resolve(__dirname, 'postgraphile-reference.ts')], env);
}

/** Starts `node args…` and waits for its `{"msg":"listening","url":…}` line. */
async function spawnListening(args: string[], env: NodeJS.ProcessEnv, startTimeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`server did not start: ${stderr}`)); }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk;
      const match = out.match(/"msg":"listening","url":"(http:\/\/[^"]+?)\/?"/);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        // Keep draining stdout so the child never blocks on a full pipe.
        child.stdout!.resume();
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}: ${stderr}`)); });
  });
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return { url, child, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}

/** Signs in through the real signIn mutation; answers the session cookie. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { email, password } } }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('ccpor_session='));
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return cookie;
}

export interface GqlAnswer<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { sqlStatements?: number };
}

export async function gql<T = Record<string, unknown>>(
  url: string, cookie: string, query: string, variables?: Record<string, unknown>, operationName?: string,
): Promise<GqlAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await res.json()) as GqlAnswer<T>;
}
