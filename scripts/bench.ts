// `npm run bench [-- --deployments 1000] [-- --only writes]`, on PostgreSQL `DATABASE_URL=postgres://… npm run bench [-- --processes 2]`:
// seeds a throw-away database (a SQLite file, or a fresh schema in DATABASE_URL's database), starts the server
// as its own process on loopback, and measures the API the way clients use it. Every loop is
// bounded in count and time; the whole run stops at --budget seconds. Prints a Markdown table.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, execute, getNamedType, GraphQLObjectType, isLeafType, Kind, OperationDefinitionNode, parse } from 'graphql';
import { createContext } from '../server/graphql/context';
import { getSchema } from '../server/graphql/schema';
import { REPORT_NAMES, REPORTS } from '../server/modules/report/report.registry';
import { TestCase } from '../server/modules/test-plan/test-plan.entity';
import { findCurrentPlan } from '../server/modules/test-plan/test-plan.service';
import { Role } from '../server/modules/user/user.entity';
import { systemClock, today } from '../server/shared/clock';
import { OPS_ADMIN, scratchDatabase, until, type ScratchDatabase } from './ops/database';
import { gql, signInCookie, startServerProcess, type GqlAnswer } from './ops/server-process';
import { seedScale } from './seed-scale';

const { values: args } = parseArgs({ options: {
  deployments: { type: 'string', default: '1000' },
  concurrency: { type: 'string', default: '10' },
  requests: { type: 'string', default: '600' },
  seconds: { type: 'string', default: '15' },
  budget: { type: 'string', default: '900' },
  processes: { type: 'string', default: '1' },
  // `writes`: only the single writes and the bulk sync, for comparing two versions of the write path.
  only: { type: 'string' },
} });
if (args.only !== undefined && args.only !== 'writes') throw new Error(`--only takes "writes", not "${args.only}".`);
const READS = args.only !== 'writes';
const CONCURRENCY = Number(args.concurrency);
const MAX_REQUESTS = Number(args.requests);
const SCENARIO_MS = Number(args.seconds) * 1000;

const HEALTH = 'health { status daysToGoLive reasons { code count } }';
/**
 * The portfolio dashboard exactly as the app asks for it: its operation is read from the client's
 * own document, so the bench measures what people wait for, not a stand-in.
 */
const DASHBOARD_OPERATION = 'PortfolioDashboard';
const DASHBOARD = fs.readFileSync(path.resolve(__dirname, '../client/src/graphql/operations/reports.graphql'), 'utf8');

/** Every `…Report` query of the schema, asking for all its row fields (a connection's first 100 nodes). */
function reportQueries(): { name: string; query: string }[] {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8'));
  const scalarsOf = (type: GraphQLObjectType) => Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name).join(' ');
  return Object.values(schema.getQueryType()!.getFields()).filter((f) => f.name.endsWith('Report')).map((field) => {
    const row = getNamedType(field.type) as GraphQLObjectType;
    const nodes = row.getFields().nodes;
    const selection = nodes ? `totalCount nodes { ${scalarsOf(getNamedType(nodes.type) as GraphQLObjectType)} }` : scalarsOf(row);
    return { name: field.name, query: `query { ${field.name}${nodes ? '(first: 100)' : ''} { ${selection} } }` };
  });
}

const SUMMARIES = (first: number) => `query { deployments(first: ${first}) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id phase status wave targetGoLive court { id name county } participatingLeas { id name } ${HEALTH} } } }`;
const WITH_TASKS = (first: number) => `query { deployments(first: ${first}) { nodes { id phase status targetGoLive court { name } ${HEALTH}
  tasks { id number key title phase status dueDate required party }
  dependencies { id kind status dueDate waitingOn waitingSince } } } }`;

interface Figures { name: string; requests: number; errors: number; p50: number; p95: number; rps: number; statements: string }

const percentile = (sorted: number[], p: number) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] : NaN;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Sends `make(i)` from `concurrency` clients until `count` requests or `ms` milliseconds. */
async function load(name: string, concurrency: number, count: number, ms: number, send: (i: number) => Promise<GqlAnswer>): Promise<Figures> {
  const latencies: number[] = [];
  const statements = new Set<number>();
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const going = until(Date.now() + ms);
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count && going()) {
      const i = next++;
      const t = performance.now();
      // A failed request counts as an error (with its cause) rather than ending the run.
      const answer: GqlAnswer = await send(i).catch((error: Error & { cause?: Error }) => ({ errors: [{ message: `${error.message}: ${error.cause?.message ?? ''}` }] }));
      latencies.push(performance.now() - t);
      if (answer.errors?.length) {
        errors += 1;
        if (errors === 1) process.stderr.write(`${name}: ${JSON.stringify(answer.errors[0])}\n`);
      }
      if (answer.extensions?.sqlStatements !== undefined) statements.add(answer.extensions.sqlStatements);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const s = [...statements].sort((a, b) => a - b);
  return {
    name, requests: latencies.length, errors, p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)),
    rps: round(latencies.length / elapsed, 0), statements: s.length ? (s[0] === s[s.length - 1] ? `${s[0]}` : `${s[0]}–${s[s.length - 1]}`) : '–',
  };
}

