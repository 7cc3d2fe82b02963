import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client as PgClient } from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../../server/app';
import { loadConfig, type Config, type DatabaseConfig } from '../../server/config';
import { createDataSource } from '../../server/db/data-source';
import { prepareDatabase } from '../../server/db/prepare';
import { hashPassword, totpCode } from '../../server/modules/user/credentials';
import { Role, User } from '../../server/modules/user/user.entity';
import type { Clock } from '../../server/shared/clock';
import { graphql } from './generated';
import type { SignInInput, SignInMutation, TypedDocumentString } from './generated/graphql';

const SIGN_IN = graphql(`mutation SignIn($i: SignInInput!) { signIn(input: $i) { user { id email role } recoveryCodes } }`);

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

/** What an error's `details` may carry, by code: server/graphql/errors.ts is the catalogue. */
export interface ErrorDetails {
  fields?: { field: string; message: string }[];
  noun?: string;
  id?: string;
  from?: string;
  to?: string;
  conflictId?: string;
  version?: number;
  updatedAt?: string;
  open?: { id: string; number: number; title: string; status: string }[];
  blockers?: { code: string; what: string; recordId?: string | null }[];
  openIncidents?: number;
  enrolmentRequired?: boolean;
  secret?: string;
  [key: string]: unknown;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; details?: ErrorDetails };
}

/** A raw query's answer is only known to be an object; a generated document says what it holds. */
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number };
}

/** An input whose `K` fields a helper fills in unless the test sets them. */
export type WithDefaults<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** Variables are left out only when the operation has no required ones. */
type VariablesOf<V> = { [key: string]: never } extends V ? [variables?: V, headers?: Record<string, string>] : [variables: V, headers?: Record<string, string>];

export interface Gql {
  /** Posts a generated document: the answer and the variables are typed. */
  <TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...rest: VariablesOf<TVariables>): Promise<GqlResult<TResult>>;
  /** Posts raw text, for input the schema refuses (hostile or malformed requests). */
  (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult>;
}

/** One signed-in person (or nobody), with their own session cookie. */
export interface Client {
  user: { id: string; email: string; role: Role } | null;
  /** The session cookie header, for requests made with fetch (e.g. POST /files). */
  headers: Record<string, string>;
  gql: Gql;
}

export interface Api extends Client {
  url: string;
  app: App;
  clock: TestClock;
  /** Which database the API runs on: the suite runs on both when TEST_DATABASE_URL is set. */
  dialect: 'sqlite' | 'postgres';
  /** Nobody signed in. */
  anonymous: Client;
  /**
   * Signs in through the real signIn mutation as a person with this role (created on first use;
   * a PARTNER_USER needs the organization). `name` tells apart several people of one role.
   */
  as(role: Role | keyof typeof Role, options?: { organizationId?: string; name?: string }): Promise<Client>;
  /** Creates an account directly (a fixture), with TEST_PASSWORD. */
  createUser(role: Role, options?: { organizationId?: string; name?: string; email?: string }): Promise<{ id: string; email: string; role: Role }>;
  signIn(email: string, password?: string, extra?: Partial<SignInInput>): Promise<{ client: Client; res: GqlResult<SignInMutation> }>;
  close(): Promise<void>;
}

/** The password of every fixture account. */
export const TEST_PASSWORD = 'a long test password 2027';

/** Hashed once per worker: every fixture account has the same password, and Argon2 is slow on purpose. */
let testPasswordHash: Promise<string> | undefined;

export const usingPostgres = () => (process.env.DATABASE_URL ?? '').startsWith('postgres');

/**
 * Starts the real server on port 0 with a database of its own: a fresh SQLite file, or a fresh
 * database on the PostgreSQL server of DATABASE_URL (dropped on close).
 */
