// Go-live readiness (docs/domain.md#readiness): one function evaluates the rules, for the readiness
// kept per deployment (refreshed by the write path in the transaction of each change it may alter,
// read by the API field, the query and the reports) and for goLive, so every caller gets the same
// answer. It gathers blockers from a list of checks; each check takes a batch of deployments.
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { findWhereIn, insertRows, rawQuery, selectWhereIn } from '../../db/sql';
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
import { IMPORTED_NOTE, Task } from '../task/task.entity';
import { blockingDefects, changesSince, RunNow, runsNow } from '../sign-off/runs-now';
import { SignOff } from '../sign-off/sign-off.entity';
import { TestRun, TestRunPurpose, TestRunStatus } from '../test-run/test-run.entity';
import type { AuditEvent } from '../audit/audit-event.entity';
import type { RunRead } from '../audit/audit.subscriber';
import { DeploymentReadiness, ReadinessBlocker } from './readiness.entity';
import { keptBefore, mailReadinessNews, signOffOf } from './readiness.mail';
import { Blocker, BlockerCode, Readiness, ReadinessStatus } from './readiness.types';

/** A blocker as kept: the day its days open count from, not the days themselves (they depend on today). */
export type BlockerFacts = Omit<Blocker, 'daysOpen'> & { openSince: string };

interface DeploymentBlocker extends BlockerFacts {
  deploymentId: string;
}

/** What several rules read about the same batch, read once (the acceptance runs are the costly part). */
interface SharedReads {
  latestRuns(): Promise<Map<string, TestRun>>;
  runsNow(): Promise<Map<string, RunNow>>;
}

/** One rule of readiness: the blockers it finds among the deployments. */
type ReadinessCheck = (tx: EntityManager, deployments: Deployment[], shared: SharedReads) => Promise<DeploymentBlocker[]>;

function sharedReads(tx: EntityManager, deployments: Deployment[]): SharedReads {
  let latest: Promise<Map<string, TestRun>> | undefined;
  let now: Promise<Map<string, RunNow>> | undefined;
  const latestRuns = () => (latest ??= latestAcceptanceRuns(tx, deployments.map((d) => d.id)));
  return { latestRuns, runsNow: () => (now ??= latestRuns().then((runs) => runsNow(tx, [...runs.values()]))) };
}

/** The latest ACCEPTANCE run of each deployment. */
async function latestAcceptanceRuns(tx: EntityManager, deploymentIds: string[]): Promise<Map<string, TestRun>> {
  const runs = (await selectWhereIn(tx, TestRun, 'deploymentId', deploymentIds, { startedAt: 'DESC', id: 'DESC' }))
    .filter((run) => run.purpose === TestRunPurpose.ACCEPTANCE);
  const latest = new Map<string, TestRun>();
  for (const run of runs) if (!latest.has(run.deploymentId)) latest.set(run.deploymentId, run);
  return latest;
}

/** Every applicable dependency MET (NOT_APPLICABLE ones, e.g. CARPOS for an images-only court, are kept, never missing). */
const dependenciesMet: ReadinessCheck = async (tx, deployments) => {
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const open = (await selectWhereIn(tx, Dependency, 'deploymentId', [...byId.keys()], { offsetDays: 'ASC', kind: 'ASC' }))
    .filter((d) => d.status !== DependencyStatus.MET && d.status !== DependencyStatus.NOT_APPLICABLE);
  return open.map((d) => ({
    deploymentId: d.deploymentId, code: BlockerCode.DEPENDENCY_NOT_MET, what: d.title,
    why: `It is ${d.waitingOn ? `waiting on ${PARTY_LABELS[d.waitingOn]} since ${formatDate(d.waitingSince ?? d.dueDate)}` : DEPENDENCY_STATUS_LABELS[d.status].toLowerCase()}, due ${formatDate(d.dueDate)}; go-live needs it met.`,
    recordType: 'Dependency', recordId: d.id, party: d.waitingOn ?? d.ownerParty,
    // A wait counts from the day it began, not from the deployment's creation (docs/domain.md#readiness).
    openSince: d.waitingSince ?? byId.get(d.deploymentId)!.plannedOn,
  }));
};

