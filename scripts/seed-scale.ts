// `npm run seed:scale -- --deployments 1000 [--sqlite data/scale.sqlite]`: realistic volumes for
// benchmarks. The first 500 deployments, their tasks and dependencies and a scanner assessment each
// go through the services (same rules as the API); CAT runs, attempts, defects and their audit
// events are bulk-inserted, since thousands of them per deployment would otherwise take minutes.
// Deployments beyond 500 are set-based copies of those (copyDeployments).
// Uses DATABASE_URL (PostgreSQL) or SQLITE_PATH like the server; the database must hold no deployments.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig, type Config } from '../server/config';
import { createDataSource, inTransaction, isPostgresSource } from '../server/db/data-source';
import { seedReferenceData } from '../server/db/seed/reference-data';
import { insertRows, rawQuery } from '../server/db/sql';
import { createContext, systemActor } from '../server/graphql/context';
import { AuditEvent, AuditKind } from '../server/modules/audit/audit-event.entity';
import { Defect, DefectSeverity, DefectStatus } from '../server/modules/defect/defect.entity';
import { createDeployment } from '../server/modules/deployment/deployment.service';
import { Deployment } from '../server/modules/deployment/deployment.entity';
import { refreshHealthFacts, refreshOpenTasks, tallyAgain, taskDueTallyAgain } from '../server/modules/deployment/health-facts';
import { CcporProfile, Location, Organization, OrganizationKind } from '../server/modules/organization/organization.entity';
import { refreshEveryReadiness } from '../server/modules/readiness/readiness.service';
import { startScannerAssessment } from '../server/modules/scanner/scanner.service';
import { TestCase } from '../server/modules/test-plan/test-plan.entity';
import { findCurrentPlan } from '../server/modules/test-plan/test-plan.service';
import { refreshLatestAttempts } from '../server/modules/test-run/run-status';
import { TestEnvironment, TestResult, TestResultStatus, TestRun, TestRunPurpose } from '../server/modules/test-run/test-run.entity';
import { systemClock, today } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';

const ACTOR = 'Scale seed';
const RUNS_PER_DEPLOYMENT = 3;
/**
 * Deployments seeded one by one through the services (about 0.1 s each); beyond them, set-based
 * copies of these (copyDeployments), so that 5,000 deployments take a minute rather than 25.
 */
export const THROUGH_SERVICES = 500;
/** Deployments per transaction of bulk rows: big enough to be fast, small enough to show progress. */
const BATCH = 50;

/** A deterministic pseudo-random sequence, so two seeds of the same size hold the same shape. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function progress(label: string, done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`\r${label.padEnd(12)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  ${seconds} s`);
  if (done === total) process.stderr.write('\n');
}

export interface ScaleCounts { deployments: number; runs: number; attempts: number; defects: number; auditEvents: number }

/**
 * Adds `count` deployments with full task sets, dependencies, one scanner assessment, three CAT
 * runs of the current plan with attempts, defects for failed attempts, and audit events, to a
 * migrated database with reference data and no deployments. Each deployment gets a court of its
 * own, since a court has at most one active deployment.
 */
export async function seedScale(db: DataSource, config: Config, count: number, quiet = false, throughServices = THROUGH_SERVICES): Promise<ScaleCounts> {
  if (await db.manager.count(Deployment)) throw new Error('seed:scale needs a database without deployments (use a fresh SQLITE_PATH or schema).');
  const base = Math.min(count, throughServices);
  const totals = await seedThroughServices(db, config, base, quiet);
  if (count > base) {
    const started = Date.now();
    const copied = await copyDeployments(db, count - base, (done) => { if (!quiet) progress('copies', done, count - base, started); });
    for (const key of Object.keys(totals) as (keyof ScaleCounts)[]) totals[key] += copied[key];
  }
  // After a bulk load PostgreSQL plans from statistics that autovacuum has not gathered yet (the CAT
  // reports chose whole-table hashes), and the first reads of each new row write its hint bits and
  // find no visibility map (autovacuum may be off, as on the test machines): a bench would measure
  // that clean-up, paid by whichever request reads a page first. Vacuum and analyze the schema's
  // tables once, as one does after loading data, so that what is measured is a settled database.
  if (isPostgresSource(db)) {
    const tables = (await db.query('SELECT tablename FROM pg_tables WHERE schemaname = current_schema()')) as { tablename: string }[];
    await db.query(`VACUUM (ANALYZE) ${tables.map((t) => `"${t.tablename}"`).join(', ')}`);
  }
  return totals;
}

