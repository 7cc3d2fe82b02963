import { once } from 'node:events';
import express, { Request } from 'express';
import { GraphQLError } from 'graphql';
import { sendForbidden, sendProblem as fail } from '../access/http-refusals';
import { notSignedIn } from '../access/auth-checker';
import type { Context } from '../../graphql/context';
import type { FieldProblem } from '../../graphql/errors';
import { validationProblems } from '../../graphql/validation';
import { today } from '../../shared/clock';
import { isIsoDate } from '../../shared/dates';
import { log } from '../../shared/log';
import { ANY_ROLE } from '../access/roles';
import { DeploymentStatus } from '../deployment/deployment.entity';
import { HealthStatus } from '../deployment/health';
import { Party, Phase } from '../lifecycle-template/lifecycle.enums';
import { DependencyKind } from '../dependency/dependency.entity';
import { ReadinessStatus } from '../readiness/readiness.types';
import { ReportFilter } from './report.filter';
import { REPORT_NAMES, ReportColumn, ReportName, ReportRow, REPORTS } from './report.registry';


const LIST_PARAMS = {
  phase: Object.values(Phase), status: Object.values(DeploymentStatus), health: Object.values(HealthStatus), readiness: Object.values(ReadinessStatus),
  waitingOn: Object.values(Party), dependencyKind: Object.values(DependencyKind),
} as const;
const KNOWN_PARAMS = new Set(['phase', 'status', 'health', 'readiness', 'county', 'wave', 'goLiveFrom', 'goLiveTo', 'wentLiveFrom', 'wentLiveTo', 'waitingOn', 'dependencyKind']);

/** Values of a query-string parameter, repeated (`?phase=A&phase=B`) or comma-separated (`?phase=A,B`). */
function values(query: Request['query'], name: string): string[] | null {
  const raw = query[name];
  if (raw === undefined) return null;
  const list = (Array.isArray(raw) ? raw : [raw]).map(String);
  return list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The report filter of a query string, or the problems with it (field names as in GraphQL's `filter`). */
function filterOfQuery(query: Request['query']): { filter: ReportFilter; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(query)) {
    if (!KNOWN_PARAMS.has(name)) problems.push({ field: name, message: `is not a filter; use ${[...KNOWN_PARAMS].join(', ')}.` });
  }
  const filter = new ReportFilter();
  for (const [name, allowed] of Object.entries(LIST_PARAMS)) {
    const given = values(query, name);
    if (!given) continue;
    const wrong = given.filter((v) => !(allowed as readonly string[]).includes(v));
    if (wrong.length) problems.push({ field: `filter.${name}`, message: `${wrong.join(', ')} is not one of ${allowed.join(', ')}.` });
    Object.assign(filter, { [name]: given });
  }
  const county = values(query, 'county');
  if (county) filter.county = county;
  const wave = values(query, 'wave');
  if (wave) {
    if (wave.some((w) => !/^\d{1,9}$/.test(w))) problems.push({ field: 'filter.wave', message: 'must be whole numbers, e.g. wave=1&wave=2.' });
    filter.wave = wave.map(Number);
  }
  for (const name of ['goLiveFrom', 'goLiveTo', 'wentLiveFrom', 'wentLiveTo'] as const) {
    const given = values(query, name);
    if (!given) continue;
    if (given.length !== 1 || !isIsoDate(given[0])) problems.push({ field: `filter.${name}`, message: 'must be one date, YYYY-MM-DD.' });
    filter[name] = given[0];
  }
  if (!problems.length) {
    problems.push(...validationProblems(filter).map((p) => ({ ...p, field: `filter.${p.field.replace(/^\./, '')}` })));
  }
  return { filter, problems };
}

/** A cell as RFC 4180 wants it; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
function cell(value: string | number | null, column: ReportColumn): string {
  if (value === null) return '';
  let text = String(value);
  // CSV injection (OWASP): Excel and Sheets evaluate cells starting with = + - @ even in a CSV.
  if (column.kind === 'text' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: string[]) => `${cells.join(',')}\r\n`;

/**
 * `GET /reports/<name>.csv`: the rows of a report query as CSV, with the same filters as query-string
 * parameters and the same session or API token as GraphQL. UTF-8 with a byte-order mark (Excel reads
 * UTF-8 only with one), a header row, CRLF line ends, streamed a chunk of rows at a time.
 */
export function reportRouter(contextOf: (req: Request, res: express.Response) => Promise<Context>): express.Router {
  const router = express.Router();
  router.get('/:file', async (req, res, next) => {
    try {
      const ctx = await contextOf(req, res);
      if (!ctx.actor.userId) return fail(res, 401, 'UNAUTHENTICATED', notSignedIn(ctx, ' (or send an API token as a bearer token)'));
      if (!ANY_ROLE.includes(ctx.actor.role!)) return sendForbidden(ctx, req, res, 'Your role may not read reports.');
      const match = /^([a-z0-9-]+)\.csv$/.exec(String(req.params.file));
      const name = match?.[1] as ReportName | undefined;
      if (!name || !REPORT_NAMES.includes(name)) {
        return fail(res, 404, 'NOT_FOUND', `There is no report ${req.params.file}; the reports are ${REPORT_NAMES.map((n) => `${n}.csv`).join(', ')}.`, { noun: 'Report', id: req.params.file });
      }
      const { filter, problems } = filterOfQuery(req.query);
      if (problems.length) return fail(res, 400, 'BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join(' '), { fields: problems });
      await sendCsv(ctx, res, name, filter);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' && !res.headersSent) {
        return fail(res, 400, 'BAD_USER_INPUT', error.message, error.extensions.details as object);
      }
      if (!res.headersSent) return next(error);
      // The header row has gone: end the download broken, so that nobody takes part of a report for all of it.
      log('error', 'report download failed', { path: req.path, error: String((error as Error)?.stack ?? error) });
      res.destroy(error as Error);
    }
  });
  return router;
}

async function sendCsv(ctx: Context, res: express.Response, name: ReportName, filter: ReportFilter) {
  const report = REPORTS[name];
  const rows = report.stream(ctx, filter)[Symbol.asyncIterator]();
  // The first chunk is read before any header goes out, so that a failing query still gets a JSON error.
  let next = await rows.next();
  res.status(200).set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}-${today(ctx.clock)}.csv"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const write = async (text: string) => {
    // A client that goes away never drains: stop waiting then too.
    const drained = res.write(text);
    // Compressed, the rows would wait in zlib's buffer: each batch goes out as it is read.
    res.flush();
    if (!drained) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  };
  await write(`\uFEFF${line(report.columns.map((c) => c.name))}`);
  while (!next.done) {
    if (res.destroyed) {
      await rows.return?.();
      return;
    }
    await write((next.value as ReportRow[]).map((row) => line(report.columns.map((c) => cell(row[c.name], c)))).join(''));
    next = await rows.next();
  }
  res.end();
}
