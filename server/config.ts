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
  /** Report SQL statements per request in the response extensions: never in production, unless a benchmark asks (SQL_STATEMENT_COUNTS=1). */
  exposeSqlStatements: boolean;
  /**
   * Runs of a query through graphql-js before it is compiled (graphql/executor.ts): one, so that a
   * one-off query costs no compilation; none under test, so that the suite runs its queries compiled.
   */
  compileQueriesAfterRuns: number;
  /** Keys the encryption of TOTP secrets; required in production. */
  appSecret: string;
  /** Origins allowed to call the API from a browser (exact match); the app itself is same-origin. */
  corsOrigins: string[];
  /** Trust X-Forwarded-For from this many proxies (Express "trust proxy"); 0 trusts none. */
  trustProxy: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Roles that must sign in with a TOTP code. */
  mfaRequiredRoles: string[];
  /** Sign-in attempts allowed per client address per minute. */
  signInRatePerMinute: number;
  mail: MailConfig;
}

export interface MailConfig {
  /** The SMTP server (smtp://user:pass@host:587); null keeps mail in the database for the development mailbox. */
  smtpUrl: string | null;
  /** The From header. */
  from: string;
  /** Where links in e-mails point: the app's public address, without a trailing slash. */
  publicUrl: string;
  /** Whether this process runs the mail worker: digests, and sending (MAIL_WORKER=0 leaves it to other processes; tests start it when they want it). */
  worker: boolean;
  /** How often the worker looks for mail to send and digests due. */
  pollMilliseconds: number;
  /** How long a worker holds the messages it claimed: a crashed worker's messages are sent by another after it. */
  claimSeconds: number;
}

/** The secret development and tests use; production refuses to start with it. */
export const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

const positiveInt = (env: NodeJS.ProcessEnv, name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}".`);
  return value;
};

const list = (raw: string | undefined, fallback: string[]) =>
  raw === undefined ? fallback : raw.split(',').map((s) => s.trim()).filter(Boolean);

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
    exposeSqlStatements: nodeEnv !== 'production' || env.SQL_STATEMENT_COUNTS === '1',
    compileQueriesAfterRuns: nodeEnv === 'test' ? 0 : 1,
    appSecret: env.APP_SECRET ?? (nodeEnv === 'production' ? '' : DEVELOPMENT_SECRET),
    corsOrigins: list(env.CORS_ORIGINS, []),
    trustProxy: positiveInt(env, 'TRUST_PROXY', 0),
    sessionIdleMinutes: positiveInt(env, 'SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: positiveInt(env, 'SESSION_MAX_HOURS', 12),
    // Development's demo users sign in without a second factor; the start-up banner says so.
    mfaRequiredRoles: list(env.MFA_REQUIRED_ROLES, nodeEnv === 'development' ? [] : ['ADMIN', 'COORDINATOR']),
    signInRatePerMinute: positiveInt(env, 'SIGNIN_RATE_PER_MINUTE', 20),
    mail: {
      smtpUrl: env.SMTP_URL || null,
      from: env.MAIL_FROM || 'CCPOR Deploy <no-reply@ccpor-deploy.invalid>',
      // Production must say where it is reached (buildApp refuses to send mail without it).
      publicUrl: (env.PUBLIC_URL || (nodeEnv === 'production' ? '' : `http://localhost:${port}`)).replace(/\/+$/, ''),
      worker: env.MAIL_WORKER === undefined ? nodeEnv !== 'test' : env.MAIL_WORKER !== '0',
      pollMilliseconds: positiveInt(env, 'MAIL_POLL_MS', 5000),
      claimSeconds: positiveInt(env, 'MAIL_CLAIM_SECONDS', 300),
    },
  };
}
