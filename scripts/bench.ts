// `npm run bench [-- --deployments 1000] [-- --only writes]`, on PostgreSQL `DATABASE_URL=postgres://… npm run bench [-- --processes 2]`:
// seeds a throw-away database (a SQLite file, or a fresh schema in DATABASE_URL's database), starts the server
// as its own process on loopback, and measures the API the way clients use it. Every loop is
// bounded in count and time; the whole run stops at --budget seconds. Prints a Markdown table.
// `--deployments 1000,5000` measures each size on a database of its own, one after the other, and
// prints how the dashboards grew from the first to the last.
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
import { gql, signInCookie, startPostGraphileReference, startServerProcess, type GqlAnswer, type ServerProcess } from './ops/server-process';
import { summariseProfiles } from './ops/cpu-profile';
import { seedScale } from './seed-scale';

const { values: args } = parseArgs({ options: {
  deployments: { type: 'string', default: '1000' },
  concurrency: { type: 'string', default: '10' },
  requests: { type: 'string', default: '600' },
  seconds: { type: 'string', default: '15' },
  budget: { type: 'string', default: '900' },
  processes: { type: 'string', default: '1' },
  // `writes`: only the single writes and the bulk sync, for comparing two versions of the write path;
  // `lists`: only the deployment pages (and, on PostgreSQL, their PostGraphile reference);
  // `dashboards`: only the portfolio dashboard and the readiness blockers report.
  only: { type: 'string' },
  // A folder for the server's V8 CPU profile (node --cpu-prof), written when the server stops.
  'cpu-prof': { type: 'string' },
} });
if (args.only !== undefined && !['writes', 'lists', 'dashboards'].includes(args.only)) throw new Error(`--only takes "writes", "lists" or "dashboards", not "${args.only}".`);
const LIST_PAGES = args.only === undefined || args.only === 'lists';
const REPORTS_READ = args.only === undefined || args.only === 'dashboards';
const WRITES = args.only === undefined || args.only === 'writes';
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

// Each request of a list asks for one of several pages (`$after`), so that no answer can come from a cache keyed by the query.
const SUMMARIES = (first: number) => `query($after: String) { deployments(first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id phase status wave targetGoLive court { id name county } participatingLeas { id name } ${HEALTH} } } }`;
const WITH_TASKS = (first: number) => `query($after: String) { deployments(first: ${first}, after: $after) { nodes { id phase status targetGoLive court { name } ${HEALTH}
  tasks { id number key title phase status dueDate required party }
  dependencies { id kind status dueDate waitingOn waitingSince } } } }`;
/** The same pages from PostGraphile over the same tables, in the same order, without health (it has no such notion). */
const REFERENCE_PAGE = (first: number, fields: string) => `query($after: Cursor) {
  allDeployments(first: ${first}, after: $after, orderBy: [TARGET_GO_LIVE_ASC, ID_ASC]) { ${fields} } }`;
const REFERENCE_SUMMARIES = (first: number) => REFERENCE_PAGE(first, `totalCount pageInfo { hasNextPage endCursor }
  nodes { id phase status wave targetGoLive court: organizationByCourtId { id name county }
    participatingLeas: deploymentLeasByDeploymentId { nodes { organizationByOrganizationId { id name } } } }`);
const REFERENCE_WITH_TASKS = (first: number) => REFERENCE_PAGE(first, `nodes { id phase status targetGoLive court: organizationByCourtId { name }
  tasks: tasksByDeploymentId(orderBy: NUMBER_ASC) { nodes { id number key title phase status dueDate required party } }
  dependencies: dependenciesByDeploymentId(orderBy: [OFFSET_DAYS_ASC, KIND_ASC]) { nodes { id kind status dueDate waitingOn waitingSince } } }`);
/** How many different pages the list requests cycle through. */
const PAGES = 8;

const LISTS = {
  summaries10: 'Page of 10 deployments, summary fields',
  summaries100: 'Page of 100 deployments, summary fields',
  withTasks5: 'Page of 5 deployments with tasks and dependencies',
  withTasks25: 'Page of 25 deployments with tasks and dependencies',
};

const DASHBOARD_NAME = 'Portfolio dashboard (the app\'s PortfolioDashboard query)';
const BLOCKERS_REPORT = 'readinessBlockersReport';
const WRITE = 'Write: recordTestResult (one result each)';
const BULK_SYNC = 'Bulk sync: recordTestResults, 500 results (1 client)';

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

