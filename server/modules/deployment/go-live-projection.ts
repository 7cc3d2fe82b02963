// A warning before a go-live slips (docs/domain.md#go-live-projection): each open deployment's
// projected readiness date from how long each party took on past deployments and from the chain of
// its open tasks. `projectGoLive` is a pure function; `loadGoLiveProjections` feeds it a page of
// deployments in four statements, with the parties' past waits read once per request.
import type { DataSource, EntityManager } from 'typeorm';
import { rawQuery, sideBySide } from '../../db/sql';
import { addDays, daysBetween } from '../../shared/dates';
import { GoLiveRiskKind, Party } from '../../../rules/enums';
import { isHaltedDeployment, isOpenDependencyStatus, OPEN_DEPENDENCY_STATUSES, OPEN_TASK_STATUSES } from '../../../rules/statuses';
import { MIN_PAST_WAITS, medianDays } from '../../../rules/go-live-projection';
import { formatDate } from '../../../rules/dates';
import { DEPENDENCY_KIND_LABELS, taskChainRiskInWords, tooFewWaitsInWords, waitRiskInWords } from '../../../rules/labels';
import type { DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { DeploymentStatus, type Deployment } from './deployment.entity';

/** How long a party took: its completed waits' median in days, over how many waits. */
export interface PartyTurnaround {
  party: Party;
  medianDays: number | null;
  sampleSize: number;
}

export interface ProjectedDependency {
  id: string;
  kind: DependencyKind;
  status: DependencyStatus;
  ownerParty: Party;
  waitingOn: Party | null;
  waitingSince: string | null;
  dueDate: string;
}

export interface ProjectedTask {
  id: string;
  title: string;
  dueDate: string;
  /** Ids of its prerequisites that are open too. */
  prerequisiteIds: string[];
}

export interface GoLiveRisk {
  kind: GoLiveRiskKind;
  message: string;
  party: Party | null;
  medianDays: number | null;
  sampleSize: number | null;
  readyOn: string | null;
  dependencyId: string | null;
  taskId: string | null;
}

export interface GoLiveProjectionResult {
  targetGoLive: string;
  projectedReadyOn: string | null;
  atRisk: boolean;
  daysLate: number | null;
  reasons: GoLiveRisk[];
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The date the chain of open tasks ends: each after its open prerequisites by the gap the schedule plans between them, never before its due date or today. */
function taskChainEnd(tasks: ProjectedTask[], today: string): { endsOn: string; last: ProjectedTask } | null {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const finish = new Map<string, string>();
  const finishOf = (t: ProjectedTask, seen: Set<string>): string => {
    const known = finish.get(t.id);
    if (known) return known;
    let on = later(t.dueDate, today);
    for (const id of t.prerequisiteIds) {
      const p = byId.get(id);
      if (!p || seen.has(id)) continue;
      on = later(on, addDays(finishOf(p, new Set(seen).add(t.id)), Math.max(0, daysBetween(p.dueDate, t.dueDate))));
    }
    finish.set(t.id, on);
    return on;
  };
  let end: { endsOn: string; last: ProjectedTask } | null = null;
  for (const t of tasks) {
    const on = finishOf(t, new Set([t.id]));
    if (!end || on > end.endsOn) end = { endsOn: on, last: t };
  }
  return end;
}

/**
 * Projects when a deployment will be ready: each open dependency is met a party's median after its
 * wait began (a wait not yet begun starts today, and ends no earlier than the dependency's due
 * date); the open tasks before go-live finish in the schedule's order. Ready on the latest of these;
 * unknown (null) while a wait is on a party with fewer than MIN_PAST_WAITS completed waits.
 */
export function projectGoLive(
  input: { today: string; targetGoLive: string; dependencies: ProjectedDependency[]; tasks: ProjectedTask[] },
  turnaround: (party: Party) => PartyTurnaround,
): GoLiveProjectionResult {
  const { today, targetGoLive } = input;
  const daysToGoLive = daysBetween(today, targetGoLive);
  const risks: GoLiveRisk[] = [];
  const notes: GoLiveRisk[] = [];
  let readyOn = today;
  let unknown = false;
  const none = { party: null, medianDays: null, sampleSize: null, readyOn: null, dependencyId: null, taskId: null };

  for (const d of input.dependencies) {
    if (!isOpenDependencyStatus(d.status)) continue;
    const what = DEPENDENCY_KIND_LABELS[d.kind];
    const waiting = d.waitingOn !== null && d.waitingSince !== null;
    const party = waiting ? d.waitingOn! : d.ownerParty;
    const { medianDays: median, sampleSize } = turnaround(party);
    if (median === null || sampleSize < MIN_PAST_WAITS) {
      // A wait under way needs the party's history; one not begun keeps to its due date meanwhile.
      if (waiting) {
        unknown = true;
        notes.push({ ...none, kind: GoLiveRiskKind.TOO_FEW_WAITS, message: tooFewWaitsInWords(what, party, sampleSize), party, sampleSize, dependencyId: d.id });
      } else readyOn = later(readyOn, d.dueDate);
      continue;
    }
    const on = waiting ? later(addDays(d.waitingSince!, median), today) : later(d.dueDate, addDays(today, median));
    readyOn = later(readyOn, on);
    if (on > targetGoLive) {
      risks.push({
        ...none, kind: GoLiveRiskKind.DEPENDENCY_WAIT, party, medianDays: median, sampleSize, readyOn: on, dependencyId: d.id,
        message: waitRiskInWords(what, party, waiting ? daysBetween(d.waitingSince!, today) : null, median, sampleSize, daysToGoLive),
      });
    }
  }

  const chain = taskChainEnd(input.tasks, today);
  if (chain) {
    readyOn = later(readyOn, chain.endsOn);
    if (chain.endsOn > targetGoLive) {
      risks.push({
        ...none, kind: GoLiveRiskKind.TASK_CHAIN, readyOn: chain.endsOn, taskId: chain.last.id,
        message: taskChainRiskInWords(input.tasks.length, chain.last.title, formatDate(chain.endsOn), daysToGoLive),
      });
    }
  }

  const atRisk = readyOn > targetGoLive;
  risks.sort((a, b) => b.readyOn!.localeCompare(a.readyOn!));
  return {
    targetGoLive,
    projectedReadyOn: unknown ? null : readyOn,
    atRisk,
    daysLate: atRisk ? daysBetween(targetGoLive, readyOn) : null,
    reasons: [...risks, ...notes],
  };
}

/** Every party's completed waits (a wait that ended with its dependency met), as medians: one statement. */
export async function partyTurnarounds(db: DataSource | EntityManager): Promise<(party: Party) => PartyTurnaround> {
  const rows = await rawQuery<{ waitedOn: Party; waitedSince: string; metOn: string }>(db,
    `SELECT "waitedOn", "waitedSince", "metOn" FROM dependency WHERE status = 'MET' AND "waitedOn" IS NOT NULL AND "waitedSince" IS NOT NULL AND "metOn" IS NOT NULL`);
  const waits = new Map<Party, number[]>();
  for (const r of rows) {
    const list = waits.get(r.waitedOn) ?? [];
    list.push(Math.max(0, daysBetween(String(r.waitedSince).slice(0, 10), String(r.metOn).slice(0, 10))));
    waits.set(r.waitedOn, list);
  }
  const byParty = new Map([...waits].map(([party, days]) => [party, { party, medianDays: medianDays(days), sampleSize: days.length }]));
  return (party) => byParty.get(party) ?? { party, medianDays: null, sampleSize: 0 };
}

/** Whether a deployment is projected: open, not halted, not live. */
export const isProjected = (d: Pick<Deployment, 'status' | 'actualGoLive'>) =>
  !d.actualGoLive && d.status !== DeploymentStatus.LIVE && !isHaltedDeployment(d.status);

type Projectable = Pick<Deployment, 'id' | 'status' | 'actualGoLive' | 'targetGoLive'>;

/** The projections of deployments (null for those not projected): three statements for any number of them, plus the turnarounds given. */
export async function loadGoLiveProjections(
  db: DataSource | EntityManager, deployments: readonly Projectable[], today: string, turnaround: (party: Party) => PartyTurnaround,
): Promise<(GoLiveProjectionResult | null)[]> {
  const open = deployments.filter(isProjected);
  const ids = [...new Set(open.map((d) => d.id))];
  if (!ids.length) return deployments.map(() => null);
  const openTasks = OPEN_TASK_STATUSES;
  const [dependencies, tasks, links] = await sideBySide(db, [
    () => rawQuery<ProjectedDependency & { deploymentId: string }>(db,
      `SELECT id, "deploymentId", kind, status, "ownerParty", "waitingOn", "waitingSince", "dueDate" FROM dependency
       WHERE "deploymentId" IN (:...ids) AND status IN (:...statuses) ORDER BY "offsetDays", kind`, { ids, statuses: [...OPEN_DEPENDENCY_STATUSES] }),
    () => rawQuery<{ id: string; deploymentId: string; title: string; dueDate: string }>(db,
      `SELECT id, "deploymentId", title, "dueDate" FROM task
       WHERE "deploymentId" IN (:...ids) AND status IN (:...statuses) AND "offsetDays" < 0 ORDER BY number`, { ids, statuses: [...openTasks] }),
    () => rawQuery<{ taskId: string; prerequisiteId: string }>(db,
      `SELECT tp."taskId", tp."prerequisiteId" FROM task_prerequisite tp JOIN task t ON t.id = tp."taskId"
       WHERE t."deploymentId" IN (:...ids) AND t.status IN (:...statuses) AND t."offsetDays" < 0`, { ids, statuses: [...openTasks] }),
  ]);
  const prerequisites = new Map<string, string[]>();
  for (const l of links) prerequisites.set(l.taskId, [...(prerequisites.get(l.taskId) ?? []), l.prerequisiteId]);
  const dependenciesOf = new Map<string, ProjectedDependency[]>(ids.map((id) => [id, []]));
  for (const d of dependencies) dependenciesOf.get(d.deploymentId)!.push({ ...d, waitingSince: d.waitingSince ? String(d.waitingSince).slice(0, 10) : null, dueDate: String(d.dueDate).slice(0, 10) });
  const tasksOf = new Map<string, ProjectedTask[]>(ids.map((id) => [id, []]));
  for (const t of tasks) tasksOf.get(t.deploymentId)!.push({ id: t.id, title: t.title, dueDate: String(t.dueDate).slice(0, 10), prerequisiteIds: prerequisites.get(t.id) ?? [] });
  return deployments.map((d) => (isProjected(d)
    ? projectGoLive({ today, targetGoLive: d.targetGoLive, dependencies: dependenciesOf.get(d.id)!, tasks: tasksOf.get(d.id)! }, turnaround)
    : null));
}
