import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { dayInText, daysBetweenSql, shiftDateSql, unindexed } from '../../db/sql';
import { addDays } from '../../shared/dates';
import { Phase, PHASE_STARTS_AT } from '../lifecycle-template/lifecycle.enums';
import { HealthStatus, HealthReasonCode } from '../../../rules/enums';

export { HealthStatus, HealthReasonCode };

registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'Health of a deployment, derived from today’s date (California time).',
  valuesConfig: {
    ON_TRACK: { description: 'Nothing is past due.' },
    AT_RISK: {
      description: 'Something is past due, the current phase’s window is too short, or a dependency has waited over 30 days.',
    },
    LATE: { description: 'Go-live passed without going live, or required work is more than 7 days past due.' },
  },
});

registerEnumType(HealthReasonCode, {
  name: 'HealthReasonCode',
  description: 'Why a deployment has the health it has.',
  valuesConfig: {
    GO_LIVE_PASSED: { description: 'The target go-live date has passed and the court has not gone live (LATE).' },
    TASKS_LATE: { description: 'Required tasks more than 7 days past due (LATE).' },
    DEPENDENCIES_LATE: { description: 'Dependencies more than 7 days past due (LATE).' },
    TASKS_PAST_DUE: { description: 'Open tasks past their due date (AT_RISK).' },
    DEPENDENCIES_PAST_DUE: { description: 'Open dependencies past their due date (AT_RISK).' },
    PHASE_WINDOW_TOO_SHORT: { description: 'The current phase was entered later than it should begin (AT_RISK).' },
    DEPENDENCIES_WAITING_LONG: { description: 'Dependencies waiting on a party for more than 30 days (AT_RISK).' },
  },
});

@ObjectType({ description: 'One reason for a deployment’s health.' })
export class HealthReason {
  @Field(() => HealthReasonCode, { description: 'Machine-readable reason.' })
  code!: HealthReasonCode;

  @Field(() => Int, { description: 'How many records the reason counts (1 for a date or a phase).' })
  count!: number;

  @Field(() => String, { description: 'The reason in words.' })
  message!: string;
}

@ObjectType({ description: 'Derived health of a deployment, with its reasons.' })
export class Health {
  @Field(() => HealthStatus, { description: 'ON_TRACK, AT_RISK or LATE.' })
  status!: HealthStatus;

  @Field(() => [HealthReason], { description: 'Every reason behind the status; empty when on track.' })
  reasons!: HealthReason[];

  @Field(() => Int, { description: 'Days from today to the target go-live (negative once it has passed).' })
  daysToGoLive!: number;
}

/** Days past due after which work turns a deployment LATE. */
export const LATE_AFTER_DAYS = 7;
/** Days a dependency may wait on a party before the deployment is AT_RISK. */
export const LONG_WAIT_DAYS = 30;

export interface HealthRow {
  deploymentId: string;
  health: HealthStatus;
  goLivePassed: number;
  lateTasks: number;
  lateDependencies: number;
  pastDueTasks: number;
  pastDueDependencies: number;
  windowTooShort: number;
  longWaits: number;
  daysToGoLive: number;
}

/** Open tasks and open dependencies, by status. */
export const OPEN_TASKS = `('OPEN','IN_PROGRESS')`;
export const OPEN_DEPENDENCIES = `('NOT_STARTED','IN_PROGRESS','WAITING')`;

/** 1 when the deployment `d`'s current phase was entered later than the schedule has it begin, else 0. */
export function windowTooShortSql(db: DataSource | EntityManager, d = 'd') {
  const phaseStart = (phase: Phase) => shiftDateSql(db, `${d}."targetGoLive"`, PHASE_STARTS_AT[phase]!);
  return `CASE
      WHEN ${d}.phase = 'PLANNING' AND ${d}."phaseEnteredOn" > ${phaseStart(Phase.PLANNING)} THEN 1
      WHEN ${d}.phase = 'SCOPE' AND ${d}."phaseEnteredOn" > ${phaseStart(Phase.SCOPE)} THEN 1
      WHEN ${d}.phase = 'IMPLEMENT' AND ${d}."phaseEnteredOn" > ${phaseStart(Phase.IMPLEMENT)} THEN 1
      ELSE 0 END`;
}