/**
 * Requests sent before a scenario is measured, from as many clients, their answers not counted: a
 * server started for the bench runs its first hundred or so requests before V8 has compiled their
 * code (with 5, the first 60 measured dashboards took 200–225 ms at the median and up to 0.6 s,
 * the rest 167–192 ms at p95: docs/benchmarks.md), and a server in service has long done so.
 */
const WARM_UP_REQUESTS = 100;
const warmUp = (send: (i: number) => Promise<GqlAnswer>) => load('warm-up', CONCURRENCY, WARM_UP_REQUESTS, SCENARIO_MS, send);

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

type Page = { deployments?: DeploymentPage; allDeployments?: DeploymentPage };
type DeploymentPage = { pageInfo: { endCursor: string | null }; nodes: { id: string }[] };

/**
 * The `after` cursors (null for the first) of the first PAGES full pages of a list of `first`, walked
 * with `query`; request i asks for page i mod PAGES (fewer in a small portfolio).
 */
async function cursors(q: Send, query: (first: number) => string, first: number) {
  const found: (string | null)[] = [null];
  while (found.length < PAGES) {
    const answer = await q<Page>(query(first), { after: found[found.length - 1] })();
    const page = answer.data?.deployments ?? answer.data?.allDeployments;
    if (!page) throw new Error(`cursors: ${JSON.stringify(answer.errors)}`);
    if (page.nodes.length < first || !page.pageInfo.endCursor) break;
    found.push(page.pageInfo.endCursor);
  }
  return found;
}

/** The ids of a page, to check that the product and the reference answer the same rows. */
async function pageIds(q: Send, query: string, after: string | null) {
  const answer = await q<Page>(query, { after })();
  return (answer.data?.deployments ?? answer.data?.allDeployments)?.nodes.map((n) => n.id).join() ?? JSON.stringify(answer.errors);
}

/**
 * The deployment pages, each from CONCURRENCY clients after a warm-up, request i asking for page i
 * mod PAGES. With `reference` (PostGraphile on PostgreSQL), the same pages from it, measured right
 * after the product's; answers the differences in the rows, if any.
 */
async function measureLists(figures: Figures[], q: Send, reference: Send | null) {
  const lists = [
    { name: LISTS.summaries10, first: 10, query: SUMMARIES, referenceQuery: REFERENCE_SUMMARIES },
    { name: LISTS.summaries100, first: 100, query: SUMMARIES, referenceQuery: REFERENCE_SUMMARIES },
    { name: LISTS.withTasks5, first: 5, query: WITH_TASKS, referenceQuery: REFERENCE_WITH_TASKS },
    { name: LISTS.withTasks25, first: 25, query: WITH_TASKS, referenceQuery: REFERENCE_WITH_TASKS },
  ];
  const mismatches: string[] = [];
  for (const list of lists) {
    const after = await cursors(q, SUMMARIES, list.first);
    await warmUp((i) => q(list.query(list.first), { after: after[i % after.length] })(i));
    figures.push(await load(list.name, CONCURRENCY, MAX_REQUESTS, SCENARIO_MS, (i) => q(list.query(list.first), { after: after[i % after.length] })(i)));
    process.stderr.write(`${list.name}: done\n`);
    if (!reference) continue;
    const referenceAfter = await cursors(reference, REFERENCE_SUMMARIES, list.first);
    for (let page = 0; page < after.length; page += 1) {
      const [ours, theirs] = await Promise.all([pageIds(q, list.query(list.first), after[page]), pageIds(reference, list.referenceQuery(list.first), referenceAfter[page])]);
      if (ours !== theirs) mismatches.push(`${list.name}, page ${page + 1}`);
    }
    await warmUp((i) => reference(list.referenceQuery(list.first), { after: referenceAfter[i % referenceAfter.length] })());
    figures.push(await load(`${list.name}: PostGraphile reference`, CONCURRENCY, MAX_REQUESTS, SCENARIO_MS,
      (i) => reference(list.referenceQuery(list.first), { after: referenceAfter[i % referenceAfter.length] })()));
    process.stderr.write(`${list.name}, PostGraphile: done\n`);
  }
  return mismatches;
}

/** The dashboard and every report (or, with --only dashboards, the readiness blockers report), each from CONCURRENCY clients, after a warm-up. */
async function measureReports(figures: Figures[], q: Send) {
  await warmUp(q(DASHBOARD, {}, DASHBOARD_OPERATION));
  const read = async (name: string, query: string, variables?: Record<string, unknown>, operationName?: string) => {
    figures.push(await load(name, CONCURRENCY, MAX_REQUESTS, SCENARIO_MS, q(query, variables, operationName)));
    process.stderr.write(`${name}: done\n`);
  };
  await read(DASHBOARD_NAME, DASHBOARD, {}, DASHBOARD_OPERATION);
  const reports = reportQueries().filter((r) => args.only !== 'dashboards' || r.name === BLOCKERS_REPORT);
  if (args.only !== 'dashboards') {
    const dueTo = today(systemClock);
    await read('Report: tasks due (first 100)', `query($f: TasksDueFilter!) { tasksDue(first: 100, filter: $f) { totalCount nodes { id title dueDate status deployment { id court { name } } } } }`, { f: { dueTo } });
  }
  for (const report of reports) await read(`Report: ${report.name}`, report.query);
}