async function seedThroughServices(db: DataSource, config: Config, count: number, quiet: boolean): Promise<ScaleCounts> {
  const rnd = random(count);
  const now = systemClock.now();
  const todayDate = today(systemClock);
  const ctx = createContext(db, systemClock, config, systemActor(ACTOR));
  const show = (label: string, done: number, started: number) => { if (!quiet) progress(label, done, count, started); };

  // Courts and a courthouse each, set-based.
  const courts = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), kind: OrganizationKind.COURT, name: `Superior Court of California, Scale County ${i + 1}`,
    county: `Scale ${i + 1}`, ccporProfile: i % 7 === 0 ? CcporProfile.IMAGES_ONLY : CcporProfile.DATA_AND_IMAGES,
  }));
  const locations = courts.map((c, i) => ({ id: randomUUID(), organizationId: c.id, name: `Scale County ${i + 1} Courthouse`, address: `${100 + i} Main Street` }));
  await inTransaction(db, async (tx) => {
    await insertRows(tx, Organization, courts);
    await insertRows(tx, Location, locations);
  });
  const leas = (await db.manager.findBy(Organization, { kind: OrganizationKind.LEA })).map((o) => o.id);

  let started = Date.now();
  const deployments: { id: string; locationId: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    // Go-lives spread over the coming year, so health ranges from late to on track.
    const d = await createDeployment(ctx, {
      courtId: courts[i].id, leaIds: [leas[i % leas.length]], wave: 1 + (i % 4), targetGoLive: addDays(todayDate, 14 + Math.floor(rnd() * 380)),
    });
    deployments.push({ id: d.id, locationId: locations[i].id });
    await startScannerAssessment(ctx, { deploymentId: d.id, locationId: locations[i].id, assessedOn: todayDate, notes: null });
    if ((i + 1) % 10 === 0 || i + 1 === count) show('deployments', i + 1, started);
  }

  // Progress on the work, set-based: the first tasks of each deployment done, some dependencies moving.
  await inTransaction(db, async (tx) => {
    for (let i = 0; i < deployments.length; i += BATCH) {
      const ids = deployments.slice(i, i + BATCH).map((d) => d.id);
      const doneThrough = Math.floor(rnd() * 16);
      await rawQuery(tx, `UPDATE task SET status = 'DONE', "completedOn" = :on, "updatedBy" = :actor WHERE "deploymentId" IN (:...ids) AND number <= :n`,
        { on: todayDate, actor: ACTOR, ids, n: doneThrough });
      await rawQuery(tx, `UPDATE dependency SET status = 'WAITING', "waitingOn" = 'COURT', "waitingSince" = :since WHERE "deploymentId" IN (:...ids) AND kind = 'INFRASTRUCTURE_ASSESSMENT'`,
        { since: addDays(todayDate, -Math.floor(rnd() * 60)), ids });
    }
    await rawQuery(tx, `UPDATE deployment SET status = 'IN_PROGRESS', "updatedBy" = :actor`, { actor: ACTOR });
  });

  const plan = await findCurrentPlan(db.manager);
  if (!plan) throw new Error('No CAT plan is published: reference data is missing.');
  const cases = await db.manager.find(TestCase, { where: { planId: plan.id }, order: { position: 'ASC' } });
  const totals: ScaleCounts = { deployments: count, runs: 0, attempts: 0, defects: 0, auditEvents: 0 };
  started = Date.now();
  for (let i = 0; i < deployments.length; i += BATCH) {
    const slice = deployments.slice(i, i + BATCH);
    await inTransaction(db, (tx) => insertCatHistory(tx, slice.map((d) => d.id), plan.id, cases, now, rnd, totals));
    show('CAT history', Math.min(i + BATCH, count), started);
  }
  // The set-based writes above bypass the write path: the kept readiness and health dates of every deployment are brought up to date once, as the migrations do.
  await inTransaction(db, async (tx) => {
    await refreshEveryReadiness(tx);
    await refreshHealthFacts(tx, 'every');
    await refreshOpenTasks(tx, 'every');
  });
  return totals;
}

/**
 * What a copy of a deployment holds, table by table in the order of their foreign keys: which rows
 * of the table belong to the source deployments (:...src), and which columns hold ids of copied
 * rows (given new ids; every other column, such as a plan, a case, an agency or a user, is kept).
 */