/** 1 when the deployment `d`'s target go-live passed without going live (as of :today), else 0. */
const goLivePassedSql = (d = 'd') => `CASE WHEN ${d}.status NOT IN ('LIVE','CLOSED','WITHDRAWN') AND ${d}."targetGoLive" < :today THEN 1 ELSE 0 END`;

/** The deployments a health row is restricted to: :...ids, or the ids the SQL given selects. */
const idsSql = (onlyIds: true | string) => (typeof onlyIds === 'string' ? onlyIds : ':...ids');

/**
 * The health row of the deployment `d` without its id: its columns as SQL over `d` and the joins
 * they read (`ts`, its open tasks past due, and `ds`, its open dependencies), for a statement that
 * selects `d` itself. With onlyIds, the joins read the deployments in :...ids only (or, given SQL,
 * the ids it selects), so that a page costs what it holds.
 */
export function healthPartsSql(db: DataSource | EntityManager, onlyIds: boolean | string = false): { columns: [keyof HealthRow, string][]; joins: string } {
  const only = (column: string) => (onlyIds ? ` AND ${column} IN (${idsSql(onlyIds)})` : '');
  // For some deployments, SQLite finds their tasks and dependencies by deployment: the index on
  // status (and due date) walked the open work of the whole portfolio (docs/benchmarks.md#list-pages-in-one-statement).
  // PostgreSQL's statistics choose well, and a value no index serves would spoil its estimates.
  const status = onlyIds && !isPostgresSource(db) ? unindexed('status') : 'status';
  // PostgreSQL, for some deployments, reads each one's dependencies by its id (LATERAL): its
  // estimates had it read every open dependency of the portfolio to keep the page's.
  const perDeployment = !!onlyIds && isPostgresSource(db);
  const windowTooShort = windowTooShortSql(db);
  const goLivePassed = goLivePassedSql();
  return {
    columns: [
      ['health', `CASE
        WHEN d.status IN ('CLOSED','WITHDRAWN') THEN 'ON_TRACK'
        WHEN ${goLivePassed} = 1 OR COALESCE(ts.late, 0) > 0 OR COALESCE(ds.late, 0) > 0 THEN 'LATE'
        WHEN COALESCE(ts."pastDue", 0) > 0 OR COALESCE(ds."pastDue", 0) > 0 OR ${windowTooShort} = 1
          OR COALESCE(ds."longWaits", 0) > 0 THEN 'AT_RISK'
        ELSE 'ON_TRACK' END`],
      ['goLivePassed', goLivePassed],
      ['lateTasks', 'CAST(COALESCE(ts.late, 0) AS INTEGER)'],
      ['lateDependencies', 'CAST(COALESCE(ds.late, 0) AS INTEGER)'],
      ['pastDueTasks', 'CAST(COALESCE(ts."pastDue", 0) AS INTEGER)'],
      ['pastDueDependencies', 'CAST(COALESCE(ds."pastDue", 0) AS INTEGER)'],
      ['windowTooShort', windowTooShort],
      ['longWaits', 'CAST(COALESCE(ds."longWaits", 0) AS INTEGER)'],
      ['daysToGoLive', daysBetweenSql(db, ':today', 'd."targetGoLive"')],
    ],
    joins: `
    LEFT JOIN (
      SELECT "deploymentId",
        SUM(CASE WHEN required = TRUE AND "dueDate" < :lateBefore THEN 1 ELSE 0 END) AS late,
        COUNT(*) AS "pastDue"
      FROM task WHERE ${status} IN ${OPEN_TASKS} AND "dueDate" < :today${only('"deploymentId"')} GROUP BY "deploymentId"
    ) ts ON ts."deploymentId" = d.id
    LEFT JOIN ${perDeployment ? 'LATERAL ' : ''}(
      SELECT ${perDeployment ? '' : '"deploymentId",'}
        SUM(CASE WHEN "dueDate" < :lateBefore THEN 1 ELSE 0 END) AS late,
        SUM(CASE WHEN "dueDate" < :today THEN 1 ELSE 0 END) AS "pastDue",
        SUM(CASE WHEN status = 'WAITING' AND "waitingSince" < :longWaitBefore THEN 1 ELSE 0 END) AS "longWaits"
      FROM dependency WHERE ${perDeployment ? '"deploymentId" = d.id AND ' : ''}${status} IN ${OPEN_DEPENDENCIES}${perDeployment ? '' : `${only('"deploymentId"')} GROUP BY "deploymentId"`}
    ) ds ON ${perDeployment ? 'TRUE' : 'ds."deploymentId" = d.id'}`,
  };
}

