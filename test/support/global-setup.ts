import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { hasChromium, launchBrowserServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where startApi keeps the migrated and seeded SQLite databases it copies, for this run only. */
    databaseTemplates: string;
    /** The prefix of every PostgreSQL database startApi makes in this run (templates and copies). */
    postgresRun: string;
    /** The e2e run's one Chromium, which each browser test file connects to ('' outside e2e). */
    browserEndpoint: string;
  }
}

/** Runs `work` on the PostgreSQL server's `postgres` database (databases are made and dropped from there). */
async function onServer<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Drops this run's databases, and those of runs on this machine whose process is gone (killed mid-run). */
async function dropDatabases(url: string, run: string | null) {
  const names = await onServer(url, async (c) => {
    const { rows } = await c.query<{ datname: string }>(String.raw`SELECT datname FROM pg_database WHERE datname LIKE 'ccpor\_t%'`);
    return rows.map((r) => r.datname).filter((name) => {
      const pid = Number(/^ccpor_t(\d+)_/.exec(name)?.[1]);
      return name.startsWith(`${run}_`) || (run === null && pid > 0 && !alive(pid));
    });
  });
  // Templates first: dropping one waits for the copies still being made from it, which are then listed.
  const templates = names.filter((name) => name.includes('_tpl_'));
  await Promise.all(templates.map((name) => onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))));
  if (templates.length) return dropDatabases(url, run);
  await Promise.all(names.map((name) => onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))));
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ccpor-templates-'));
  project.provide('databaseTemplates', dir);
  // The process id tells a later run whether this one is still going; the random part, two projects of one run apart.
  const run = `ccpor_t${process.pid}_${randomBytes(3).toString('hex')}`;
  project.provide('postgresRun', run);
  const postgresUrl = project.config.env?.DATABASE_URL;
  if (postgresUrl) await dropDatabases(postgresUrl, null);
  // Starting Chromium takes seconds on a loaded machine: once per run, with a context per test.
  const browser = project.name === 'e2e' && hasChromium() ? await launchBrowserServer() : null;
  project.provide('browserEndpoint', browser?.wsEndpoint() ?? '');
  return async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
    if (postgresUrl) await dropDatabases(postgresUrl, run);
  };
}
