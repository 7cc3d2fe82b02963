// Exactly-once under faults (docs/sync.md#replay-safety): simulated devices send their outboxes of
// replay-safe mutations through a loopback proxy that loses responses after the server committed,
// while the server is killed with SIGKILL and restarted. Each device resends an unacknowledged
// mutation with the same mutationId until it is acknowledged, as the app's outbox does.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { In } from 'typeorm';
import { rawQuery } from '../../server/db/sql';
import { createContext, systemActor } from '../../server/graphql/context';
import { AuditEvent } from '../../server/modules/audit/audit-event.entity';
import { Deployment } from '../../server/modules/deployment/deployment.entity';
import { HEALTH_FACTS, healthFactsSql, openTaskDueSql, tallySql, taskDueTallySql } from '../../server/modules/deployment/health-facts';
import { TaskKind } from '../../server/modules/lifecycle-template/lifecycle.enums';
import { evaluateReadiness, keptReadiness, readinessAsOf } from '../../server/modules/readiness/readiness.service';
import type { Readiness } from '../../server/modules/readiness/readiness.types';
import { ProcessedMutation } from '../../server/modules/sync/sync.entity';
import { TestCase } from '../../server/modules/test-plan/test-plan.entity';
import { findCurrentPlan } from '../../server/modules/test-plan/test-plan.service';
import { runStatuses } from '../../server/modules/test-run/run-status';
import { RunCaseCount, TestEnvironment, TestResult, TestRunPurpose } from '../../server/modules/test-run/test-run.entity';
import { startTestRun } from '../../server/modules/test-run/test-run.service';
import { systemClock, today } from '../../server/shared/clock';
import { addDays } from '../../server/shared/dates';
import { seedScale } from '../seed-scale';
import { OPS_ADMIN, scratchDatabase, until } from './database';
import { startServerProcess, type ServerProcess } from './server-process';

export interface ChaosOptions {
  mutations: number;
  devices: number;
  kills: number;
  /** Share of responses the proxy loses after the server answered (0.1 = 10 %). */
  dropRate: number;
  /** The whole run stops here, finished or not. */
  deadlineMs: number;
  postgresUrl?: string;
  log?: (line: string) => void;
}

export interface ChaosReport {
  database: string;
  sent: number;
  acknowledged: number;
  requests: number;
  droppedResponses: number;
  networkFailures: number;
  kills: number;
  /** mutationIds whose effect exists more than once. */
  duplicated: number;
  /** Acknowledged mutationIds whose effect is missing or differs from the acknowledgement. */
  missing: number;
  /** Sent mutationIds without exactly one processed_mutation record and one attempt. */
  notExactlyOnce: number;
  /** Attempts written without exactly one audit event naming them. */
  unaudited: number;
  /** Runs whose attempt sequence has gaps or repeats. */
  brokenSequences: number;
  /** Cases whose kept latest attempt (case_latest_attempt) differs from the latest of their attempts. */
  staleLatestAttempts: number;
  /** Runs whose kept counts (run_case_count) differ from their cases counted again. */
  staleRunCounts: number;
  /** Deployments whose kept readiness differs from the rules evaluated again. */
  staleReadiness: number;
  /** Deployments whose kept health dates differ from them computed again from their tasks and dependencies. */
  staleHealth: number;
  /** Rows of portfolio_tally (the whole portfolio's counts) that differ from a count of the deployments' rows computed again, either way. */
  staleTally: number;
  /** Rows of open_task_due and task_due_tally (open tasks by deployment, and by due day, party and phase) that differ from them computed again from the tasks, either way. */
  staleTaskDue: number;
  /** Task moves acknowledged (sent by a planner beside the devices). */
  movedTasks: number;
  integrity: string;
  seconds: number;
}

/** A proxy that forwards to the current server and, at `dropRate`, cuts the connection instead of answering. */
function lossyProxy(upstream: () => string | null, dropRate: number, counts: { dropped: number }) {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = upstream();
      if (!target) return void res.socket?.destroy();
      const url = new URL(req.url ?? '/', target);
      const forward = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (c: Buffer) => body.push(c));
        answer.on('end', () => {
          if (Math.random() < dropRate) {
            counts.dropped += 1;
            return void res.socket?.destroy();
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(body));
        });
        answer.on('error', () => res.socket?.destroy());
      });
      // The server died mid-request: the device sees a network failure, as it would on a tablet.
      forward.on('error', () => res.socket?.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  return server;
}

