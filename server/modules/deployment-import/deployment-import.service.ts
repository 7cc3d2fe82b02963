import { parse } from 'csv-parse/sync';
import { EntityManager, In, Not } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { today } from '../../shared/clock';
import { isIsoDate } from '../../shared/dates';
import { dateProblem, type DateKind } from '../../../rules/dates';
import { Deployment, DeploymentStatus } from '../deployment/deployment.entity';
import { currentTemplate, instantiateDependencies, instantiateTasks } from '../deployment/deployment.service';
import { dueDate } from '../deployment/scheduling';
import { Phase, PHASE_ORDER } from '../lifecycle-template/lifecycle.enums';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { applyMutation } from '../sync/replay';
import { IMPORTED_NOTE, TaskStatus } from '../task/task.entity';
import { ImportDeploymentsInput } from './deployment-import.inputs';
import { figure, IMPORT_LIMITS } from '../../../rules/limits';
import { DeploymentImportPreview, DeploymentImportResult, DeploymentImportRow, ImportRowProblem } from './deployment-import.types';

/** Accepted header names (compared without case, spaces or punctuation) for each column. */
const COLUMNS = {
  court: ['court', 'courtname', 'county'],
  goLive: ['golive', 'targetgolive', 'golivedate'],
  phase: ['phase'],
  status: ['status'],
  wave: ['wave'],
  leas: ['leas', 'lea', 'participatingleas', 'agencies'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['court', 'goLive', 'phase', 'status'];
const LIVE_STATUSES: DeploymentStatus[] = [DeploymentStatus.LIVE, DeploymentStatus.CLOSED];

const normalName = (s: string) => s.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const headerKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const enumKey = (s: string) => s.trim().toUpperCase().replace(/[\s-]+/g, '_');

/** A date written as YYYY-MM-DD or M/D/YYYY (as spreadsheets export it), as YYYY-MM-DD; null if neither. */
function readDate(value: string): string | null {
  if (isIsoDate(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!us) return null;
  const iso = `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function parseCsv(csv: string): { columns: Map<Column, number>; records: { line: number; cells: string[] }[] } {
  if (csv.length > IMPORT_LIMITS.characters) throw badInput([{ field: 'csv', message: `is ${figure(csv.length)} characters; at most ${figure(IMPORT_LIMITS.characters)} at once, split the file.` }]);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as never;
  } catch (error) {
    throw badInput([{ field: 'csv', message: `is not readable as CSV (${(error as Error).message}). Save the sheet as CSV with a header row.` }]);
  }
  if (!rows.length) throw badInput([{ field: 'csv', message: 'is empty; it needs a header row and one row per court.' }]);
  const header = rows[0].record.map(headerKey);
  const columns = new Map<Column, number>();
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) columns.set(column, at);
  }
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) {
    throw badInput([{ field: 'csv', message: `the header row lacks ${missing.join(', ')}; it needs court, go-live, phase, status and optionally wave and LEAs.` }]);
  }
  const records = rows.slice(1).map((r) => ({ line: r.info.lines, cells: r.record }));
  if (records.length > IMPORT_LIMITS.rows) throw badInput([{ field: 'csv', message: `has ${records.length} rows; at most ${IMPORT_LIMITS.rows} at once, split the file.` }]);
  if (!records.length) throw badInput([{ field: 'csv', message: 'has a header but no rows.' }]);
  return { columns, records };
}

/**
 * Reads and checks every row against the database as it is now: the court and LEAs must exist,
 * the court must not already have a deployment (other than a withdrawn one) nor appear twice in
 * the file, and the dates must fit the status (a LIVE or CLOSED court went live on or before
 * today, in phase POST_GO_LIVE; any other is planned for today or later, within five years).
 */
export async function checkImport(ctx: Context, em: EntityManager, csv: string): Promise<DeploymentImportRow[]> {
  const { columns, records } = parseCsv(csv);
  const cell = (cells: string[], c: Column) => (columns.has(c) ? (cells[columns.get(c)!] ?? '').trim() : '');
  const orgs = await em.find(Organization, { select: { id: true, name: true, county: true, kind: true } });
  const courts = new Map<string, Organization>();
  const leas = new Map<string, Organization>();
  for (const o of orgs) {
    if (o.kind === OrganizationKind.COURT) {
      courts.set(normalName(o.name), o);
      courts.set(normalName(o.county), o);
    } else {
      leas.set(normalName(o.name), o);
    }
  }
  const active = await em.find(Deployment, { select: { id: true, courtId: true }, where: { status: Not(DeploymentStatus.WITHDRAWN) } });
  const deployedCourts = new Set(active.map((d) => d.courtId));
  const now = today(ctx.clock);
  // A live court's go-live happened; any other's is planned (docs/domain.md#dates).
  const goLiveBounds = (kind: DateKind, goLive: string) => {
    const message = dateProblem(kind, goLive, ctx.clock.now());
    return message ? [{ field: 'goLive', message }] : [];
  };
  const seen = new Map<string, number>();

  return records.map(({ line, cells }) => {
    const problems: ImportRowProblem[] = [];
    const courtText = cell(cells, 'court');
    const court = courtText ? courts.get(normalName(courtText)) : undefined;
    if (!courtText) problems.push({ field: 'court', message: 'is empty; write the court’s name or its county.' });
    else if (!court) problems.push({ field: 'court', message: `no court named "${courtText}"; write e.g. "Fresno" or "Superior Court of California, County of Fresno".` });
    else if (seen.has(court.id)) problems.push({ field: 'court', message: `${court.name} is already on line ${seen.get(court.id)}; keep one row per court.` });
    else if (deployedCourts.has(court.id)) problems.push({ field: 'court', message: `${court.name} already has a deployment; update it there instead.` });
    if (court && !seen.has(court.id)) seen.set(court.id, line);

    const phaseText = cell(cells, 'phase');
    const phase = (Object.values(Phase) as string[]).includes(enumKey(phaseText)) ? (enumKey(phaseText) as Phase) : null;
    if (!phase) problems.push({ field: 'phase', message: `"${phaseText}" is not a phase; use one of ${PHASE_ORDER.join(', ')}.` });
    const statusText = cell(cells, 'status');
    const status = (Object.values(DeploymentStatus) as string[]).includes(enumKey(statusText)) ? (enumKey(statusText) as DeploymentStatus) : null;
    if (!status) problems.push({ field: 'status', message: `"${statusText}" is not a status; use one of ${Object.values(DeploymentStatus).join(', ')}.` });

    const goLiveText = cell(cells, 'goLive');
    const goLive = readDate(goLiveText);
    if (!goLive) problems.push({ field: 'goLive', message: `"${goLiveText}" is not a date; write YYYY-MM-DD, e.g. 2027-03-01.` });
    else if (status && LIVE_STATUSES.includes(status)) {
      if (goLive > now) problems.push({ field: 'goLive', message: `a ${status} court went live on or before today (${now}).` });
      else problems.push(...goLiveBounds('happened', goLive));
      if (phase && phase !== Phase.POST_GO_LIVE) problems.push({ field: 'phase', message: `a ${status} court is in phase POST_GO_LIVE.` });
    } else if (status) {
      if (goLive < now) problems.push({ field: 'goLive', message: `must be today (${now}) or later for a court that has not gone live.` });
      else problems.push(...goLiveBounds('planned', goLive));
      if (phase === Phase.POST_GO_LIVE) problems.push({ field: 'status', message: 'a court in phase POST_GO_LIVE is LIVE or CLOSED.' });
    }

    const waveText = cell(cells, 'wave');
    const wave = /^\d{1,2}$/.test(waveText) && Number(waveText) >= 1 ? Number(waveText) : null;
    if (waveText && wave === null) problems.push({ field: 'wave', message: `"${waveText}" is not a wave; write a number from 1 to 99 or leave it empty.` });

    const found: Organization[] = [];
    for (const name of cell(cells, 'leas').split(';').map((s) => s.trim()).filter(Boolean)) {
      const lea = leas.get(normalName(name));
      if (lea) found.push(lea);
      else problems.push({ field: 'leas', message: `no law-enforcement agency named "${name}"; separate several with ";".` });
    }
    const uniqueLeas = [...new Map(found.map((o) => [o.id, o])).values()];
    return {
      line, court: courtText, courtId: court?.id ?? null, courtName: court?.name ?? null, targetGoLive: goLive, phase, status,
      wave, leaNames: uniqueLeas.map((o) => o.name), leaIds: uniqueLeas.map((o) => o.id), problems,
    };
  });
}

export async function previewDeploymentImport(ctx: Context, csv: string): Promise<DeploymentImportPreview> {
  const rows = await checkImport(ctx, ctx.db.manager, csv);
  const validCount = rows.filter((r) => !r.problems.length).length;
  return { rows, validCount, invalidCount: rows.length - validCount };
}

/**
 * Imports the valid rows in one transaction and skips the others (returned with their problems),
 * so one bad row does not hold back a sheet of good ones; the rows are checked again inside the
 * transaction, so what the preview showed cannot have gone stale. Each deployment gets every task
 * of the current template; the tasks of the phases before its phase are DONE with the note
 * "imported", because that work happened before the deployment was tracked here. A court imported
 * as already live also has the tasks due before the import done so, and its dependencies met on its
 * go-live; readiness then finds nothing of the work before go-live blocking (docs/domain.md#import).
 */
export function importDeployments(ctx: Context, input: ImportDeploymentsInput) {
  return applyMutation(ctx, { operation: 'importDeployments', input }, async (tx): Promise<DeploymentImportResult> => {
    const rows = await checkImport(ctx, tx, input.csv);
    const valid = rows.filter((r) => !r.problems.length);
    const now = today(ctx.clock);
    const { template, tasks: templateTasks } = valid.length ? await currentTemplate(tx) : { template: null, tasks: [] };
    const courts = new Map((await tx.findBy(Organization, { id: In(valid.map((r) => r.courtId!)) })).map((o) => [o.id, o]));
    const created: Deployment[] = [];
    for (const row of valid) {
      const live = LIVE_STATUSES.includes(row.status!);
      const deployment = await tx.save(tx.create(Deployment, {
        courtId: row.courtId!,
        participatingLeas: row.leaIds.map((id) => ({ id }) as Organization),
        templateId: template!.id,
        wave: row.wave,
        targetGoLive: row.targetGoLive!,
        actualGoLive: live ? row.targetGoLive! : null,
        phase: row.phase!,
        phaseEnteredOn: now,
        status: row.status!,
        plannedOn: now,
        updatedBy: ctx.actor.name,
      }));
      const earlier = PHASE_ORDER.slice(0, PHASE_ORDER.indexOf(row.phase!));
      // A court already live also did what fell due between its go-live and the import.
      await instantiateTasks(tx, deployment, templateTasks, now, (t) => (earlier.includes(t.phase) || (live && dueDate(row.targetGoLive!, t.offsetDays) < now)
        ? { status: TaskStatus.DONE, evidence: IMPORTED_NOTE, completedOn: now, updatedBy: ctx.actor.name }
        : {}));
      await instantiateDependencies(tx, deployment, courts.get(row.courtId!)!);
      created.push(deployment);
    }
    return { created, skipped: rows.filter((r) => r.problems.length) };
  });
}
