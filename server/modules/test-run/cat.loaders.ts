import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { today, type Clock } from '../../shared/clock';
import { CloseOut, Incident } from '../incident/incident.entity';
import { keptReadiness } from '../readiness/readiness.service';
import { Readiness } from '../readiness/readiness.types';
import { Defect } from '../defect/defect.entity';
import { RunNow, runsNow } from '../sign-off/runs-now';
import { SignOff } from '../sign-off/sign-off.entity';
import { TestCase, TestPlan } from '../test-plan/test-plan.entity';
import { caseStatuses, CaseStatusRow, runStatuses, RunStatusRow } from './run-status';
import { TestResult, TestRun } from './test-run.entity';
import { byKey, inKeyOrder, throughLink } from '../../graphql/loaders';

function byId<E extends { id: string }>(db: DataSource, entity: new () => E) {
  return new DataLoader<string, E | undefined>(async (ids) => {
    return inKeyOrder(ids, await db.manager.findBy(entity, { id: In([...ids]) } as never), 'id');
  });
}

function groupBy<R, K extends string>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** Loaders of Court Acceptance Testing, readiness and post go-live. */
export function createCatLoaders(db: DataSource, clock: Clock) {
  return {
    testPlan: byId(db, TestPlan),
    testCase: byId(db, TestCase),
    testRun: byId(db, TestRun),
    testCasesOfPlan: byKey(db, TestCase, 'planId', { position: 'ASC' }),
    testRunsOfDeployment: byKey(db, TestRun, 'deploymentId', { startedAt: 'ASC' }),
    attemptsOfRun: byKey(db, TestResult, 'runId', { testedAt: 'ASC', sequence: 'ASC' }),
    runStatus: new DataLoader<string, RunStatusRow>((ids) => runStatuses(db, ids)),
    caseStatusesOfRun: new DataLoader<string, CaseStatusRow[]>(async (ids) => groupBy(ids, await caseStatuses(db, ids), (r) => r.runId)),
    signOffsOfRun: byKey(db, SignOff, 'runId', { signedAt: 'ASC' }),
    runNow: new DataLoader<string, RunNow>(async (ids) => {
      const runs = await db.manager.findBy(TestRun, { id: In([...ids]) });
      const now = await runsNow(db, runs);
      return ids.map((id) => now.get(id) ?? new Error(`No test run ${id}`));
    }),
    readiness: new DataLoader<string, Readiness>(async (ids) => {
      const readiness = await keptReadiness(db, ids, today(clock));
      return ids.map((id) => readiness.get(id) ?? new Error(`No readiness kept for deployment ${id}`));
    }),
    incidentsOfDeployment: byKey(db, Incident, 'deploymentId', { reportedAt: 'ASC' }),
    closeOutOfDeployment: byKey(db, CloseOut, 'deploymentId', { createdAt: 'ASC' }),
    defectsOfRun: byKey(db, Defect, 'runId', { raisedAt: 'ASC' }),
    defectsOfDeployment: byKey(db, Defect, 'deploymentId', { raisedAt: 'ASC' }),
    attemptsOfDefect: throughLink(db, 'defect_attempt', 'defectId', 'attemptId', TestResult, { testedAt: 'ASC', sequence: 'ASC' }),
    defectsOfAttempt: throughLink(db, 'defect_attempt', 'attemptId', 'defectId', Defect, { raisedAt: 'ASC' }),
  };
}
