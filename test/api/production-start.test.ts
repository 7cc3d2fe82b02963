import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import { DEVELOPMENT_SECRET, loadConfig, type Config, type DatabaseConfig } from '../../server/config';
import { createDataSource } from '../../server/db/data-source';
import { postgresMigrations } from '../../server/db/migrations/postgres';
import { sqliteMigrations } from '../../server/db/migrations/sqlite';
import { seedDemoData } from '../../server/db/seed/demo-data';
import { seedReferenceData } from '../../server/db/seed/reference-data';
import { hashPassword } from '../../server/modules/user/credentials';
import { Role, User } from '../../server/modules/user/user.entity';
import { TEST_PASSWORD, TestClock, usingPostgres, type GqlResult } from '../support/api';
import { graphql } from '../support/generated';
import type { TypedDocumentString } from '../support/generated/graphql';

// Production refuses to start without a real secret, on demo credentials or on an out-of-date
// schema; once started it hides its schema from anonymous callers and its internals from everyone.

const SECRET = randomBytes(36).toString('base64'); // 48 characters, like `openssl rand -base64 48`
const clock = new TestClock();
const dropped: (() => Promise<void>)[] = [];
afterAll(async () => { for (const drop of dropped) await drop(); });

/** An empty database of this suite's dialect: a fresh SQLite file, or a fresh PostgreSQL schema. */
async function emptyDatabase(): Promise<DatabaseConfig> {
  if (usingPostgres()) {
    const url = process.env.DATABASE_URL!;
    const schema = `prod_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await withPg(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
    dropped.push(async () => { await withPg(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)); });
    return { type: 'postgres', url, schema };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpor-prod-'));
  dropped.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return { type: 'better-sqlite3', path: path.join(dir, 'prod.sqlite') };
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

/**
 * What `npm run migrate` does (server/db/migrate.ts), then `extra` on the open database.
 * `upTo` leaves out the later migrations (a database behind the code).
 */
async function migratedDatabase(extra?: (db: ReturnType<typeof createDataSource>) => Promise<unknown>, upTo?: number): Promise<DatabaseConfig> {
  const database = await emptyDatabase();
  const db = createDataSource(database);
  if (upTo !== undefined) db.setOptions({ migrations: (database.type === 'postgres' ? postgresMigrations : sqliteMigrations).slice(0, upTo) });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    // Reference data needs every table; a database left a migration behind has none yet.
    if (upTo === undefined) await seedReferenceData(db, clock.now());
    await extra?.(db);
  } finally {
    await db.destroy();
  }
  return database;
}

const SIGN_IN = graphql(`mutation ProductionSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }`);
const SCHEMA_NAME = graphql(`query ProductionSchemaName { __schema { queryType { name } } }`);
const DEPLOYMENT_COUNT = graphql(`query ProductionDeploymentCount { deployments(first: 1) { totalCount } }`);

const production = (database: DatabaseConfig, env: Record<string, string> = {}): Config =>
  ({ ...loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET, ...env }), database });

describe('production refuses to start', () => {
  it('without an APP_SECRET of at least 32 characters', async () => {
    const database = await migratedDatabase();
    for (const appSecret of ['', DEVELOPMENT_SECRET, 'x'.repeat(31)]) {
      await expect(buildApp({ config: { ...production(database), appSecret }, clock })).rejects.toThrow(/APP_SECRET/);
    }
    await expect(buildApp({ config: { ...loadConfig({ NODE_ENV: 'production' }), database }, clock })).rejects.toThrow(/APP_SECRET/);
  });

  it('sending e-mail (SMTP_URL) without PUBLIC_URL, the address its links point to', async () => {
    const database = await migratedDatabase();
    await expect(buildApp({ config: production(database, { SMTP_URL: 'smtp://mail.example:587' }), clock })).rejects.toThrow(/PUBLIC_URL/);
  });

  it('on a database that holds the demo accounts', async () => {
    const database = await migratedDatabase((db) => seedDemoData(db, { ...loadConfig({ NODE_ENV: 'development' }), seedDemoData: true }, clock));
    await expect(buildApp({ config: production(database), clock })).rejects.toThrow(/demo/);
  });

  it('on a database with a single demo-domain account added by hand', async () => {
    const database = await migratedDatabase((db) => db.manager.save(db.manager.create(User, {
      email: 'someone@ccpor.example', displayName: 'Left over', role: Role.REPORTER, organizationId: null, passwordHash: '!', active: true,
    })));
    await expect(buildApp({ config: production(database), clock })).rejects.toThrow(/demo/);
  });

  it('on a database that was never migrated, or is a migration behind', async () => {
    await expect(buildApp({ config: production(await emptyDatabase()), clock })).rejects.toThrow(/npm run migrate/);
    const behind = await migratedDatabase(undefined, postgresMigrations.length - 1);
    await expect(buildApp({ config: production(behind), clock })).rejects.toThrow(/npm run migrate/);
  });
});

describe('production on a migrated database', () => {
  let app: App;
  let url: string;
  let reporterCookie: string;

  beforeAll(async () => {
    const database = await migratedDatabase((db) => hashPassword(TEST_PASSWORD).then((passwordHash) => db.manager.save(db.manager.create(User, {
      email: 'analyst@courts.example', displayName: 'Report Analyst', role: Role.REPORTER, organizationId: null, passwordHash, active: true,
    }))));
    app = await buildApp({ config: production(database), clock });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN.toString(), variables: { i: { email: 'analyst@courts.example', password: TEST_PASSWORD } } }),
    });
    reporterCookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('ccpor_session='))!;
    expect(reporterCookie).toBeTruthy();
  });
  afterAll(async () => { await app?.close(); });

  /** Posts a generated document (a typed answer) or raw text, refused or malformed on purpose (an answer of unknown shape). */
  const gql = async <T = unknown, V = never>(query: string | TypedDocumentString<T, V>, { cookie, variables }: { cookie?: string; variables?: Record<string, unknown> } = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    return { status: res.status, ...((await res.json()) as object) } as GqlResult<T> & { extensions?: Record<string, unknown> };
  };

  it('starts, and its health check answers', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  const expectAnonymousRefused = async (queries: string[]) => {
    for (const query of queries) {
      const res = await gql(query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(res.data ?? null, query).toBeNull();
    }
  };

  it('refuses introspection to anonymous callers', async () => {
    await expectAnonymousRefused([
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Deployment") { fields { name } } }',
      'query { organizations(first: 1) { totalCount } __schema { queryType { name } } }',
    ]);
  });

  it('refuses it to anonymous callers when it comes wrapped in a fragment', async () => {
    await expectAnonymousRefused([
      '{ ... on Query { __schema { types { name } } } }',
      'query { ...Schema } fragment Schema on Query { __schema { mutationType { fields { name } } } }',
    ]);
  });

  it('answers introspection to a signed-in caller', async () => {
    const res = await gql(SCHEMA_NAME, { cookie: reporterCookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });

  const withoutSuggestion = (answers: Awaited<ReturnType<typeof gql>>[]) => {
    for (const res of answers) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors!) expect(error.message).not.toMatch(/did you mean|"PLANNING"|"email"|"deployments"|"first"/i);
    }
  };

  it('never sends a stack trace or SQL statement counts', async () => {
    const answers = [
      await gql('{ me { id '),
      await gql('{ me { emial } }', { cookie: reporterCookie }),
      await gql('{ deployments(first: 101) { totalCount } }', { cookie: reporterCookie }),
      await gql('{ deployment(id: "0d3b1a51-0000-4000-8000-000000000000") { id } }', { cookie: reporterCookie }),
      await gql(DEPLOYMENT_COUNT),
      await gql('mutation { createDeployment(input: { courtId: "0d3b1a51-0000-4000-8000-000000000000", targetGoLive: "2027-06-01" }) { id } }', { cookie: reporterCookie }),
    ];
    for (const res of answers) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors!) {
        expect(error.extensions?.code).toBeTruthy();
        expect(error.extensions).not.toHaveProperty('stacktrace');
        expect(error.extensions).not.toHaveProperty('exception');
      }
      expect(res.extensions ?? {}).not.toHaveProperty('sqlStatements');
    }
    const ok = await gql(DEPLOYMENT_COUNT, { cookie: reporterCookie });
    expect(ok.data).toEqual({ deployments: { totalCount: 0 } });
    expect(ok.extensions ?? {}).not.toHaveProperty('sqlStatements');
  });

  it('suggests no field, type or argument names for a typo', async () => {
    withoutSuggestion([
      await gql('{ me { emial } }', { cookie: reporterCookie }),
      await gql('{ deploymnts { totalCount } }'),
      await gql('{ deploymnts { totalCount } }', { cookie: reporterCookie }),
      await gql('{ deployments(frist: 1) { totalCount } }', { cookie: reporterCookie }),
      await gql('query($f: DeploymentFiltr) { deployments(filter: $f) { totalCount } }', { cookie: reporterCookie }),
    ]);
  });

  it('suggests no enum values for a typo, in the query or in its variables', async () => {
    withoutSuggestion([
      await gql('{ deployments(first: 1, filter: { phase: [PLANING] }) { totalCount } }', { cookie: reporterCookie }),
      await gql('query($p: [Phase!]) { deployments(first: 1, filter: { phase: $p }) { totalCount } }', { cookie: reporterCookie, variables: { p: ['PLANING'] } }),
    ]);
  });
});