/**
 * SQL of a derived table with one row per deployment: the counts behind its health and the health
 * itself (healthPartsSql). Closed and withdrawn deployments have no work left and are ON_TRACK.
 * Parameters: :today, :lateBefore, :longWaitBefore (see healthParams).
 */
export function healthTableSql(db: DataSource | EntityManager, onlyIds: boolean | string = false): string {
  const { columns, joins } = healthPartsSql(db, onlyIds);
  return `
    SELECT d.id AS "deploymentId", ${columns.map(([name, sql]) => `${sql} AS "${name}"`).join(',\n      ')}
    FROM deployment d${joins}${onlyIds ? ` WHERE d.id IN (${idsSql(onlyIds)})` : ''}`;
}

/**
 * The health of the deployment `d` from its kept dates (deployment_health, joined as `f`, LEFT JOIN):
 * the same status as healthTableSql, since a count of open work past a day is above zero exactly
 * when the earliest of its dates is before that day. Parameters as healthTableSql's.
 */
export function keptHealthSql(db: DataSource | EntityManager, d = 'd', f = 'f'): string {
  return `CASE
      WHEN ${d}.status IN ('CLOSED','WITHDRAWN') THEN 'ON_TRACK'
      WHEN ${goLivePassedSql(d)} = 1 OR ${f}."requiredTaskDue" < :lateBefore OR ${f}."openDependencyDue" < :lateBefore THEN 'LATE'
      WHEN ${f}."openTaskDue" < :today OR ${f}."openDependencyDue" < :today OR ${windowTooShortSql(db, d)} = 1
        OR ${f}."waitingSince" < :longWaitBefore THEN 'AT_RISK'
      ELSE 'ON_TRACK' END`;
}

/** The parameters of health's SQL: today and the days work turns late or a wait long, written into the statement (dayInText). */
export const healthParams = (today: string) => ({
  today: dayInText(today),
  lateBefore: dayInText(addDays(today, -LATE_AFTER_DAYS)),
  longWaitBefore: dayInText(addDays(today, -LONG_WAIT_DAYS)),
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Turns a health row into the health with its reasons in words. */
export function toHealth(row: HealthRow): Health {
  const reasons: HealthReason[] = [];
  const add = (code: HealthReasonCode, count: number, message: string) => {
    if (count > 0) reasons.push({ code, count, message });
  };
  const n = (v: unknown) => Number(v ?? 0);
  // Closed and withdrawn deployments may still hold open tasks; they are on track all the same.
  if (row.health !== HealthStatus.ON_TRACK) {
    add(HealthReasonCode.GO_LIVE_PASSED, n(row.goLivePassed), `Target go-live passed ${-n(row.daysToGoLive)} days ago without going live.`);
    add(HealthReasonCode.TASKS_LATE, n(row.lateTasks), `${plural(n(row.lateTasks), 'required task is', 'required tasks are')} more than ${LATE_AFTER_DAYS} days past due.`);
    add(HealthReasonCode.DEPENDENCIES_LATE, n(row.lateDependencies), `${plural(n(row.lateDependencies), 'dependency is', 'dependencies are')} more than ${LATE_AFTER_DAYS} days past due.`);
    add(HealthReasonCode.TASKS_PAST_DUE, n(row.pastDueTasks), `${plural(n(row.pastDueTasks), 'task is', 'tasks are')} past due.`);
    add(HealthReasonCode.DEPENDENCIES_PAST_DUE, n(row.pastDueDependencies), `${plural(n(row.pastDueDependencies), 'dependency is', 'dependencies are')} past due.`);
    add(HealthReasonCode.PHASE_WINDOW_TOO_SHORT, n(row.windowTooShort), 'The current phase began later than the schedule allows: its window is too short.');
    add(HealthReasonCode.DEPENDENCIES_WAITING_LONG, n(row.longWaits), `${plural(n(row.longWaits), 'dependency has', 'dependencies have')} been waiting on a party for more than ${LONG_WAIT_DAYS} days.`);
  }
  return { status: row.health, reasons, daysToGoLive: n(row.daysToGoLive) };
}