/** Single results from CONCURRENCY clients, each its own replay-safe mutation on one run per client; then 500-result syncs. */
async function measureWrites(figures: Figures[], scratch: ScratchDatabase, q: Send) {
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
  figures.push(await load(WRITE, CONCURRENCY, 3000, SCENARIO_MS, (i) =>
    q(`mutation($i: RecordTestResultInput!) { recordTestResult(input: $i) { id sequence } }`, { i: { ...item(i), runId: runs[i % runs.length] } })(i)));
  process.stderr.write('writes: done\n');

  // A device's day: 500 results in one request, one at a time as devices sync.
  const syncRun = await startRun(deploymentIds[CONCURRENCY]);
  figures.push(await load(BULK_SYNC, 1, 10, SCENARIO_MS * 2, () =>
    q(`mutation($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied refused } }`,
      { i: { runId: syncRun, results: Array.from({ length: 500 }, (_, i) => item(i)) } })()));
  process.stderr.write('bulk sync: done\n');
}

/** Each target of docs/benchmarks.md these figures speak to, with the figure and met or missed. */
function targets(figures: Figures[], postgres: boolean) {
  const find = (name: string) => figures.find((f) => f.name === name);
  const rows: string[] = [];
  const target = (what: string, figure: Figures | undefined, measured: (f: Figures) => number, unit: string, met: (value: number) => boolean) => {
    if (!figure) return;
    const value = measured(figure);
    rows.push(`| ${what} | ${value}${unit} | ${figure.errors ? `missed (${figure.errors} errors)` : met(value) ? 'met' : '**missed**'} |`);
  };
  const p95 = (f: Figures) => f.p95;
  target('Portfolio dashboard, p95 ≤ 200 ms', find(DASHBOARD_NAME), p95, ' ms', (v) => v <= 200);
  target('Readiness blockers report, p95 ≤ 150 ms', find(`Report: ${BLOCKERS_REPORT}`), p95, ' ms', (v) => v <= 150);
  target('Page of 100 summaries, p95 < 50 ms', find(LISTS.summaries100), p95, ' ms', (v) => v < 50);
  target('Page of 25 with tasks and dependencies, p95 < 150 ms', find(LISTS.withTasks25), p95, ' ms', (v) => v < 150);
  for (const name of [LISTS.summaries100, LISTS.withTasks25]) {
    const ours = find(name);
    const theirs = find(`${name}: PostGraphile reference`);
    if (ours && theirs) target(`${name}: p95 against PostGraphile's (${theirs.p95} ms), ≤ 1.0×`, ours, (f) => round(f.p95 / theirs.p95, 2), '×', (v) => v <= 1);
  }
  // The tail: SQLite serves one request at a time, so a slow one holds up every other.
  for (const name of [LISTS.summaries100, LISTS.withTasks25]) target(`${name}: p95 / p50 < 1.5`, find(name), (f) => round(f.p95 / f.p50, 2), '×', (v) => v < 1.5);
  if (!postgres) target('≥ 300 write mutations/s (SQLite)', find(WRITE), (f) => f.rps, '/s', (v) => v >= 300);
  target('500-result sync < 1 s', find(BULK_SYNC), p95, ' ms (p95)', (v) => v < 1000);
  return rows.length ? ['| Target | Measured | Met? |', '|---|---|---|', ...rows, ''] : [];
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

/** Seeds `count` deployments into a database of its own, measures, and prints its section; answers its figures. */
async function benchSize(count: number): Promise<Figures[]> {
  const scratch = await scratchDatabase('bench', process.env.DATABASE_URL || undefined);
  const servers: ServerProcess[] = [];
  let reference: ServerProcess | null = null;
  try {
    // Several processes share one PostgreSQL database behind a proxy (docs/operations.md); SQLite is one process.
    const processes = Number(args.processes);
    if (processes > 1 && scratch.config.database.type !== 'postgres') throw new Error('--processes needs PostgreSQL (DATABASE_URL): SQLite is served by one process.');
    const seeded = Date.now();
    const totals = await seedScale(scratch.db, scratch.config, count);
    process.stderr.write(`seeded ${JSON.stringify(totals)} in ${round((Date.now() - seeded) / 1000)} s\n`);
    for (let i = 0; i < processes; i += 1) servers.push(await startServerProcess(scratch.config.database, {
      production: true, nodeArgs: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'])}`] : [],
    }));
    // Sessions live in the database, so one sign-in serves every process; request i goes to process i mod N, as a proxy's round robin would.
    const cookie = await signInCookie(servers[0].url, OPS_ADMIN.email, OPS_ADMIN.password);
    const q: Send = (query, variables, operationName) => (i = 0) => gql(servers[i % servers.length].url, cookie, query, variables, operationName);

    const figures: Figures[] = [];
    // PostGraphile over the same tables, a reference for what a generic GraphQL layer costs (PostgreSQL only).
    const database = scratch.config.database;
    if (LIST_PAGES && database.type === 'postgres') reference = await startPostGraphileReference(database);
    const referenceUrl = reference?.url;
    const referenceQ: Send | null = referenceUrl ? (query, variables) => () => gql(referenceUrl, '', query, variables) : null;
    const mismatches = LIST_PAGES ? await measureLists(figures, q, referenceQ) : [];
    if (REPORTS_READ) await measureReports(figures, q);

    if (WRITES) await measureWrites(figures, scratch, q);

    const dashboard = REPORTS_READ ? await dashboardInProcess(scratch) : null;
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
    const out = [
      `### ${scratch.config.database.type === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${count} deployments, ${CONCURRENCY} concurrent clients${processes > 1 ? `, ${processes} server processes` : ''}`,
      '',
      `Seeded: ${totals.deployments} deployments, ${totals.runs} runs, ${totals.attempts} attempts, ${totals.defects} defects, ${totals.auditEvents} bulk audit events. Machine: ${machine}; load average ${os.loadavg().map((l) => round(l, 2)).join(', ')} at the end.`,
      '',
      '| Request | Requests | Errors | p50 ms | p95 ms | req/s | SQL statements per request |',
      '|---|---|---|---|---|---|---|',
      ...figures.map((f) => `| ${f.name} | ${f.requests} | ${f.errors} | ${f.p50} | ${f.p95} | ${f.rps} | ${f.statements} |`),
      '',
      ...(dashboard ? [dashboard, ''] : []),
      ...(mismatches.length ? [`**PostGraphile answered other rows than the product** for: ${mismatches.join('; ')}.`, ''] : []),
      ...targets(figures, scratch.config.database.type === 'postgres'),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    return figures;
  } finally {
    await Promise.all([...servers, ...(reference ? [reference] : [])].map((server) => server.stop()));
    await scratch.drop();
  }
}

/** How the dashboards' p95 grew from the first size measured to the last: flat in portfolio size means ≤ 1.3×. */
function growth(sizes: { count: number; figures: Figures[] }[]): string[] {
  const [first, last] = [sizes[0], sizes[sizes.length - 1]];
  const rows = [DASHBOARD_NAME, `Report: ${BLOCKERS_REPORT}`].flatMap((name) => {
    const [a, b] = [first.figures.find((f) => f.name === name), last.figures.find((f) => f.name === name)];
    if (!a || !b) return [];
    const ratio = round(b.p95 / a.p95, 2);
    return [`| ${name}: p95 at ${last.count} against ${first.count} deployments (${b.p95} / ${a.p95} ms), ≤ 1.3× | ${ratio}× | ${a.errors || b.errors ? 'missed (errors)' : ratio <= 1.3 ? 'met' : '**missed**'} |`];
  });
  return rows.length ? [`### Growth, ${first.count} → ${last.count} deployments`, '', '| Target | Measured | Met? |', '|---|---|---|', ...rows, ''] : [];
}

async function main() {
  const budget = setTimeout(() => {
    process.stderr.write(`\nbench: over its budget of ${args.budget} s; stopping.\n`);
    process.exit(2);
  }, Number(args.budget) * 1000);
  budget.unref();

  const sizes: { count: number; figures: Figures[] }[] = [];
  for (const count of args.deployments.split(',').map(Number)) sizes.push({ count, figures: await benchSize(count) });
  if (sizes.length > 1) process.stdout.write(`${growth(sizes).join('\n')}\n`);
  // The servers write their profiles as they exit.
  if (args['cpu-prof']) process.stdout.write(`${summariseProfiles(args['cpu-prof'])}\n`);
}

main().then(() => process.exit(0), (error) => {
  process.stderr.write(`\nbench failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