const RECORD = 'mutation($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }';
const MOVE = 'mutation($i: MoveTaskInput!) { moveTask(input: $i) { id } }';

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const going = until(started + options.deadlineMs);
  const scratch = await scratchDatabase('chaos', options.postgresUrl);
  let server: ServerProcess | null = null;
  const proxyCounts = { dropped: 0 };
  const proxy = lossyProxy(() => server?.url ?? null, options.dropRate, proxyCounts);
  try {
    await seedScale(scratch.db, scratch.config, options.devices, true);
    // One device per deployment, each recording the results of its own run: every other one an
    // acceptance run, whose attempts change the deployment's readiness as they are written.
    const ctx = createContext(scratch.db, systemClock, scratch.config, systemActor('Chaos setup'));
    const deployments = await rawQuery<{ id: string }>(scratch.db, 'SELECT id FROM deployment ORDER BY id');
    const runs: string[] = [];
    for (const [i, d] of deployments.slice(0, options.devices).entries()) {
      const purpose = i % 2 ? TestRunPurpose.REHEARSAL : TestRunPurpose.ACCEPTANCE;
      runs.push((await startTestRun(ctx, { deploymentId: d.id, environment: TestEnvironment.TEST, purpose })).id);
    }
    const plan = await findCurrentPlan(scratch.db.manager);
    // Cases every court tests: an images-only court refuses a result of a CARPOS case, which a device would resend for ever.
    const cases = await scratch.db.manager.find(TestCase, { where: { planId: plan!.id, requiresCarpos: false } });

    server = await startServerProcess(scratch.config.database);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

    const outboxes = runs.map((runId, d) => Array.from({ length: options.mutations }, (_, i) => i).filter((i) => i % options.devices === d).map((i) => ({
      mutationId: randomUUID(), runId, caseId: cases[i % cases.length].id, status: 'PASSED', tester: `Device ${d + 1}`,
    })));
    const sent = outboxes.flat();
    const acked = new Map<string, string>();
    let requests = 0;
    let networkFailures = 0;
    let kills = 0;

    const post = async (cookie: string | null, query: string, variables: Record<string, unknown>) => {
      requests += 1;
      const res = await fetch(`${proxyUrl}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
      return { res, body: (await res.json()) as { data?: Record<string, { id: string }>; errors?: { extensions?: { code?: string } }[] } };
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    // A planner moves tasks of the same deployments meanwhile (each task once, to a due date around
    // today), through the same proxy and kills: the health dates kept per deployment must follow.
    // Not the go-live milestone, which only goLive changes: a refused move would be resent for ever.
    const asOfSetup = today(systemClock);
    const tasks = await rawQuery<{ id: string; version: number }>(scratch.db,
      `SELECT id, version FROM task WHERE "deploymentId" IN (:...ids) AND status IN ('OPEN','IN_PROGRESS') AND kind <> :milestone ORDER BY number, "deploymentId"`,
      { ids: deployments.slice(0, options.devices).map((d) => d.id), milestone: TaskKind.MILESTONE });
    const moves = tasks.slice(0, Math.ceil(options.mutations / 10)).map((t, i) => ({
      mutationId: randomUUID(), taskId: t.id, baseVersion: Number(t.version), dueDate: addDays(asOfSetup, ((i * 7) % 41) - 20),
    }));

    const moved = new Map<string, string>();
    const device = async (outbox: { mutationId: string }[], mutation = RECORD, field = 'recordTestResult', done = acked) => {
      let cookie: string | null = null;
      while (!cookie && going()) {
        try {
          const { res } = await post(null, 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', { i: OPS_ADMIN });
          cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('ccpor_session=')) ?? null;
        } catch {
          networkFailures += 1;
          await pause(100);
        }
      }
      // FIFO, as the outbox: the next entry waits until this one is acknowledged.
      for (const entry of outbox) {
        while (!done.has(entry.mutationId) && going()) {
          try {
            const { body } = await post(cookie, mutation, { i: entry });
            if (body.data?.[field]) done.set(entry.mutationId, body.data[field].id);
            else throw new Error(`refused: ${JSON.stringify(body.errors)}`);
          } catch (error) {
            networkFailures += 1;
            if (!/fetch failed|HTTP 5|aborted|timeout|terminated|other side closed/i.test(String((error as Error)?.message) + String((error as Error & { cause?: Error })?.cause?.message))) {
              log(`unexpected answer: ${String(error)}`);
            }
            await pause(50 + Math.random() * 100);
          }
        }
      }
    };

    // Kills at random moments, spread over the run by progress so that all of them land while devices write.
    const killer = async () => {
      for (let k = 1; k <= options.kills && going(); k += 1) {
        const at = Math.floor((sent.length * (k - 0.5 + Math.random() * 0.6)) / (options.kills + 1));
        while (acked.size < at && acked.size < sent.length && going()) await pause(10);
        if (acked.size >= sent.length) break;
        await pause(Math.random() * 200);
        await server!.kill();
        kills += 1;
        log(`kill ${kills} after ${acked.size} acknowledged`);
        server = null;
        server = await startServerProcess(scratch.config.database);
      }
    };

    await Promise.all([...outboxes.map((outbox) => device(outbox)), device(moves, MOVE, 'moveTask', moved), killer()]);
    await server?.stop();
    server = null;

    // The verdict comes from the database, not from what the devices believe.
    const ids = sent.map((s) => s.mutationId);
    const attempts: TestResult[] = [];
    const processed: ProcessedMutation[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      attempts.push(...(await scratch.db.manager.find(TestResult, { select: { id: true, mutationId: true }, where: { mutationId: In(ids.slice(i, i + 500)) } })));
      processed.push(...(await scratch.db.manager.find(ProcessedMutation, { select: { mutationId: true }, where: { mutationId: In(ids.slice(i, i + 500)) } })));
    }
    const perId = new Map<string, string[]>();
    for (const a of attempts) perId.set(a.mutationId!, [...(perId.get(a.mutationId!) ?? []), a.id]);
    const processedIds = new Set(processed.map((p) => p.mutationId));
    const duplicated = [...perId.values()].filter((v) => v.length > 1).length;
    const missing = [...acked].filter(([id, attemptId]) => !(perId.get(id) ?? []).includes(attemptId)).length;
    const notExactlyOnce = ids.filter((id) => (perId.get(id)?.length ?? 0) !== 1 || !processedIds.has(id)).length;
    // The write path audits what it writes, in the same transaction: one creation event per attempt.
    const events = new Map<string, number>();
    for (let i = 0; i < attempts.length; i += 500) {
      const named = await scratch.db.manager.find(AuditEvent, { select: { entityId: true }, where: { entityType: 'TestResult', entityId: In(attempts.slice(i, i + 500).map((a) => a.id)) } });
      for (const e of named) events.set(e.entityId!, (events.get(e.entityId!) ?? 0) + 1);
    }
    const unaudited = attempts.filter((a) => events.get(a.id) !== 1).length;
    const sequences = await rawQuery<{ runId: string; n: number; distinctN: number; maxSeq: number }>(scratch.db,
      `SELECT "runId", COUNT(*) AS n, COUNT(DISTINCT sequence) AS "distinctN", MAX(sequence) AS "maxSeq" FROM test_result WHERE "runId" IN (:...runs) GROUP BY "runId"`, { runs });
    const brokenSequences = sequences.filter((s) => Number(s.n) !== Number(s.distinctN) || Number(s.n) !== Number(s.maxSeq)).length;
    // The latest attempt kept as attempts are written must equal the one recomputed from all of them.
    const expected = `SELECT a."runId", a."caseId", a.id FROM (
        SELECT a."runId", a."caseId", a.id, ROW_NUMBER() OVER (PARTITION BY a."runId", a."caseId" ORDER BY a."testedAt" DESC, a.sequence DESC) AS rn
        FROM test_result a WHERE a."runId" IN (:...runs)) a WHERE a.rn = 1`;
    const [latest] = await rawQuery<{ unmatched: number; kept: number; recomputed: number }>(scratch.db, `SELECT
        (SELECT COUNT(*) FROM (${expected}) e LEFT JOIN case_latest_attempt l
          ON l."runId" = e."runId" AND l."caseId" = e."caseId" AND l."attemptId" = e.id WHERE l."runId" IS NULL) AS unmatched,
        (SELECT COUNT(*) FROM case_latest_attempt WHERE "runId" IN (:...runs)) AS kept,
        (SELECT COUNT(*) FROM (${expected}) e) AS recomputed`, { runs });
    const staleLatestAttempts = Number(latest.unmatched) + Math.abs(Number(latest.kept) - Number(latest.recomputed));
    // The counts kept per run must equal the run's cases counted again from its latest attempts.
    const recounted = await runStatuses(scratch.db, runs);
    const counted = new Map((await scratch.db.manager.findBy(RunCaseCount, { runId: In(runs) })).map((r) => [r.runId, r]));
    const staleRunCounts = recounted.filter((r) => {
      const row = counted.get(r.runId);
      return !row || (['total', 'untested', 'passed', 'failed', 'blocked', 'retest', 'notApplicable', 'status'] as const).some((k) => row[k] !== r[k]);
    }).length;
    // The readiness kept per deployment must equal the rules evaluated again over the records now.
    const asOf = today(systemClock);
    const kept = await keptReadiness(scratch.db, deployments.map((d) => d.id), asOf);
    const evaluated = await evaluateReadiness(scratch.db.manager, await scratch.db.manager.findBy(Deployment, { id: In(deployments.map((d) => d.id)) }));
    const words = (r: Readiness | undefined) => r && JSON.stringify([r.status, r.acceptanceRun?.id ?? null,
      r.blockers.map((b) => [b.code, b.what, b.why, b.recordType, b.recordId, b.party, b.daysOpen])]);
    const staleReadiness = deployments.filter((d) => words(kept.get(d.id)) !== words(readinessAsOf(evaluated.get(d.id)!, asOf))).length;
    // The health dates kept per deployment must equal them computed again from its tasks and dependencies.
    const columns = HEALTH_FACTS.map((c) => `"${c}"`).join(', ');
    const [health] = await rawQuery<{ stale: number }>(scratch.db, `SELECT COUNT(*) AS stale FROM (
        SELECT "deploymentId", ${columns} FROM (${healthFactsSql(scratch.db, false)}) k
        EXCEPT SELECT "deploymentId", ${columns} FROM deployment_health) x`);
    const staleHealth = Number(health.stale);
    // The counts across the portfolio must equal a count of those rows computed again.
    const recountedTally = `SELECT t.kind, t.phase, t.status, t.day, t.deployments FROM (${tallySql(scratch.db).replace(/FROM deployment_health h/g, `FROM (${healthFactsSql(scratch.db, false)}) h`)}) t`;
    const keptTally = 'SELECT kind, phase, status, day, deployments FROM portfolio_tally';
    const [tally] = await rawQuery<{ stale: number }>(scratch.db, `SELECT COUNT(*) AS stale FROM (
        SELECT * FROM (${recountedTally} EXCEPT ${keptTally}) a UNION ALL SELECT * FROM (${keptTally} EXCEPT ${recountedTally}) b) x`);
    const staleTally = Number(tally.stale);
    // So must the open tasks kept per deployment and by due day, counted again from the tasks.
    const differ = async (recounted: string, keptRows: string) => Number((await rawQuery<{ stale: number }>(scratch.db, `SELECT COUNT(*) AS stale FROM (
        SELECT * FROM (${recounted} EXCEPT ${keptRows}) a UNION ALL SELECT * FROM (${keptRows} EXCEPT ${recounted}) b) x`))[0].stale);
    const staleTaskDue = await differ(`SELECT "deploymentId", party, phase, day, tasks FROM (${openTaskDueSql(false)}) o`, 'SELECT "deploymentId", party, phase, day, tasks FROM open_task_due')
      + await differ(`SELECT day, party, phase, tasks, deployments FROM (${taskDueTallySql(openTaskDueSql(false))}) t`, 'SELECT day, party, phase, tasks, deployments FROM task_due_tally');
    const integrity = scratch.config.database.type === 'better-sqlite3'
      ? String((await scratch.db.query('PRAGMA integrity_check'))[0]?.integrity_check)
      : 'n/a (PostgreSQL)';
    return {
      database: scratch.config.database.type, sent: sent.length, acknowledged: acked.size, requests, droppedResponses: proxyCounts.dropped,
      networkFailures, kills, duplicated, missing, notExactlyOnce, unaudited, brokenSequences, staleLatestAttempts, staleRunCounts, staleReadiness, staleHealth, staleTally, staleTaskDue, movedTasks: moved.size, integrity, seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    if (server) await server.kill();
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await scratch.drop();
  }
}