const COPIED: { table: string; of: string; ids: string[]; numbered?: Record<string, string> }[] = [
  { table: 'organization', of: 't.id IN (SELECT "courtId" FROM deployment WHERE id IN (:...src))', ids: ['id'],
    numbered: { name: 'Superior Court of California, Scale County ', county: 'Scale ' } },
  { table: 'location', of: 't."organizationId" IN (SELECT "courtId" FROM deployment WHERE id IN (:...src))', ids: ['id', 'organizationId'],
    numbered: { name: 'Scale County ' } },
  { table: 'deployment', of: 't.id IN (:...src)', ids: ['id', 'courtId'] },
  { table: 'deployment_lea', of: 't."deploymentId" IN (:...src)', ids: ['deploymentId'] },
  { table: 'deployment_field_staff', of: 't."deploymentId" IN (:...src)', ids: ['deploymentId'] },
  { table: 'task', of: 't."deploymentId" IN (:...src)', ids: ['id', 'deploymentId'] },
  { table: 'task_prerequisite', of: 't."taskId" IN (SELECT id FROM task WHERE "deploymentId" IN (:...src))', ids: ['taskId', 'prerequisiteId'] },
  { table: 'dependency', of: 't."deploymentId" IN (:...src)', ids: ['id', 'deploymentId'] },
  { table: 'scanner_assessment', of: 't."deploymentId" IN (:...src)', ids: ['id', 'deploymentId', 'locationId'] },
  { table: 'scanner_workstation', of: 't."deploymentId" IN (:...src)', ids: ['id', 'assessmentId', 'deploymentId'] },
  { table: 'test_run', of: 't."deploymentId" IN (:...src)', ids: ['id', 'deploymentId'] },
  { table: 'test_result', of: 't."runId" IN (SELECT id FROM test_run WHERE "deploymentId" IN (:...src))', ids: ['id', 'runId', 'mutationId'] },
  { table: 'case_latest_attempt', of: 't."runId" IN (SELECT id FROM test_run WHERE "deploymentId" IN (:...src))', ids: ['runId', 'attemptId'] },
  { table: 'run_case_count', of: 't."runId" IN (SELECT id FROM test_run WHERE "deploymentId" IN (:...src))', ids: ['runId'] },
  { table: 'defect', of: 't."deploymentId" IN (:...src)', ids: ['id', 'deploymentId', 'runId'] },
  { table: 'defect_attempt', of: 't."defectId" IN (SELECT id FROM defect WHERE "deploymentId" IN (:...src))', ids: ['defectId', 'attemptId'] },
  { table: 'deployment_health', of: 't."deploymentId" IN (:...src)', ids: ['deploymentId'] },
  { table: 'open_task_due', of: 't."deploymentId" IN (:...src)', ids: ['deploymentId'] },
  { table: 'deployment_readiness', of: 't."deploymentId" IN (:...src)', ids: ['deploymentId', 'acceptanceRunId'] },
  { table: 'readiness_blocker', of: 't."deploymentId" IN (:...src)', ids: ['deploymentId', 'recordId'] },
];

/** Tables whose rows name their deployment and that a seed leaves empty; a copy would miss them, so copyDeployments refuses if they hold any. */
const NOT_COPIED = ['account_request', 'close_out', 'comment', 'document', 'incident', 'meeting', 'questionnaire_response', 'record_attachment', 'reschedule', 'sign_off', 'training_session'];

/**
 * Adds `count` deployments as set-based copies of those seeded through the services, the first
 * copies of every one of them, then of the next, …: each copy holds the same rows (tasks, their
 * progress, dependencies, CAT runs and attempts, defects, kept readiness, health dates and counts,
 * audit events) under new ids, with a court of its own named by its number. The same shape as the
 * services would build, made by INSERT … SELECT, so the kept tables equal a recomputation as the
 * source's do. A copied id is the source's with its version digit and the three after it replaced
 * by 8 and the copy's number: the same mapping in every table keeps the references between copied rows.
 */