/** Every CCPOR account request ACTIVE or REJECTED: nobody is left waiting for access at go-live. */
const accountsSettled: ReadinessCheck = async (tx, deployments) => {
  const open = await tx.find(AccountRequest, {
    where: { deploymentId: In(deployments.map((d) => d.id)), status: Not(In([AccountRequestStatus.ACTIVE, AccountRequestStatus.REJECTED])) },
    order: { personName: 'ASC' },
  });
  const kinds = new Map((await tx.findBy(Organization, { id: In([...new Set(open.map((a) => a.organizationId))]) })).map((o) => [o.id, o.kind]));
  return open.map((a) => ({
    deploymentId: a.deploymentId, code: BlockerCode.ACCOUNT_NOT_ACTIVE, what: `CCPOR account for ${a.personName}`,
    why: `The request is ${ACCOUNT_REQUEST_STATUS_LABELS[a.status].toLowerCase()}; go-live needs every account active or rejected.`,
    recordType: 'AccountRequest', recordId: a.id, party: kinds.get(a.organizationId) === OrganizationKind.LEA ? Party.LEA : Party.COURT,
    openSince: californiaDate(a.createdAt),
  }));
};

/** The planned CCPOR training held. */
const trainingHeld: ReadinessCheck = async (tx, deployments) => {
  const sessions = await selectWhereIn(tx, TrainingSession, 'deploymentId', deployments.map((d) => d.id), { scheduledOn: 'ASC' });
  return deployments.filter((d) => !sessions.some((s) => s.deploymentId === d.id && s.status === TrainingStatus.HELD)).map((d) => {
    const planned = sessions.find((s) => s.deploymentId === d.id);
    return {
      deploymentId: d.id, code: BlockerCode.TRAINING_NOT_HELD, what: 'CCPOR training',
      why: planned ? `The training planned for ${formatDate(planned.scheduledOn)} has not been recorded as held.` : 'No training session has been scheduled or held.',
      recordType: planned ? 'TrainingSession' : 'Deployment', recordId: planned?.id ?? d.id, party: Party.CCPOR_TEAM, openSince: d.plannedOn,
    };
  });
};

/** The Go-Live Readiness Checklist answered by the court and accepted by the CCPOR team. */
const checklistAccepted: ReadinessCheck = async (tx, deployments) => {
  const responses = await tx.find(QuestionnaireResponse, { where: { deploymentId: In(deployments.map((d) => d.id)), questionnaireKey: READINESS_CHECKLIST.key } });
  return deployments.flatMap((d) => {
    const response = responses.find((r) => r.deploymentId === d.id);
    if (response?.status === ResponseStatus.ACCEPTED) return [];
    return [{
      deploymentId: d.id, code: BlockerCode.READINESS_CHECKLIST_NOT_ACCEPTED, what: 'Go-Live Readiness Checklist',
      why: response ? `The checklist is ${RESPONSE_STATUS_LABELS[response.status].toLowerCase()}; the CCPOR team must accept it.` : 'The court has not started the checklist.',
      recordType: response ? 'QuestionnaireResponse' : 'Deployment', recordId: response?.id ?? d.id, party: Party.COURT, openSince: d.plannedOn,
    }];
  });
};

/** The latest ACCEPTANCE run PASSED. */
const acceptanceRunPassed: ReadinessCheck = async (_tx, deployments, shared) => {
  const latest = await shared.latestRuns();
  const now = await shared.runsNow();
  return deployments.flatMap((d): DeploymentBlocker[] => {
    const run = latest.get(d.id);
    if (!run) {
      return [{
        deploymentId: d.id, code: BlockerCode.NO_ACCEPTANCE_RUN, what: 'Court Acceptance Testing',
        why: 'No acceptance run has been started; go-live needs one passed and signed off.',
        recordType: 'Deployment', recordId: d.id, party: Party.COURT, openSince: d.plannedOn,
      }];
    }
    const state = now.get(run.id)!;
    if (state.runStatus === TestRunStatus.PASSED) return [];
    const open = state.cases.filter((c) => !['PASSED', 'NOT_APPLICABLE'].includes(c.status));
    return [{
      deploymentId: d.id, code: BlockerCode.ACCEPTANCE_RUN_NOT_PASSED, what: `Acceptance run of ${formatDate(californiaDate(run.startedAt))}`,
      why: `Not every case has passed: ${open.map((c) => `${c.caseKey} ${CASE_STATUS_LABELS[c.status].toLowerCase()}`).join(', ')}.`,
      recordType: 'TestRun', recordId: run.id, party: Party.COURT, openSince: californiaDate(run.startedAt),
    }];
  });
};

