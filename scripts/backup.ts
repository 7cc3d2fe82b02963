// `npm run backup -- --to backups/ccpor-2027-01-04.sqlite`: an online backup of the SQLite database
// (SQLITE_PATH) while the server keeps running and writing, then PRAGMA integrity_check on the copy.
// `npm run backup -- --under-load`: the same against a scratch database with the server running
// as its own process and devices writing, then starts a server on the copy to show that it serves.
// PostgreSQL is backed up with pg_dump (docs/operations.md).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../server/config';
import { createContext, systemActor } from '../server/graphql/context';
import { TestCase } from '../server/modules/test-plan/test-plan.entity';
import { findCurrentPlan } from '../server/modules/test-plan/test-plan.service';
import { TestEnvironment, TestRunPurpose } from '../server/modules/test-run/test-run.entity';
import { startTestRun } from '../server/modules/test-run/test-run.service';
import { systemClock } from '../server/shared/clock';
import { OPS_ADMIN, scratchDatabase, until } from './ops/database';
import { gql, signInCookie, startServerProcess } from './ops/server-process';
import { seedScale } from './seed-scale';

export interface BackupResult { file: string; bytes: number; ms: number; integrity: string }

/**
 * Copies a live SQLite database with SQLite's online backup API. The copy is taken in one step
 * under one read transaction: with WAL, writers go on meanwhile, and the copy is the database as
 * of that transaction's start (a copy in small steps would restart whenever the server writes).
 */
export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`No SQLite database at ${source}.`);
  if (fs.existsSync(destination)) throw new Error(`${destination} exists already; choose a new file name.`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const started = performance.now();
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
  } finally {
    db.close();
  }
  const ms = performance.now() - started;
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    return { file: destination, bytes: fs.statSync(destination).size, ms: Math.round(ms), integrity };
  } finally {
    copy.close();
  }
}

function backupCommand(source: string, destination: string): Promise<BackupResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--to', destination], {
      env: { ...process.env, SQLITE_PATH: source, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.once('exit', (code) => {
      try {
        resolve(JSON.parse(out) as BackupResult);
      } catch {
        reject(new Error(`backup exited with ${code}: ${out}`));
      }
    });
  });
}

const RECORD = 'mutation($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }';
const COUNTS = '{ deployments(first: 1) { totalCount } }';

/** Backup while devices write through a running server; then the copy is checked and served. */
async function underLoad() {
  const scratch = await scratchDatabase('backup');
  if (scratch.config.database.type !== 'better-sqlite3') throw new Error('unreachable');
  const source = scratch.config.database.path;
  const copyPath = path.join(path.dirname(source), 'copy.sqlite');
  let server = null as Awaited<ReturnType<typeof startServerProcess>> | null;
  let restored = null as Awaited<ReturnType<typeof startServerProcess>> | null;
  try {
    await seedScale(scratch.db, scratch.config, 100, true);
    const ctx = createContext(scratch.db, systemClock, scratch.config, systemActor('Backup check'));
    const [deployment] = await scratch.db.query('SELECT id FROM deployment LIMIT 1');
    const run = await startTestRun(ctx, { deploymentId: deployment.id, environment: TestEnvironment.TEST, purpose: TestRunPurpose.REHEARSAL });
    const plan = await findCurrentPlan(scratch.db.manager);
    const cases = await scratch.db.manager.find(TestCase, { where: { planId: plan!.id } });
    await scratch.db.destroy();

    server = await startServerProcess(scratch.config.database);
    const cookie = await signInCookie(server.url, OPS_ADMIN.email, OPS_ADMIN.password);
    // Writers: bounded in count and time; they run before, during and after the backup.
    let written = 0;
    let failed = 0;
    let writing = true;
    const going = until(Date.now() + 60_000);
    const writer = async (w: number) => {
      for (let i = 0; writing && going() && i < 5000; i += 1) {
        const answer = await gql(server!.url, cookie, RECORD, { i: { mutationId: randomUUID(), runId: run.id, caseId: cases[(i + w) % cases.length].id, status: 'PASSED', tester: `Writer ${w}` } });
        if (answer.errors) failed += 1;
        else written += 1;
      }
    };
    const writers = Promise.all([1, 2, 3, 4].map(writer));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The backup command itself, as its own process, so that the writers here keep going meanwhile.
    const before = written;
    const result = await backupCommand(source, copyPath);
    const during = written - before;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    writing = false;
    await writers;
    await server.stop();
    server = null;

    const copy = new Database(copyPath, { readonly: true });
    const inCopy = (copy.prepare('SELECT COUNT(*) AS n FROM test_result WHERE "runId" = ?').get(run.id) as { n: number }).n;
    copy.close();
    restored = await startServerProcess({ type: 'better-sqlite3', path: copyPath });
    const health = await (await fetch(`${restored.url}/healthz`)).json();
    const restoredCookie = await signInCookie(restored.url, OPS_ADMIN.email, OPS_ADMIN.password);
    const counts = await gql<{ deployments: { totalCount: number } }>(restored.url, restoredCookie, COUNTS);
    const report = {
      backup: { bytes: result.bytes, ms: result.ms, integrity: result.integrity },
      writes: { total: written, failed, duringBackupCommand: during },
      copy: { attemptsOfTheRun: inCopy, healthz: health, deployments: counts.data?.deployments.totalCount ?? counts.errors },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const ok = result.integrity === 'ok' && failed === 0 && during > 0 && (health as { status: string }).status === 'ok' && counts.data?.deployments.totalCount === 100;
    process.stdout.write(ok ? 'PASS: backed up under write load; the copy is intact and serves.\n' : 'FAIL\n');
    return ok;
  } finally {
    await server?.kill();
    await restored?.stop();
    await scratch.drop();
  }
}

async function main() {
  const { values } = parseArgs({ options: { to: { type: 'string' }, 'under-load': { type: 'boolean', default: false } } });
  if (values['under-load']) return process.exit((await underLoad()) ? 0 : 1);
  if (!values.to) throw new Error('Usage: npm run backup -- --to <file.sqlite>   (or --under-load for the self-check)');
  const config = loadConfig();
  if (config.database.type !== 'better-sqlite3') throw new Error('DATABASE_URL is set: back PostgreSQL up with pg_dump (docs/operations.md).');
  const result = await backupSqlite(config.database.path, path.resolve(values.to));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(result.integrity === 'ok' ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`backup failed: ${error?.message ?? error}\n`);
  process.exit(1);
});
