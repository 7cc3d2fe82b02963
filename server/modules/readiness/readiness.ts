// Go-live readiness (DESIGN.md, Domain model): one function, used by the API field, the query and
// goLive, so every caller gets the same answer. It gathers blockers from a list of checks; each
// check takes a batch of deployments, so a page of deployments costs the same statements as one.
import { EntityManager, In, Not } from 'typeorm';
import { rawQuery } from '../../db/sql';
import { californiaDate, daysBetween } from '../../shared/dates';
import { Defect, DefectStatus } from '../defect/defect.entity';
import { Dependency, DependencyStatus } from '../dependency/dependency.entity';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { Organization } from '../organization/organization.entity';
import { blockingDefects, changesSince, runsNow } from '../sign-off/basis';
import { SignOff } from '../sign-off/sign-off.entity';
import { Task, TaskStatus } from '../task/task.entity';
import { TestRun, TestRunPurpose, TestRunStatus } from '../test-run/test-run.entity';
import { Blocker, BlockerCode, Readiness, ReadinessStatus } from './readiness.types';

export interface DeploymentBlocker extends Blocker {
  deploymentId: string;
}

/** One rule of readiness: the blockers it finds among the deployments, as of `today` (California). */
export type ReadinessCheck = (tx: EntityManager, deployments: Deployment[], today: string) => Promise<DeploymentBlocker[]>;

const since = (from: string, today: string) => Math.max(0, daysBetween(from, today));

/** The latest ACCEPTANCE run of each deployment. */
export async function latestAcceptanceRuns(tx: EntityManager, deploymentIds: string[]): Promise<Map<string, TestRun>> {
  const runs = deploymentIds.length
    ? await tx.find(TestRun, { where: { deploymentId: In(deploymentIds), purpose: TestRunPurpose.ACCEPTANCE }, order: { startedAt: 'DESC', id: 'DESC' } })
    : [];
  const latest = new Map<string, TestRun>();
  for (const run of runs) if (!latest.has(run.deploymentId)) latest.set(run.deploymentId, run);
  return latest;
}

/** Every applicable dependency MET (NOT_APPLICABLE ones, e.g. CARPOS for an images-only court, are kept, never missing). */
const dependenciesMet: ReadinessCheck = async (tx, deployments, today) => {
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const open = await tx.find(Dependency, {
    where: { deploymentId: In([...byId.keys()]), status: Not(In([DependencyStatus.MET, DependencyStatus.NOT_APPLICABLE])) },
    order: { offsetDays: 'ASC', kind: 'ASC' },
  });
  return open.map((d) => ({
    deploymentId: d.deploymentId, code: BlockerCode.DEPENDENCY_NOT_MET, what: d.title,
    why: `It is ${d.status}${d.waitingOn ? ` on ${d.waitingOn} since ${d.waitingSince}` : ''}, due ${d.dueDate}; go-live needs it MET.`,
    recordType: 'Dependency', recordId: d.id, party: d.waitingOn ?? d.ownerParty, daysOpen: since(byId.get(d.deploymentId)!.plannedOn, today),
  }));
};

/**
 * A lifecycle task that must be DONE or WAIVED. Stands in for the records that will decide it
 * (training sessions held, the readiness checklist accepted) until those exist.
 */
const taskSettled = (key: string, code: BlockerCode, why: string): ReadinessCheck => async (tx, deployments, today) => {
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const open = await tx.find(Task, {
    where: { deploymentId: In([...byId.keys()]), key, status: Not(In([TaskStatus.DONE, TaskStatus.WAIVED])) },
  });
  return open.map((t) => ({
    deploymentId: t.deploymentId, code, what: `Task #${t.number} ${t.title}`, why: `${why} (the task is ${t.status}).`,
    recordType: 'Task', recordId: t.id, party: t.party, daysOpen: since(byId.get(t.deploymentId)!.plannedOn, today),
  }));
};

/** The latest ACCEPTANCE run PASSED. */
const acceptanceRunPassed: ReadinessCheck = async (tx, deployments, today) => {
  const latest = await latestAcceptanceRuns(tx, deployments.map((d) => d.id));
  const now = await runsNow(tx, [...latest.values()]);
  return deployments.flatMap((d): DeploymentBlocker[] => {
    const run = latest.get(d.id);
    if (!run) {
      return [{
        deploymentId: d.id, code: BlockerCode.NO_ACCEPTANCE_RUN, what: 'Court Acceptance Testing',
        why: 'No ACCEPTANCE run has been started; go-live needs one PASSED and signed off.',
        recordType: 'Deployment', recordId: d.id, party: Party.COURT, daysOpen: since(d.plannedOn, today),
      }];
    }
    const state = now.get(run.id)!;
    if (state.runStatus === TestRunStatus.PASSED) return [];
    const open = state.cases.filter((c) => !['PASSED', 'NOT_APPLICABLE'].includes(c.status));
    return [{
      deploymentId: d.id, code: BlockerCode.ACCEPTANCE_RUN_NOT_PASSED, what: `Acceptance run of ${californiaDate(run.startedAt)}`,
      why: `The run is ${state.runStatus}: ${open.map((c) => `${c.caseKey} ${c.status}`).join(', ')}.`,
      recordType: 'TestRun', recordId: run.id, party: Party.COURT, daysOpen: since(californiaDate(run.startedAt), today),
    }];
  });
};

