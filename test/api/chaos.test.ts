import { describe, expect, it } from 'vitest';
import { runChaos } from '../../scripts/ops/chaos-run';
import { usingPostgres } from '../support/api';

// The small version of `npm run chaos`: the server is a process of its own, killed with SIGKILL once
// while five devices sync through a proxy that loses a tenth of the answers after the commit.
// The run ends as soon as every mutation is acknowledged; the deadline is only for a run that
// cannot finish, and leaves room for two server starts and the seeding on a loaded 2-core machine.
describe('replay-safe writes under faults', () => {
  it('applies each of 100 outbox mutations exactly once and loses nothing acknowledged', async () => {
    const report = await runChaos({
      mutations: 100, devices: 5, kills: 1, dropRate: 0.1, deadlineMs: 150_000,
      postgresUrl: usingPostgres() ? process.env.DATABASE_URL : undefined,
    });
    expect(report.kills).toBe(1);
    expect(report.droppedResponses).toBeGreaterThan(0);
    expect(report.acknowledged).toBe(100);
    expect(report.duplicated).toBe(0);
    expect(report.missing).toBe(0);
    expect(report.notExactlyOnce).toBe(0);
    expect(report.unaudited).toBe(0);
    expect(report.brokenSequences).toBe(0);
    expect(report.staleLatestAttempts).toBe(0);
    expect(report.staleRunCounts).toBe(0);
    expect(report.staleReadiness).toBe(0);
    expect(report.staleHealth).toBe(0);
    expect(report.staleTally).toBe(0);
    expect(report.staleTaskDue).toBe(0);
    expect(report.movedTasks).toBeGreaterThan(0);
    if (report.database === 'better-sqlite3') expect(report.integrity).toBe('ok');
  }, 200_000);
});
