// Go-live readiness (docs/domain.md#readiness): one function, used by the API field, the query and
// goLive, so every caller gets the same answer. It gathers blockers from a list of checks; each
// check takes a batch of deployments, so a page of deployments costs the same statements as one.
import { EntityManager, In, Not } from 'typeorm';
import { rawQuery, selectWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import {
  ACCOUNT_REQUEST_STATUS_LABELS, CASE_STATUS_LABELS, DEFECT_SEVERITY_LABELS, DEFECT_STATUS_LABELS, DEPENDENCY_STATUS_LABELS, PARTY_LABELS, RESPONSE_STATUS_LABELS,
} from '../../../rules/labels';
import { formatDate } from '../../../rules/dates';
import { californiaDate, daysBetween } from '../../shared/dates';
import { Defect, DefectStatus } from '../defect/defect.entity';
import { Dependency, DependencyStatus } from '../dependency/dependency.entity';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { AccountRequest, AccountRequestStatus } from '../account-request/account-request.entity';
import { READINESS_CHECKLIST } from '../questionnaire/default-questionnaires';
import { QuestionnaireResponse } from '../questionnaire/questionnaire.entity';
import { ResponseStatus } from '../questionnaire/questionnaire.enums';
import { TrainingSession, TrainingStatus } from '../training/training.entity';
import { blockingDefects, changesSince, RunNow, runsNow } from '../sign-off/runs-now';
import { SignOff } from '../sign-off/sign-off.entity';
import { TestRun, TestRunPurpose, TestRunStatus } from '../test-run/test-run.entity';
import { Blocker, BlockerCode, Readiness, ReadinessStatus } from './readiness.types';

interface DeploymentBlocker extends Blocker {
  deploymentId: string;
}

/** What several rules read about the same batch, read once (the acceptance runs are the costly part). */
interface SharedReads {
  latestRuns(): Promise<Map<string, TestRun>>;
  runsNow(): Promise<Map<string, RunNow>>;
}

/** One rule of readiness: the blockers it finds among the deployments, as of `today` (California). */
type ReadinessCheck = (tx: EntityManager, deployments: Deployment[], today: string, shared: SharedReads) => Promise<DeploymentBlocker[]>;

function sharedReads(tx: EntityManager, deployments: Deployment[]): SharedReads {
  let latest: Promise<Map<string, TestRun>> | undefined;
  let now: Promise<Map<string, RunNow>> | undefined;
  const latestRuns = () => (latest ??= latestAcceptanceRuns(tx, deployments.map((d) => d.id)));
  return { latestRuns, runsNow: () => (now ??= latestRuns().then((runs) => runsNow(tx, [...runs.values()]))) };
}

const since = (from: string, today: string) => Math.max(0, daysBetween(from, today));

/** The latest ACCEPTANCE run of each deployment. */
async function latestAcceptanceRuns(tx: EntityManager, deploymentIds: string[]): Promise<Map<string, TestRun>> {
  const runs = (await selectWhereIn(tx, TestRun, 'deploymentId', deploymentIds, { startedAt: 'DESC', id: 'DESC' }))
    .filter((run) => run.purpose === TestRunPurpose.ACCEPTANCE);
  const latest = new Map<string, TestRun>();
  for (const run of runs) if (!latest.has(run.deploymentId)) latest.set(run.deploymentId, run);
  return latest;
}

/** Every applicable dependency MET (NOT_APPLICABLE ones, e.g. CARPOS for an images-only court, are kept, never missing). */
const dependenciesMet: ReadinessCheck = async (tx, deployments, today) => {
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const open = (await selectWhereIn(tx, Dependency, 'deploymentId', [...byId.keys()], { offsetDays: 'ASC', kind: 'ASC' }))
    .filter((d) => d.status !== DependencyStatus.MET && d.status !== DependencyStatus.NOT_APPLICABLE);
  return open.map((d) => ({
    deploymentId: d.deploymentId, code: BlockerCode.DEPENDENCY_NOT_MET, what: d.title,
    why: `It is ${d.waitingOn ? `waiting on ${PARTY_LABELS[d.waitingOn]} since ${formatDate(d.waitingSince ?? d.dueDate)}` : DEPENDENCY_STATUS_LABELS[d.status].toLowerCase()}, due ${formatDate(d.dueDate)}; go-live needs it met.`,
    recordType: 'Dependency', recordId: d.id, party: d.waitingOn ?? d.ownerParty,
    // A wait counts from the day it began, not from the deployment's creation (docs/domain.md#readiness).
    daysOpen: since(d.waitingSince ?? byId.get(d.deploymentId)!.plannedOn, today),
  }));
};

/** Every CCPOR account request ACTIVE or REJECTED: nobody is left waiting for access at go-live. */
const accountsSettled: ReadinessCheck = async (tx, deployments, today) => {
  const open = await tx.find(AccountRequest, {
    where: { deploymentId: In(deployments.map((d) => d.id)), status: Not(In([AccountRequestStatus.ACTIVE, AccountRequestStatus.REJECTED])) },
    order: { personName: 'ASC' },
  });
  const kinds = new Map((await tx.findBy(Organization, { id: In([...new Set(open.map((a) => a.organizationId))]) })).map((o) => [o.id, o.kind]));
  return open.map((a) => ({
    deploymentId: a.deploymentId, code: BlockerCode.ACCOUNT_NOT_ACTIVE, what: `CCPOR account for ${a.personName}`,
    why: `The request is ${ACCOUNT_REQUEST_STATUS_LABELS[a.status].toLowerCase()}; go-live needs every account active or rejected.`,
    recordType: 'AccountRequest', recordId: a.id, party: kinds.get(a.organizationId) === OrganizationKind.LEA ? Party.LEA : Party.COURT,
    daysOpen: since(californiaDate(a.createdAt), today),
  }));
};

/** The planned CCPOR training held. */
const trainingHeld: ReadinessCheck = async (tx, deployments, today) => {
  const sessions = await selectWhereIn(tx, TrainingSession, 'deploymentId', deployments.map((d) => d.id), { scheduledOn: 'ASC' });
  return deployments.filter((d) => !sessions.some((s) => s.deploymentId === d.id && s.status === TrainingStatus.HELD)).map((d) => {
    const planned = sessions.find((s) => s.deploymentId === d.id);
    return {
      deploymentId: d.id, code: BlockerCode.TRAINING_NOT_HELD, what: 'CCPOR training',
      why: planned ? `The training planned for ${formatDate(planned.scheduledOn)} has not been recorded as held.` : 'No training session has been scheduled or held.',
      recordType: planned ? 'TrainingSession' : 'Deployment', recordId: planned?.id ?? d.id, party: Party.CCPOR_TEAM, daysOpen: since(d.plannedOn, today),
    };
  });
};

/** The Go-Live Readiness Checklist answered by the court and accepted by the CCPOR team. */
const checklistAccepted: ReadinessCheck = async (tx, deployments, today) => {
  const responses = await tx.find(QuestionnaireResponse, { where: { deploymentId: In(deployments.map((d) => d.id)), questionnaireKey: READINESS_CHECKLIST.key } });
  return deployments.flatMap((d) => {
    const response = responses.find((r) => r.deploymentId === d.id);
    if (response?.status === ResponseStatus.ACCEPTED) return [];
    return [{
      deploymentId: d.id, code: BlockerCode.READINESS_CHECKLIST_NOT_ACCEPTED, what: 'Go-Live Readiness Checklist',
      why: response ? `The checklist is ${RESPONSE_STATUS_LABELS[response.status].toLowerCase()}; the CCPOR team must accept it.` : 'The court has not started the checklist.',
      recordType: response ? 'QuestionnaireResponse' : 'Deployment', recordId: response?.id ?? d.id, party: Party.COURT, daysOpen: since(d.plannedOn, today),
    }];
  });
};

/** The latest ACCEPTANCE run PASSED. */
const acceptanceRunPassed: ReadinessCheck = async (_tx, deployments, today, shared) => {
  const latest = await shared.latestRuns();
  const now = await shared.runsNow();
  return deployments.flatMap((d): DeploymentBlocker[] => {
    const run = latest.get(d.id);
    if (!run) {
      return [{
        deploymentId: d.id, code: BlockerCode.NO_ACCEPTANCE_RUN, what: 'Court Acceptance Testing',
        why: 'No acceptance run has been started; go-live needs one passed and signed off.',
        recordType: 'Deployment', recordId: d.id, party: Party.COURT, daysOpen: since(d.plannedOn, today),
      }];
    }
    const state = now.get(run.id)!;
    if (state.runStatus === TestRunStatus.PASSED) return [];
    const open = state.cases.filter((c) => !['PASSED', 'NOT_APPLICABLE'].includes(c.status));
    return [{
      deploymentId: d.id, code: BlockerCode.ACCEPTANCE_RUN_NOT_PASSED, what: `Acceptance run of ${formatDate(californiaDate(run.startedAt))}`,
      why: `Not every case has passed: ${open.map((c) => `${c.caseKey} ${CASE_STATUS_LABELS[c.status].toLowerCase()}`).join(', ')}.`,
      recordType: 'TestRun', recordId: run.id, party: Party.COURT, daysOpen: since(californiaDate(run.startedAt), today),
    }];
  });
};

/** No CRITICAL or MAJOR defect of the deployment that is neither VERIFIED nor WONT_FIX. */
const noBlockingDefects: ReadinessCheck = async (tx, deployments, today) => {
  const defects = await selectWhereIn(tx, Defect, 'deploymentId', deployments.map((d) => d.id), { raisedAt: 'ASC' });
  return blockingDefects(defects).map((d) => ({
    deploymentId: d.deploymentId, code: BlockerCode.DEFECT_OPEN, what: `${DEFECT_SEVERITY_LABELS[d.severity]} defect "${d.title}"`,
    why: d.status === DefectStatus.FIXED
      ? `It is fixed${d.fixedInBuild ? ` in ${d.fixedInBuild}` : ''} and waits for a re-test to verify it.`
      : `It is ${DEFECT_STATUS_LABELS[d.status].toLowerCase()}: fix it, or accept it as won’t fix with a reason.`,
    // The CCPOR team fixes; the court verifies the fix by re-testing.
    recordType: 'Defect', recordId: d.id, party: d.status === DefectStatus.FIXED ? Party.COURT : Party.CCPOR_TEAM,
    daysOpen: since(californiaDate(d.raisedAt), today),
  }));
};

/** Sign-offs of the latest ACCEPTANCE run by the court, each participating LEA and the CCPOR team, none STALE. */
const signOffsCurrent: ReadinessCheck = async (tx, deployments, today, shared) => {
  const latest = await shared.latestRuns();
  const runs = [...latest.values()];
  if (!runs.length) return [];
  const now = await shared.runsNow();
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
          why: `Signed by ${last.signerName} on ${formatDate(californiaDate(last.signedAt))}, but since then: ${changesSince(last.basis, state).join(' ')} Sign again.`,
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
const READINESS_CHECKS: ReadinessCheck[] = [
  dependenciesMet,
  accountsSettled,
  trainingHeld,
  acceptanceRunPassed,
  noBlockingDefects,
  signOffsCurrent,
  checklistAccepted,
];

/** Readiness of each deployment as of `today` (California): GO, or NO_GO with every blocker. */
export async function computeReadiness(tx: EntityManager, deployments: Deployment[], today: string): Promise<Map<string, Readiness>> {
  const blockers = new Map<string, Blocker[]>(deployments.map((d) => [d.id, []]));
  const shared = sharedReads(tx, deployments);
  // One after another: a transaction's statements share one connection.
  for (const check of READINESS_CHECKS) {
    for (const { deploymentId, ...blocker } of await check(tx, deployments, today, shared)) blockers.get(deploymentId)?.push(blocker);
  }
  const runs = await shared.latestRuns();
  return new Map(deployments.map((d) => {
    const own = blockers.get(d.id)!;
    return [d.id, { status: own.length ? ReadinessStatus.NO_GO : ReadinessStatus.GO, blockers: own, asOf: today, acceptanceRun: runs.get(d.id) ?? null }];
  }));
}

/** Readiness of one deployment for the query: NOT_FOUND rather than a loader error for an unknown id. */
export async function getReadiness(ctx: Context, deploymentId: string) {
  const deployment = await ctx.loaders.deployment.load(deploymentId);
  if (!deployment) throw notFound('Deployment', deploymentId);
  return ctx.loaders.readiness.load(deploymentId);
}