/** No CRITICAL or MAJOR defect of the deployment that is neither VERIFIED nor WONT_FIX. */
const noBlockingDefects: ReadinessCheck = async (tx, deployments) => {
  const defects = await selectWhereIn(tx, Defect, 'deploymentId', deployments.map((d) => d.id), { raisedAt: 'ASC' });
  return blockingDefects(defects).map((d) => ({
    deploymentId: d.deploymentId, code: BlockerCode.DEFECT_OPEN, what: `${DEFECT_SEVERITY_LABELS[d.severity]} defect "${d.title}"`,
    why: d.status === DefectStatus.FIXED
      ? `It is fixed${d.fixedInBuild ? ` in ${d.fixedInBuild}` : ''} and waits for a re-test to verify it.`
      : `It is ${DEFECT_STATUS_LABELS[d.status].toLowerCase()}: fix it, or accept it as won’t fix with a reason.`,
    // The CCPOR team fixes; the court verifies the fix by re-testing.
    recordType: 'Defect', recordId: d.id, party: d.status === DefectStatus.FIXED ? Party.COURT : Party.CCPOR_TEAM,
    openSince: californiaDate(d.raisedAt),
  }));
};

/** Sign-offs of the latest ACCEPTANCE run by the court, each participating LEA and the CCPOR team, none STALE. */
const signOffsCurrent: ReadinessCheck = async (tx, deployments, shared) => {
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
          deploymentId: d.id, code: BlockerCode.SIGN_OFF_STALE, what: signOffOf(name),
          why: `Signed by ${last.signerName} on ${formatDate(californiaDate(last.signedAt))}, but since then: ${changesSince(last.basis, state).join(' ')} Sign again.`,
          recordType: 'SignOff', recordId: last.id, party, openSince: californiaDate(last.signedAt),
        }];
      }
      return [{
        deploymentId: d.id, code: BlockerCode.SIGN_OFF_MISSING, what: signOffOf(name),
        why: 'Has not signed off the latest acceptance run.',
        recordType: 'TestRun', recordId: run.id, party, openSince: californiaDate(run.startedAt),
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

/** What the rules find for a deployment: facts and dates, the same whatever day it is read. */
export interface ReadinessFacts {
  status: ReadinessStatus;
  blockers: BlockerFacts[];
  acceptanceRun: TestRun | null;
}

/** Readiness of each deployment by the rules: GO, or NO_GO with every blocker. */
export async function evaluateReadiness(tx: EntityManager, deployments: Deployment[]): Promise<Map<string, ReadinessFacts>> {
  const blockers = new Map<string, BlockerFacts[]>(deployments.map((d) => [d.id, []]));
  const shared = sharedReads(tx, deployments);
  // A court imported as already live went live before it was tracked here: its go-live milestone is
  // imported-done, and the record holds none of the work before it, so nothing of it blocks.
  const liveBefore = new Set((await findWhereIn(tx, Task, 'deploymentId', deployments.filter((d) => d.actualGoLive).map((d) => d.id), { deploymentId: true, key: true, evidence: true }))
    .filter((t) => t.key === 'GO_LIVE' && t.evidence === IMPORTED_NOTE).map((t) => t.deploymentId));
  // One after another: a transaction's statements share one connection.
  for (const check of READINESS_CHECKS) {
    for (const { deploymentId, ...blocker } of await check(tx, deployments, shared)) if (!liveBefore.has(deploymentId)) blockers.get(deploymentId)?.push(blocker);
  }
  const runs = await shared.latestRuns();
  return new Map(deployments.map((d) => {
    const own = blockers.get(d.id)!;
    return [d.id, { status: own.length ? ReadinessStatus.NO_GO : ReadinessStatus.GO, blockers: own, acceptanceRun: runs.get(d.id) ?? null }];
  }));
}

/** Readiness as people read it on `today` (California): each blocker's days open counted from its date. */
export function readinessAsOf(facts: ReadinessFacts, today: string): Readiness {
  return {
    status: facts.status, asOf: today, acceptanceRun: facts.acceptanceRun,
    blockers: facts.blockers.map(({ openSince, ...b }) => ({ ...b, daysOpen: Math.max(0, daysBetween(openSince, today)) })),
  };
}

/**
 * Brings the kept readiness of the deployments up to date in the write's transaction, from the
 * rules (evaluateReadiness). On PostgreSQL their rows are locked first, in id order: two writes
 * touching one deployment then refresh one after the other, the second seeing the first's change.
 * Given the write's context (`news`), it queues the partners' e-mail of what changed (readiness.mail.ts).
 */
export async function refreshReadiness(tx: EntityManager, deploymentIds: readonly string[], news?: Context) {
  if (!deploymentIds.length) return;
  const deployments = await tx.find(Deployment, {
    where: { id: In([...deploymentIds]) }, order: { id: 'ASC' },
    // NO KEY UPDATE, not UPDATE: it leaves the key-share locks of inserts that reference a deployment free.
    ...(isPostgresSource(tx) ? { lock: { mode: 'for_no_key_update' as const } } : {}),
  });
  const ids = deployments.map((d) => d.id);
  if (!ids.length) return;
  // A write tells the partners what its change of readiness means for them (readiness.mail.ts).
  const before = news && await keptBefore(tx, ids);
  const facts = await evaluateReadiness(tx, deployments);
  await tx.delete(ReadinessBlocker, { deploymentId: In(ids) });
  await tx.delete(DeploymentReadiness, { deploymentId: In(ids) });
  await insertRows(tx, DeploymentReadiness, ids.map((id) => ({ deploymentId: id, status: facts.get(id)!.status, blockers: facts.get(id)!.blockers.length, acceptanceRunId: facts.get(id)!.acceptanceRun?.id ?? null })));
  await insertRows(tx, ReadinessBlocker, ids.flatMap((id) => facts.get(id)!.blockers.map((b, position) => ({ deploymentId: id, position, ...b }))));
  if (news && before) await mailReadinessNews(tx, news, deployments, before, facts);
}

/** Deployments per refresh when every one is brought up to date (a migration, a bulk seed). */
const REFRESH_BATCH = 200;

/** Refreshes the kept readiness of every deployment, in batches, in the transaction `tx`. */
export async function refreshEveryReadiness(tx: EntityManager) {
  const ids = (await rawQuery<{ id: string }>(tx, 'SELECT id FROM deployment ORDER BY id')).map((r) => r.id);
  for (let start = 0; start < ids.length; start += REFRESH_BATCH) await refreshReadiness(tx, ids.slice(start, start + REFRESH_BATCH));
}

/**
 * The records the rules read, by entity, and how a change of one names its deployment: a run's
 * results and the run itself count only for ACCEPTANCE runs (rehearsals never count), an
 * organization only by its name and kind (the words of sign-off blockers, an account's party).
 */
const READ_BY_RULES: Record<string, 'deployment' | 'owner' | 'run' | 'result' | 'organization'> = {
  Deployment: 'deployment', Dependency: 'owner', AccountRequest: 'owner', TrainingSession: 'owner', QuestionnaireResponse: 'owner',
  Defect: 'owner', SignOff: 'owner', TestRun: 'run', TestResult: 'result', Organization: 'organization',
};

/**
 * The deployments whose readiness the noted changes of a write may have changed. `runsRead` are the
 * runs the write read already (audit.subscriber.ts noteRunRead): their deployment is not read again.
 */
export async function deploymentsChangedBy(tx: EntityManager, changes: readonly AuditEvent[], runsRead: ReadonlyMap<string, RunRead> = new Map()): Promise<string[]> {
  const found = new Set<string>();
  const lookUp = new Map<string, Set<string>>();
  const ask = (kind: string, id: string) => {
    const run = kind === 'run' ? runsRead.get(id) : undefined;
    if (run?.purpose === TestRunPurpose.ACCEPTANCE) found.add(run.deploymentId);
    else if (!run) lookUp.set(kind, (lookUp.get(kind) ?? new Set()).add(id));
  };
  for (const change of changes) {
    const kind = READ_BY_RULES[change.entityType ?? ''];
    const id = change.entityId;
    const after = change.after ?? {};
    if (!kind || !id) continue;
    // Any change of the deployment itself: its LEAs change through a join table the notes do not name.
    if (kind === 'deployment') found.add(id);
    else if (kind === 'owner' && typeof after.deploymentId === 'string') found.add(after.deploymentId);
    else if (kind === 'owner') ask(change.entityType!, id);
    else if (kind === 'run') ask('run', id);
    else if (kind === 'result' && typeof after.runId === 'string') ask('run', after.runId);
    else if (kind === 'result') ask('result', id);
    else if (kind === 'organization' && change.before && ('name' in after || 'kind' in after)) ask('organization', id);
  }
  for (const [kind, ids] of lookUp) {
    const sql = kind === 'run' ? `SELECT "deploymentId" FROM test_run WHERE id IN (:...ids) AND purpose = 'ACCEPTANCE'`
      : kind === 'result' ? `SELECT r."deploymentId" FROM test_run r JOIN test_result t ON t."runId" = r.id WHERE t.id IN (:...ids) AND r.purpose = 'ACCEPTANCE'`
        : kind === 'organization' ? 'SELECT id AS "deploymentId" FROM deployment WHERE "courtId" IN (:...ids) UNION SELECT "deploymentId" FROM deployment_lea WHERE "organizationId" IN (:...ids)'
          : `SELECT "deploymentId" FROM "${tx.connection.getMetadata(kind).tableName}" WHERE id IN (:...ids)`;
    for (const row of await rawQuery<{ deploymentId: string }>(tx, sql, { ids: [...ids] })) found.add(row.deploymentId);
  }
  return [...found];
}

/** The kept readiness of each deployment, as of `today` (California): three statements at most, whatever their number. */
export async function keptReadiness(db: DataSource, deploymentIds: readonly string[], today: string): Promise<Map<string, Readiness>> {
  const ids = [...deploymentIds];
  const kept = await selectWhereIn(db, DeploymentReadiness, 'deploymentId', ids);
  const blockers = await selectWhereIn(db, ReadinessBlocker, 'deploymentId', ids, { deploymentId: 'ASC', position: 'ASC' });
  const runs = new Map((await selectWhereIn(db, TestRun, 'id', kept.flatMap((k) => (k.acceptanceRunId ? [k.acceptanceRunId] : [])))).map((r) => [r.id, r]));
  const byDeployment = new Map<string, BlockerFacts[]>(kept.map((k) => [k.deploymentId, []]));
  for (const { deploymentId, position: _position, deployment: _deployment, ...b } of blockers) byDeployment.get(deploymentId)?.push(b);
  return new Map(kept.map((k) => [k.deploymentId, readinessAsOf({
    status: k.status, blockers: byDeployment.get(k.deploymentId)!, acceptanceRun: k.acceptanceRunId ? runs.get(k.acceptanceRunId) ?? null : null,
  }, today)]));
}

/** Readiness of one deployment for the query: NOT_FOUND rather than a loader error for an unknown id. */
export async function getReadiness(ctx: Context, deploymentId: string) {
  const deployment = await ctx.loaders.deployment.load(deploymentId);
  if (!deployment) throw notFound('Deployment', deploymentId);
  return ctx.loaders.readiness.load(deploymentId);
}