export async function startApi(options: { demoData?: boolean; clock?: TestClock; config?: Partial<Config> } = {}): Promise<Api> {
  const clock = options.clock ?? new TestClock();
  // Tests sign in hundreds of times a minute from one address, and only the MFA tests want a second factor.
  const settings: Omit<Config, 'database'> = { ...loadConfig({ NODE_ENV: 'test' }), seedDemoData: !!options.demoData, mfaRequiredRoles: [], signInRatePerMinute: 100_000,
    // Tests move the clock by weeks; the session tests set their own lifetimes.
    sessionIdleMinutes: 60 * 24 * 3650, sessionMaxHours: 24 * 3650, ...options.config };
  let database: DatabaseConfig;
  let dropDatabase: () => Promise<void>;
  const key = templateKey(options.demoData, clock, options.config);
  if (usingPostgres()) {
    ({ database, drop: dropDatabase } = await postgresCopy(process.env.DATABASE_URL!, key, settings, clock));
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpor-test-'));
    database = { type: 'better-sqlite3', path: path.join(dir, 'test.sqlite') };
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const template = database.type === 'better-sqlite3' ? path.join(inject('databaseTemplates'), `${key}.sqlite`) : undefined;
  if (template && fs.existsSync(template)) fs.copyFileSync(template, (database as { path: string }).path);
  const config: Config = { ...settings, database };
  const app = await buildApp({ config, clock });
  if (template && !fs.existsSync(template)) await saveTemplate(app, template);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const post = async (cookie: string | null, query: { toString(): string }, variables?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    const body = (await res.json()) as object;
    return { res, result: { status: res.status, ...body } as GqlResult };
  };
  const client = (user: Client['user'], cookie: string | null): Client => ({
    user,
    headers: cookie ? { cookie } : {},
    gql: (async (query: { toString(): string }, variables?: unknown, headers?: Record<string, string>) =>
      (await post(cookie, query, variables, headers)).result) as Gql,
  });
  const createUser: Api['createUser'] = async (role, opts = {}) => {
    const email = opts.email ?? `${(opts.name ?? role).toLowerCase().replace(/[^a-z0-9]+/g, '.')}@test.example`;
    const user = await app.db.manager.save(app.db.manager.create(User, {
      email, displayName: opts.name ?? `Test ${role.toLowerCase()}`, role, organizationId: opts.organizationId ?? null,
      passwordHash: await (testPasswordHash ??= hashPassword(TEST_PASSWORD)), active: true,
    }));
    return { id: user.id, email, role };
  };
  const signIn: Api['signIn'] = async (email, password = TEST_PASSWORD, extra = {}) => {
    const { res, result } = await post(null, SIGN_IN, { i: { email, password, ...extra } });
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('ccpor_session=')) ?? null;
    const user = (result.data as SignInMutation | undefined)?.signIn.user;
    return { client: client(user ? { ...user, role: Role[user.role] } : null, cookie), res: result as GqlResult<SignInMutation> };
  };
  const people = new Map<string, Client>();
  const as: Api['as'] = async (roleName, opts = {}) => {
    const role = Role[roleName as keyof typeof Role];
    const key = `${role}:${opts.organizationId ?? ''}:${opts.name ?? ''}`;
    if (!people.has(key)) {
      const user = await createUser(role, { ...opts, name: opts.name ?? (opts.organizationId ? `${role} ${opts.organizationId.slice(0, 8)}` : undefined) });
      let { client: signedIn, res } = await signIn(user.email);
      // Roles that need a second factor enrol the way a person does: with a code from the offered secret.
      const details = res.errors?.[0]?.extensions?.details;
      if (!signedIn.user && details?.enrolmentRequired) {
        ({ client: signedIn, res } = await signIn(user.email, TEST_PASSWORD, { totpCode: totpCode(details.secret!, user.email, clock.now()) }));
      }
      if (!signedIn.user) throw new Error(`Fixture sign-in failed: ${JSON.stringify(res.errors)}`);
      people.set(key, signedIn);
    }
    return people.get(key)!;
  };
  const admin = await as(Role.ADMIN);
  return {
    url,
    app,
    clock,
    dialect: database.type === 'postgres' ? 'postgres' : 'sqlite',
    user: admin.user,
    headers: admin.headers,
    gql: admin.gql,
    anonymous: client(null, null),
    as,
    createUser,
    signIn,
    async close() {
      await app.close();
      await dropDatabase();
    },
  };
}

/**
 * Migrating and seeding take most of a server's start (about 1.5 s, 4 s with the demo data), so
 * each database starts as a copy of one made earlier in this run by a start with the same seed
 * inputs: the demo data and the reference data's dates follow the clock, and config may change what
 * is seeded. The migrations and seeds still run on the copy and find nothing to do.
 */
function templateKey(demoData = false, clock: TestClock, config: Partial<Config> = {}): string {
  return createHash('sha256').update(JSON.stringify({ demoData, now: clock.now().toISOString(), config })).digest('hex').slice(0, 16);
}

/** The schema every PostgreSQL test database keeps its tables in (startSecondProcess sets search_path to it). */
const PG_SCHEMA = 'ccpor';

/** The URL of another database on the same PostgreSQL server. */
function databaseUrl(url: string, name: string): string {
  const other = new URL(url);
  other.pathname = `/${name}`;
  return other.toString();
}

/** Template databases this worker knows to exist, by key (a copy is a file copy; migrating takes seconds). */
const postgresTemplates = new Map<string, Promise<string>>();

/** A copy made ahead for each key while a test file runs, so the next file with that key finds it made. */
const spareCopies = new Map<string, Promise<string>>();

/**
 * A database of its own for one server: `CREATE DATABASE … TEMPLATE` of a migrated and seeded
 * database made once per run and key. Names start with this run's prefix: global-setup drops what
 * is left at the end (spares, and copies whose drop was still going when the worker stopped).
 */
async function postgresCopy(url: string, key: string, settings: Omit<Config, 'database'>, clock: TestClock) {
  const run = inject('postgresRun');
  let template = postgresTemplates.get(key);
  if (!template) {
    template = postgresTemplate(url, `${run}_tpl_${key}`, settings, clock);
    postgresTemplates.set(key, template);
    template.catch(() => postgresTemplates.delete(key));
  }
  const source = template;
  const copy = async () => {
    const name = `${run}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const from = await source;
    await withPg(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${from}`));
    return name;
  };
  // A spare that failed is no loss: this start makes its own copy instead.
  const name = (await spareCopies.get(key)?.catch(() => null)) ?? (await copy());
  const spare = copy();
  spare.catch(() => {});
  spareCopies.set(key, spare);
  const database: DatabaseConfig = { type: 'postgres', url: databaseUrl(url, name), schema: PG_SCHEMA };
  // Dropping takes a while and nothing waits on it: the next file starts meanwhile.
  const drop = async () => { void withPg(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => {}); };
  return { database, drop };
}