async function median(times: number, work: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t = performance.now();
    await work();
    samples.push(performance.now() - t);
  }
  return round(percentile(samples.sort((a, b) => a - b), 0.5), 2);
}

/** Sends a query to server i mod N, as a proxy's round robin would. */
type Send = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, operationName?: string) => (i?: number) => Promise<GqlAnswer<T>>;

/** The dashboard, the deployment pages and every report, each from CONCURRENCY clients, after a warm-up. */
async function measureReads(figures: Figures[], processes: number, q: Send) {
  // Warm every server's caches and JIT before measuring.
  for (let i = 0; i < 5 * processes; i += 1) await q(DASHBOARD, {}, DASHBOARD_OPERATION)(i);
  for (const query of [SUMMARIES(100), WITH_TASKS(25)]) for (let i = 0; i < 5 * processes; i += 1) await q(query)(i);
  const read = async (name: string, query: string, variables?: Record<string, unknown>, operationName?: string) => {
    figures.push(await load(name, CONCURRENCY, MAX_REQUESTS, SCENARIO_MS, q(query, variables, operationName)));
    process.stderr.write(`${name}: done\n`);
  };
  await read('Portfolio dashboard (the app\'s PortfolioDashboard query)', DASHBOARD, {}, DASHBOARD_OPERATION);
  await read('Page of 10 deployments, summary fields', SUMMARIES(10));
  await read('Page of 100 deployments, summary fields', SUMMARIES(100));
  await read('Page of 5 deployments with tasks and dependencies', WITH_TASKS(5));
  await read('Page of 25 deployments with tasks and dependencies', WITH_TASKS(25));
  const dueTo = today(systemClock);
  await read('Report: tasks due (first 100)', `query($f: TasksDueFilter!) { tasksDue(first: 100, filter: $f) { totalCount nodes { id title dueDate status deployment { id court { name } } } } }`, { f: { dueTo } });
  for (const report of reportQueries()) await read(`Report: ${report.name}`, report.query);
}

/**
 * The dashboard in-process (GraphQL execution, no HTTP) against the raw SQL of the same numbers:
 * the reports' own statements (the registry's), run directly for the reports the dashboard asks for.
 */
async function dashboardInProcess(scratch: ScratchDatabase): Promise<string> {
  const schema = await getSchema();
  const document = parse(DASHBOARD);
  const actor = { userId: scratch.adminId, name: 'Operations script', role: Role.ADMIN, organizationId: null, via: 'session' as const };
  const contextValue = () => createContext(scratch.db, systemClock, scratch.config, actor);
  const graphqlMs = await median(30, async () => {
    const result = await execute({ schema, document, operationName: DASHBOARD_OPERATION, contextValue: contextValue() });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  });
  // Each report the dashboard asks for, read the way its resolver reads it: an aggregate whole, a
  // connection one page of the size the dashboard asks for.
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === DASHBOARD_OPERATION)!;
  const dashboardReports = operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD) return [];
    const name = REPORT_NAMES.find((n) => `${n.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Report` === selection.name.value);
    const first = selection.arguments?.find((a) => a.name.value === 'first')?.value;
    return name ? [{ name, first: first?.kind === Kind.INT ? Number(first.value) : null }] : [];
  });
  const sqlMs = await median(30, async () => {
    const ctx = contextValue();
    for (const { name, first } of dashboardReports) {
      if (first === null) for await (const chunk of REPORTS[name].stream(ctx, null)) void chunk;
      else await REPORTS[name].page(ctx, null, 0, first);
    }
  });
  return `Dashboard in-process (median of 30): GraphQL execution ${graphqlMs} ms; raw SQL of the same numbers (${dashboardReports.map((r) => r.name).join(', ')}) ${sqlMs} ms (ratio ${round(graphqlMs / sqlMs, 2)}).`;
}

