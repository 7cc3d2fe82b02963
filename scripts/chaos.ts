// `npm run chaos [-- --mutations 1000 --devices 5 --kills 5 --drop 0.1]` (on PostgreSQL with DATABASE_URL
// set, in a scratch schema): exactly-once under faults (scripts/ops/chaos-run.ts), on loopback, bounded by --seconds. Prints the verdict
// and exits non-zero when any mutation was applied twice or an acknowledged one is missing.
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runChaos } from './ops/chaos-run';

async function main() {
  const { values } = parseArgs({ options: {
    mutations: { type: 'string', default: '1000' }, devices: { type: 'string', default: '5' }, kills: { type: 'string', default: '5' },
    drop: { type: 'string', default: '0.1' }, seconds: { type: 'string', default: '600' },
  } });
  const report = await runChaos({
    mutations: Number(values.mutations), devices: Number(values.devices), kills: Number(values.kills), dropRate: Number(values.drop),
    deadlineMs: Number(values.seconds) * 1000, postgresUrl: process.env.DATABASE_URL || undefined, log: (line) => process.stderr.write(`${line}\n`),
  });
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
  process.stdout.write(`${JSON.stringify({ ...report, machine }, null, 2)}\n`);
  const ok = report.duplicated === 0 && report.missing === 0 && report.notExactlyOnce === 0 && report.unaudited === 0 && report.brokenSequences === 0 && report.staleLatestAttempts === 0 && report.staleRunCounts === 0 && report.staleReadiness === 0 && report.staleHealth === 0 && report.staleTally === 0 && report.staleTaskDue === 0
    && report.acknowledged === report.sent && (report.integrity === 'ok' || report.database === 'postgres');
  process.stdout.write(ok ? 'PASS: every mutation applied exactly once and audited; nothing acknowledged is missing.\n' : 'FAIL\n');
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`chaos failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
