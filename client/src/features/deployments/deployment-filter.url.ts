import type { DeploymentFilter, DeploymentOrder, DeploymentStatus, HealthStatus, Phase, ReadinessStatus } from '../../graphql/generated/graphql';
import { formatDate } from '../../app/local-date.utils';
import { DEPLOYMENT_STATUS_LABELS, HEALTH_LABELS, PHASE_LABELS, READINESS_STATUS_LABELS } from '../../../../rules/labels';
import { DEPLOYMENT_ORDERS, HEALTH_STATUSES, PHASES, READINESS_STATUSES } from '../../../../rules/statuses';

// A deployments filter in the URL's query string, with the same names and forms as the API's
// DeploymentFilter and the /reports/<name>.csv parameters (`?phase=PLANNING&health=LATE&readiness=NO_GO&wave=1`,
// repeated or comma-separated), so that a filtered list can be bookmarked and the portfolio's
// figures can link to the list of the deployments behind them. The order is `sort` (`?sort=NAME`).

const STATUSES = Object.keys(DEPLOYMENT_STATUS_LABELS) as DeploymentStatus[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WAVE = /^\d{1,2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PEOPLE_FIELDS = ['coordinatorIds', 'fieldStaffIds'] as const;
const DATE_FIELDS = ['goLiveFrom', 'goLiveTo', 'wentLiveFrom', 'wentLiveTo'] as const;

const valuesOf = (params: URLSearchParams, name: string): string[] =>
  params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

const allowed = <T extends string>(values: string[], choices: readonly T[]): T[] =>
  choices.filter((choice) => values.includes(choice));

/** The filter a query string describes (unknown or malformed values are left out), or undefined for none. */
export function deploymentFilterOf(params: URLSearchParams): DeploymentFilter | undefined {
  const filter: DeploymentFilter = {};
  const phase = allowed<Phase>(valuesOf(params, 'phase'), PHASES);
  const status = allowed<DeploymentStatus>(valuesOf(params, 'status'), STATUSES);
  const health = allowed<HealthStatus>(valuesOf(params, 'health'), HEALTH_STATUSES);
  const readiness = allowed<ReadinessStatus>(valuesOf(params, 'readiness'), READINESS_STATUSES);
  const county = valuesOf(params, 'county');
  const wave = valuesOf(params, 'wave').filter((value) => WAVE.test(value)).map(Number);
  if (phase.length) filter.phase = phase;
  if (status.length) filter.status = status;
  if (health.length) filter.health = health;
  if (readiness.length) filter.readiness = readiness;
  if (county.length) filter.county = county;
  if (wave.length) filter.wave = wave;
  const search = params.get('search')?.trim().slice(0, 100);
  if (search) filter.search = search;
  for (const name of PEOPLE_FIELDS) {
    const ids = valuesOf(params, name).filter((value) => ID.test(value));
    if (ids.length) filter[name] = ids;
  }
  for (const name of DATE_FIELDS) {
    const value = params.get(name);
    if (value && DATE.test(value)) filter[name] = value;
  }
  return Object.keys(filter).length ? filter : undefined;
}

/** The order a query string asks for (`sort`), or undefined for the list's own (soonest go-live first). */
export const deploymentOrderOf = (params: URLSearchParams): DeploymentOrder | undefined =>
  allowed<DeploymentOrder>([params.get('sort') ?? ''], DEPLOYMENT_ORDERS)[0];

/** The query string of a filter: '' for none, else '?…' (the inverse of deploymentFilterOf). */
export function searchOfFilter(filter: DeploymentFilter | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter ?? {})) {
    for (const item of [value].flat()) if (item !== null && item !== undefined && item !== '') params.append(name, String(item));
  }
  return params.size ? `?${params}` : '';
}

/** The deployments list filtered by `filter`. */
export const deploymentListPath = (filter: DeploymentFilter | undefined) => `/${searchOfFilter(filter)}`;

/** The filter's conditions in words, one per filter, e.g. "Wave 1", "Went live from Fri, Jan 1, 2027". */
export function describeFilter(filter: DeploymentFilter | undefined): string[] {
  if (!filter) return [];
  const words: string[] = [];
  if (filter.phase?.length) words.push(`Phase: ${filter.phase.map((p) => PHASE_LABELS[p]).join(' or ')}`);
  if (filter.status?.length) words.push(`Status: ${filter.status.map((s) => DEPLOYMENT_STATUS_LABELS[s]).join(' or ')}`);
  if (filter.health?.length) words.push(`Health: ${filter.health.map((h) => HEALTH_LABELS[h]).join(' or ')}`);
  if (filter.readiness?.length) words.push(`Readiness: ${filter.readiness.map((r) => READINESS_STATUS_LABELS[r]).join(' or ')}`);
  if (filter.county?.length) words.push(`County: ${filter.county.join(' or ')}`);
  if (filter.wave?.length) words.push(`Wave ${filter.wave.join(' or ')}`);
  if (filter.search) words.push(`Name contains “${filter.search}”`);
  const people = (label: string, ids?: readonly unknown[] | null) => {
    if (ids?.length) words.push(`${label}: ${ids.length === 1 ? 'one chosen person' : `${ids.length} chosen people`}`);
  };
  people('Coordinator', filter.coordinatorIds);
  people('Field staff', filter.fieldStaffIds);
  const range = (label: string, from?: string | null, to?: string | null) => {
    if (from && to) words.push(`${label} ${formatDate(from)} to ${formatDate(to)}`);
    else if (from) words.push(`${label} on or after ${formatDate(from)}`);
    else if (to) words.push(`${label} on or before ${formatDate(to)}`);
  };
  range('Target go-live', filter.goLiveFrom, filter.goLiveTo);
  range('Went live', filter.wentLiveFrom, filter.wentLiveTo);
  return words;
}