async function main() {
  const count = Number(args.deployments);
  const budget = setTimeout(() => {
    process.stderr.write(`\nbench: over its budget of ${args.budget} s; stopping.\n`);
    process.exit(2);
  }, Number(args.budget) * 1000);
  budget.unref();

  const scratch = await scratchDatabase('bench', process.env.DATABASE_URL || undefined);
  const servers: Awaited<ReturnType<typeof startServerProcess>>[] = [];
  try {
    // Several processes share one PostgreSQL database behind a proxy (docs/operations.md); SQLite is one process.
    const processes = Number(args.processes);
    if (processes > 1 && scratch.config.database.type !== 'postgres') throw new Error('--processes needs PostgreSQL (DATABASE_URL): SQLite is served by one process.');
    const seeded = Date.now();
    const totals = await seedScale(scratch.db, scratch.config, count);
    process.stderr.write(`seeded ${JSON.stringify(totals)} in ${round((Date.now() - seeded) / 1000)} s\n`);
    for (let i = 0; i < processes; i += 1) servers.push(await startServerProcess(scratch.config.database, { production: true }));
    // Sessions live in the database, so one sign-in serves every process; request i goes to process i mod N, as a proxy's round robin would.
    const cookie = await signInCookie(servers[0].url, OPS_ADMIN.email, OPS_ADMIN.password);
    const q: Send = (query, variables, operationName) => (i = 0) => gql(servers[i % servers.length].url, cookie, query, variables, operationName);

    const figures: Figures[] = [];
    if (READS) await measureReads(figures, processes, q);

    // Writes: single results, each its own replay-safe mutation, on one run per client.
    const plan = await findCurrentPlan(scratch.db.manager);
    // Cases every court tests: an images-only court refuses a result of a CARPOS case, and a refusal costs less than a write.
    const cases = await scratch.db.manager.find(TestCase, { where: { planId: plan!.id, requiresCarpos: false }, order: { position: 'ASC' } });
    const some = await q<{ deployments: { nodes: { id: string }[] } }>('query { deployments(first: 20) { nodes { id } } }')();
    const deploymentIds = some.data!.deployments.nodes.map((d) => d.id);
    const startRun = async (deploymentId: string) => {
      const answer = await q<{ startTestRun: { id: string } }>(`mutation($i: StartTestRunInput!) { startTestRun(input: $i) { id } }`,
        { i: { mutationId: randomUUID(), deploymentId, environment: 'TEST', purpose: 'REHEARSAL' } })();
      if (!answer.data) throw new Error(`startTestRun: ${JSON.stringify(answer.errors)}`);
      return answer.data.startTestRun.id;
    };
    const runs = await Promise.all(deploymentIds.slice(0, CONCURRENCY).map(startRun));
    const item = (i: number) => ({ mutationId: randomUUID(), caseId: cases[i % cases.length].id, status: 'PASSED', tester: 'Bench tester' });
    figures.push(await load('Write: recordTestResult (one result each)', CONCURRENCY, 3000, SCENARIO_MS, (i) =>
      q(`mutation($i: RecordTestResultInput!) { recordTestResult(input: $i) { id sequence } }`, { i: { ...item(i), runId: runs[i % runs.length] } })(i)));
    process.stderr.write('writes: done\n');

    // A device's day: 500 results in one request, one at a time as devices sync.
    const syncRun = await startRun(deploymentIds[CONCURRENCY]);
    figures.push(await load('Bulk sync: recordTestResults, 500 results (1 client)', 1, 10, SCENARIO_MS * 2, () =>
      q(`mutation($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied refused } }`,
        { i: { runId: syncRun, results: Array.from({ length: 500 }, (_, i) => item(i)) } })()));
    process.stderr.write('bulk sync: done\n');

    const dashboard = READS ? await dashboardInProcess(scratch) : null;
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
    const out = [
      `### ${scratch.config.database.type === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${count} deployments, ${CONCURRENCY} concurrent clients${processes > 1 ? `, ${processes} server processes` : ''}`,
      '',
      `Seeded: ${totals.deployments} deployments, ${totals.runs} runs, ${totals.attempts} attempts, ${totals.defects} defects, ${totals.auditEvents} bulk audit events. Machine: ${machine}.`,
      '',
      '| Request | Requests | Errors | p50 ms | p95 ms | req/s | SQL statements per request |',
      '|---|---|---|---|---|---|---|',
      ...figures.map((f) => `| ${f.name} | ${f.requests} | ${f.errors} | ${f.p50} | ${f.p95} | ${f.rps} | ${f.statements} |`),
      '',
      ...(dashboard ? [dashboard, ''] : []),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await scratch.drop();
  }
}

main().then(() => process.exit(0), (error) => {
  process.stderr.write(`\nbench failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