/** No CRITICAL or MAJOR defect of the deployment that is neither VERIFIED nor WONT_FIX. */
const noBlockingDefects: ReadinessCheck = async (tx, deployments, today) => {
  const defects = await tx.find(Defect, { where: { deploymentId: In(deployments.map((d) => d.id)) }, order: { raisedAt: 'ASC' } });
  return blockingDefects(defects).map((d) => ({
    deploymentId: d.deploymentId, code: BlockerCode.DEFECT_OPEN, what: `${d.severity} defect "${d.title}"`,
    why: d.status === DefectStatus.FIXED
      ? `It is FIXED${d.fixedInBuild ? ` in ${d.fixedInBuild}` : ''} and waits for a re-test to verify it.`
      : `It is ${d.status}: fix it, or accept it as WONT_FIX with a reason.`,
    // The CCPOR team fixes; the court verifies the fix by re-testing.
    recordType: 'Defect', recordId: d.id, party: d.status === DefectStatus.FIXED ? Party.COURT : Party.CCPOR_TEAM,
    daysOpen: since(californiaDate(d.raisedAt), today),
  }));
};

/** Sign-offs of the latest ACCEPTANCE run by the court, each participating LEA and the CCPOR team, none STALE. */
const signOffsCurrent: ReadinessCheck = async (tx, deployments, today) => {
  const latest = await latestAcceptanceRuns(tx, deployments.map((d) => d.id));
  const runs = [...latest.values()];
  if (!runs.length) return [];
  const now = await runsNow(tx, runs);
  const signOffs = await tx.find(SignOff, { where: { runId: In(runs.map((r) => r.id)) }, order: { signedAt: 'DESC' } });
  const leas = await rawQuery<{ deploymentId: string; organizationId: string }>(tx,
    'SELECT "deploymentId", "organizationId" FROM deployment_lea WHERE "deploymentId" IN (:...ids)', { ids: [...latest.keys()] });
  const orgs = new Map((await tx.findBy(Organization, { id: In([...deployments.map((d) => d.courtId), ...leas.map((l) => l.organizationId)]) })).map((o) => [o.id, o]));
  return deployments.flatMap((d) => {
    const run = latest.get(d.id);
    if (!run) return [];
    const parties: { party: Party; organizationId: string | null; name: string }[] = [
      { party: Party.COURT, organizationId: d.courtId, name: orgs.get(d.courtId)!.name },
      ...leas.filter((l) => l.deploymentId === d.id).map((l) => ({ party: Party.LEA, organizationId: l.organizationId, name: orgs.get(l.organizationId)!.name })),
      { party: Party.CCPOR_TEAM, organizationId: null, name: 'the CCPOR team' },
    ];
    return parties.flatMap(({ party, organizationId, name }): DeploymentBlocker[] => {
      const theirs = signOffs.filter((s) => s.runId === run.id && s.party === party && s.organizationId === organizationId);
      const state = now.get(run.id)!;
      if (theirs.some((s) => !changesSince(s.basis, state).length)) return [];
      const [last] = theirs;
      if (last) {
        return [{
          deploymentId: d.id, code: BlockerCode.SIGN_OFF_STALE, what: `Sign-off of ${name}`,
          why: `Signed by ${last.signerName} on ${californiaDate(last.signedAt)}, but since then: ${changesSince(last.basis, state).join(' ')} Sign again.`,
          recordType: 'SignOff', recordId: last.id, party, daysOpen: since(californiaDate(last.signedAt), today),
        }];
      }
      return [{
        deploymentId: d.id, code: BlockerCode.SIGN_OFF_MISSING, what: `Sign-off of ${name}`,
        why: 'Has not signed off the latest acceptance run.',
        recordType: 'TestRun', recordId: run.id, party, daysOpen: since(californiaDate(run.startedAt), today),
      }];
    });
  });
};

/** The rules of readiness, in the order their blockers are listed. */
export const READINESS_CHECKS: ReadinessCheck[] = [
  dependenciesMet,
  taskSettled('CCPOR_TRAINING', BlockerCode.TRAINING_NOT_HELD, 'CCPOR training has not been held'),
  acceptanceRunPassed,
  noBlockingDefects,
  signOffsCurrent,
  taskSettled('READINESS_CHECKLIST', BlockerCode.READINESS_CHECKLIST_NOT_ACCEPTED, 'The Go-Live Readiness Checklist has not been accepted'),
];

/** Readiness of each deployment as of `today` (California): GO, or NO_GO with every blocker. */
export async function computeReadiness(tx: EntityManager, deployments: Deployment[], today: string): Promise<Map<string, Readiness>> {
  const blockers: DeploymentBlocker[] = [];
  // One after another: a transaction's statements share one connection.
  for (const check of READINESS_CHECKS) blockers.push(...(await check(tx, deployments, today)));
  const runs = await latestAcceptanceRuns(tx, deployments.map((d) => d.id));
  return new Map(deployments.map((d) => {
    const own = blockers.filter((b) => b.deploymentId === d.id).map(({ deploymentId: _d, ...b }) => b);
    return [d.id, { status: own.length ? ReadinessStatus.NO_GO : ReadinessStatus.GO, blockers: own, asOf: today, acceptanceRun: runs.get(d.id) ?? null }];
  }));
}