async function copyDeployments(db: DataSource, count: number, show: (done: number) => void): Promise<ScaleCounts> {
  const postgres = isPostgresSource(db);
  for (const table of NOT_COPIED) {
    if (Number((await rawQuery<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table}`))[0].n)) throw new Error(`copyDeployments: ${table} holds rows, which a copy would miss.`);
  }
  const sources = (await rawQuery<{ id: string }>(db, 'SELECT id FROM deployment ORDER BY id')).map((d) => d.id);
  const before = await scaleCounts(db);
  // Column types on PostgreSQL (an id column may be uuid or character varying); SQLite keeps text.
  const types = new Map<string, string>();
  if (postgres) {
    for (const c of await rawQuery<{ table_name: string; column_name: string; data_type: string }>(db,
      'SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()')) types.set(`${c.table_name}.${c.column_name}`, c.data_type);
  }
  const columnsOf = async (table: string) => postgres
    ? [...types.keys()].filter((k) => k.startsWith(`${table}.`)).map((k) => k.slice(table.length + 1))
    : (await rawQuery<{ name: string }>(db, `PRAGMA table_info("${table}")`)).map((c) => c.name);
  // The version digit becomes 8 (a UUID still, which inputs require, and no generated id has it: they
  // are versions 4 and 7) and the next three the copy's number.
  const newId = (table: string, column: string, copy: number) => {
    const id = postgres ? `CAST(t."${column}" AS varchar)` : `t."${column}"`;
    const mapped = `substr(${id}, 1, 14) || '8${copy.toString(16).padStart(3, '0')}' || substr(${id}, 19)`;
    return postgres ? `CAST(${mapped} AS ${types.get(`${table}.${column}`) === 'uuid' ? 'uuid' : 'varchar'})` : mapped;
  };
  const asText = (expr: string) => (postgres ? `CAST(${expr} AS varchar)` : expr);
  const audited = (src: string) => ['deployment WHERE id', 'task WHERE "deploymentId"', 'dependency WHERE "deploymentId"', 'scanner_assessment WHERE "deploymentId"',
    'test_run WHERE "deploymentId"', 'defect WHERE "deploymentId"'].map((from) => `SELECT ${asText('id')} FROM ${from} IN (${src})`)
    .concat(`SELECT ${asText('id')} FROM test_result WHERE "runId" IN (SELECT id FROM test_run WHERE "deploymentId" IN (${src}))`).join(' UNION ALL ');
  const tables = [...COPIED, { table: 'audit_event', of: `t."entityId" IN (${audited(':...src')})`, ids: ['id', 'entityId'] }];
  const columns = new Map<string, string[]>();
  for (const { table } of tables) columns.set(table, await columnsOf(table));

  let done = 0;
  for (let copy = 1; done < count; copy += 1) {
    const src = sources.slice(0, Math.min(sources.length, count - done));
    await inTransaction(db, async (tx) => {
      for (const { table, of, ids, numbered } of tables) {
        const number = `CAST(substr(t.county, 7) AS INTEGER) + ${copy * sources.length}`;
        const values = columns.get(table)!.map((column) => ids.includes(column) ? newId(table, column, copy)
          : numbered?.[column] !== undefined ? `'${numbered[column]}' || ${table === 'location' ? `CAST(CAST(substr(t.name, 14, length(t.name) - 24) AS INTEGER) + ${copy * sources.length} AS ${postgres ? 'varchar' : 'TEXT'}) || ' Courthouse'` : `CAST(${number} AS ${postgres ? 'varchar' : 'TEXT'})`}`
            : `t."${column}"`);
        await rawQuery(tx, `INSERT INTO ${table} (${columns.get(table)!.map((c) => `"${c}"`).join(', ')}) SELECT ${values.join(', ')} FROM ${table} t WHERE ${of}`, { src });
      }
    });
    done += src.length;
    show(done);
  }
  // The copies' kept rows are their sources'; the counts across the portfolio are counted again.
  await inTransaction(db, async (tx) => {
    await tallyAgain(tx);
    await taskDueTallyAgain(tx);
  });
  const after = await scaleCounts(db);
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k as keyof ScaleCounts] - before[k as keyof ScaleCounts]])) as unknown as ScaleCounts;
}

async function scaleCounts(db: DataSource): Promise<ScaleCounts> {
  const n = async (sql: string) => Number((await rawQuery<{ n: number }>(db, sql))[0].n);
  return {
    deployments: await n('SELECT COUNT(*) AS n FROM deployment'), runs: await n('SELECT COUNT(*) AS n FROM test_run'), attempts: await n('SELECT COUNT(*) AS n FROM test_result'),
    defects: await n('SELECT COUNT(*) AS n FROM defect'), auditEvents: await n(`SELECT COUNT(*) AS n FROM audit_event WHERE operation IN ('startTestRun', 'recordTestResult', 'raiseDefect')`),
  };
}

async function insertCatHistory(
  tx: EntityManager, deploymentIds: string[], planId: string, cases: TestCase[], now: Date, rnd: () => number, totals: ScaleCounts,
) {
  const runs: Partial<TestRun>[] = [];
  const attempts: Partial<TestResult>[] = [];
  const defects: Partial<Defect>[] = [];
  const links: { defectId: string; attemptId: string }[] = [];
  const events: Partial<AuditEvent>[] = [];
  const audit = (operation: string, entityType: string, entityId: string, at: Date, after: Record<string, unknown>) => events.push({
    id: randomUUID(), at, kind: AuditKind.CHANGE, userId: null, actor: ACTOR, role: null, operation, entityType, entityId, before: null, after, clientAddress: null,
  });
  for (const deploymentId of deploymentIds) {
    for (let r = 0; r < RUNS_PER_DEPLOYMENT; r += 1) {
      const startedAt = new Date(now.getTime() - (RUNS_PER_DEPLOYMENT - r) * 7 * 86_400_000);
      const run = { id: randomUUID(), deploymentId, planId, environment: TestEnvironment.TEST, purpose: r < 2 ? TestRunPurpose.REHEARSAL : TestRunPurpose.ACCEPTANCE, startedAt, startedBy: ACTOR };
      runs.push(run);
      audit('startTestRun', 'TestRun', run.id, startedAt, { deploymentId, purpose: run.purpose });
      let sequence = 0;
      for (const c of cases) {
        // Later runs pass more; a failed case is tried again within the run a third of the time.
        const failed = rnd() < 0.2 / (r + 1);
        const tries = failed && rnd() < 0.33 ? 2 : 1;
        for (let t = 0; t < tries; t += 1) {
          const status = failed && t === 0 ? TestResultStatus.FAILED : TestResultStatus.PASSED;
          const testedAt = new Date(startedAt.getTime() + (sequence + 1) * 60_000);
          const attempt = {
            id: randomUUID(), runId: run.id, caseId: c.id, status, actualResult: status === TestResultStatus.FAILED ? 'Order did not reach CARPOS within 5 minutes.' : null,
            notes: null, tester: 'Scale tester', build: '2027.1', testedAt, photos: [], mutationId: randomUUID(), sequence: (sequence += 1), recordedAt: testedAt, recordedBy: ACTOR,
          };
          attempts.push(attempt);
          audit('recordTestResult', 'TestResult', attempt.id, testedAt, { runId: run.id, caseId: c.id, status });
          if (status === TestResultStatus.FAILED && rnd() < 0.5) {
            const defect = {
              id: randomUUID(), deploymentId, runId: run.id, title: `${c.key}: order not transmitted`, description: 'Submitted an order; it did not appear in CARPOS.',
              severity: rnd() < 0.3 ? DefectSeverity.MAJOR : DefectSeverity.MINOR, status: r < 2 ? DefectStatus.VERIFIED : DefectStatus.OPEN,
              note: null, fixedInBuild: null, raisedAt: testedAt, raisedBy: ACTOR, updatedBy: ACTOR, version: 1,
            };
            defects.push(defect);
            links.push({ defectId: defect.id, attemptId: attempt.id });
            audit('raiseDefect', 'Defect', defect.id, testedAt, { runId: run.id, severity: defect.severity });
          }
        }
      }
    }
  }
  await insertRows(tx, TestRun, runs);
  await insertRows(tx, TestResult, attempts);
  await refreshLatestAttempts(tx, runs.map((r) => r.id!));
  await insertRows(tx, Defect, defects);
  if (links.length) {
    for (let i = 0; i < links.length; i += 5000) await tx.createQueryBuilder().insert().into('defect_attempt').values(links.slice(i, i + 5000)).execute();
  }
  await insertRows(tx, AuditEvent, events);
  totals.runs += runs.length;
  totals.attempts += attempts.length;
  totals.defects += defects.length;
  totals.auditEvents += events.length;
}

/** A migrated database with reference data, for the configured connection. */
export async function openMigrated(config: Config): Promise<DataSource> {
  const db = createDataSource(config.database);
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedReferenceData(db, systemClock.now());
  return db;
}

const USAGE = `Usage: npm run seed:scale -- [--deployments N] [--sqlite FILE]

  --deployments N  deployments to create, 1 to 100,000 (default 1000)
  --sqlite FILE    the SQLite file to fill (default: DATABASE_URL, else SQLITE_PATH, as the server)
  --help           this text
`;

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { deployments: { type: 'string', default: '1000' }, sqlite: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const count = Number(values.deployments);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error('--deployments must be a whole number from 1 to 100,000.');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...(values.sqlite ? { SQLITE_PATH: path.resolve(values.sqlite) } : {}) });
  const db = await openMigrated(config);
  try {
    const started = Date.now();
    const totals = await seedScale(db, config, count);
    process.stdout.write(`${JSON.stringify({ ...totals, database: config.database.type, seconds: (Date.now() - started) / 1000 })}\n`);
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`\nseed:scale failed: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