/**
 * Makes the template `name` unless another worker has (an advisory lock makes the others wait for
 * it). It is migrated and seeded under a name of its own and then renamed, so a copy never starts
 * from a half-made template.
 */
async function postgresTemplate(url: string, name: string, settings: Omit<Config, 'database'>, clock: TestClock): Promise<string> {
  return withPg(url, async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    if ((await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) return name;
    const partial = `${name}_partial`;
    await c.query(`DROP DATABASE IF EXISTS ${partial}`);
    await c.query(`CREATE DATABASE ${partial}`);
    await withPg(databaseUrl(url, partial), (p) => p.query(`CREATE SCHEMA ${PG_SCHEMA}`));
    const database: DatabaseConfig = { type: 'postgres', url: databaseUrl(url, partial), schema: PG_SCHEMA };
    const db = createDataSource(database);
    await db.initialize();
    try {
      await prepareDatabase(db, { ...settings, database }, clock);
    } finally {
      await db.destroy();
    }
    await c.query(`ALTER DATABASE ${partial} RENAME TO ${name}`);
    return name;
  });
}

/** Copies the freshly prepared database, before anybody signs in, to `template` (whole, or not at all). */
async function saveTemplate(app: App, template: string) {
  // Everything written so far goes from the write-ahead log into the database file, which is then complete.
  await app.db.query('PRAGMA wal_checkpoint(TRUNCATE)');
  const partial = `${template}.${process.pid}.${randomUUID()}`;
  fs.copyFileSync((app.db.options as { database: string }).database, partial);
  fs.renameSync(partial, template);
}

async function withPg<T>(url: string, work: (c: PgClient) => Promise<T>): Promise<T> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The error code of the first error, for `expect(errorCode(res)).toBe('NOT_FOUND')`. */
export const errorCode = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions?.code;

/** The first error's details (`{}` when it has none), for `expect(errorDetails(res)).toMatchObject(…)`. */
export const errorDetails = (res: GqlResult<unknown>): ErrorDetails => res.errors?.[0]?.extensions?.details ?? {};

/**
 * Posts a generated document with variables that need not fit its input types (hostile or malformed
 * values, which the server must refuse): the document is still checked against the schema, the answer typed.
 */
export const sendAsIs = <TResult, TVariables>(client: Client, document: TypedDocumentString<TResult, TVariables>, variables: Record<string, unknown>) =>
  client.gql(document.toString(), variables) as Promise<GqlResult<TResult>>;

/** A REST endpoint's answer (POST /files, the CSV reports) as a GraphQL answer, for errorCode and refusedFields. */
export const restAnswer = async (res: Response): Promise<GqlResult> => ({ status: res.status, ...((await res.json()) as object) });

/** The input fields that error details (of a whole request, or of one item of a batch) name, in order. */
export const detailFields = (details: unknown) => ((details as ErrorDetails | null | undefined)?.fields ?? []).map((f) => f.field);

/** The input fields a BAD_USER_INPUT refusal names, in order. */
export const refusedFields = (res: GqlResult<unknown>) => detailFields(errorDetails(res));

/** The answer's data; throws with the errors when there are any, so a setup step cannot fail silently. */
export function dataOf<T>(res: GqlResult<T>): T {
  if (res.errors || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
  return res.data;
}

/**
 * Starts a second server as its own OS process (`tsx server/main.ts`) on the same database as
 * `api` (the PostgreSQL schema, or the SQLite file), for tests of several processes sharing one
 * database; `env` adds to its environment. `kill` ends it at once, as a crash would.
 */
export async function startSecondProcess(api: Api, env: Record<string, string> = {}): Promise<{ url: string; gql: Gql; stop(): Promise<void>; kill(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const options = api.app.db.options as { url?: string; schema?: string; database?: string };
  let database: Record<string, string>;
  if (options.schema) {
    const url = new URL(options.url!);
    url.searchParams.set('options', `-c search_path=${options.schema}`);
    database = { DATABASE_URL: url.toString() };
  } else {
    database = { DATABASE_URL: '', SQLITE_PATH: options.database! };
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../server/main.ts')], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...database, ...env },
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
    AbortSignal.timeout(30_000).addEventListener('abort', () => reject(new Error(`second server did not start: ${stderr}`)));
  });
  return {
    url: base,
    gql: (async (query: { toString(): string }, variables?: unknown) => {
      // The admin's session cookie works here too: sessions live in the shared database.
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: query.toString(), variables }) });
      return { status: res.status, ...((await res.json()) as object) };
    }) as Gql,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
    kill: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    }),
  };
}
