import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, startApi, type Client, errorDetails } from '../support/api';
import {
  BULK, completeTasks, GO_LIVE, meetDependencies, passAll, RAISE, readiness, readRun, recordResult, signAll, signOff, startRun,
  UPDATE_DEFECT, courtPerson, holdTraining, acceptReadinessChecklist, type Run } from '../support/cat';
import { createDeployment, organizationsOf, versionOf } from '../support/fixtures';
import { dependencyOf, taskByKey } from '../support/capture';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const codes = async (deploymentId: string) => (await readiness(api, deploymentId)).blockers.map((b) => b.code);
const read = async (id: string) => (await api.gql(graphql(`query CatWalkthroughDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields closeOut { approvedBy approvedOn } } }`), { id })).data!.deployment;
const caseOf = (run: Run, key: string) => run.cases.find((c) => c.testCase.key === key)!;
const caseId = (run: Run, key: string) => caseOf(run, key).testCase.id;
const latest = (run: Run, key: string) => caseOf(run, key).latestAttempt!;
const act = (name: string, type: string, input: Record<string, unknown>, as: Client = api) =>
  as.gql(`mutation($i: ${type}!) { ${name}(input: $i) { __typename } }`, { i: { mutationId: randomUUID(), ...input } });

describe('one court, from CAT to close-out', () => {
  it('walks Alameda to GO, live and closed, every missing piece naming its blocker', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Alameda');
    let d: Awaited<ReturnType<typeof read>> = { ...await createDeployment(api, 'Alameda', 40), closeOut: null };

    // Nothing done yet: every rule names its blocker, with the party that owns it.
    let r = await readiness(api, d.id);
    expect(r.status).toBe('NO_GO');
    expect(r.blockers.filter((b) => b.code === 'DEPENDENCY_NOT_MET')).toHaveLength(7);
    expect(r.blockers.find((b) => b.what.startsWith('CA DOJ CLETS/CARPOS'))).toMatchObject({ party: 'DOJ', recordType: 'Dependency', daysOpen: 0 });
    expect(await codes(d.id)).toEqual(expect.arrayContaining(['TRAINING_NOT_HELD', 'NO_ACCEPTANCE_RUN', 'READINESS_CHECKLIST_NOT_ACCEPTED']));
    const refused = await api.gql(GO_LIVE, { i: { deploymentId: d.id, baseVersion: d.version, mutationId: randomUUID() } });
    expect(errorCode(refused)).toBe('NOT_READY');
    expect(errorDetails(refused).blockers).toHaveLength(r.blockers.length);

    // The lifecycle up to validating readiness, on its days; the dependencies met.
    await completeTasks(api, d, 9);
    await act('advancePhase', 'AdvancePhaseInput', { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id) });
    await completeTasks(api, d, 13, 10);
    await act('advancePhase', 'AdvancePhaseInput', { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id) });
    api.clock.advanceDays(10);
    await completeTasks(api, d, 22, 14);
    await meetDependencies(api, d);
    await holdTraining(api, d.id, '2027-01-14');
    await acceptReadinessChecklist(api, d.id);
    expect(await codes(d.id)).toEqual(['NO_ACCEPTANCE_RUN']);

    // A rehearsal does not count.
    const rehearsal = await startRun(api, d.id, 'REHEARSAL');
    await passAll(api, rehearsal);
    expect(await codes(d.id)).toEqual(['NO_ACCEPTANCE_RUN']);

    // The acceptance run: two failures.
    api.clock.advanceDays(1);
    let run = await startRun(api, d.id);
    const results = run.cases.map((c) => ({
      caseId: c.testCase.id, tester: 'Dana Clerk', build: 'CCPOR 4.2.1', mutationId: randomUUID(),
      ...(c.testCase.key === 'OE-01' ? { status: 'FAILED' as const, actualResult: 'Expiration date saved one day early' }
        : c.testCase.key === 'PR-02' ? { status: 'FAILED' as const, actualResult: 'Printed list cut off after 20 orders' } : { status: 'PASSED' as const }),
    }));
    expect((await api.gql(BULK, { i: { runId: run.id, results } })).data!.recordTestResults.applied).toBe(results.length);
    run = await readRun(api, run.id);
    expect(run.summary).toMatchObject({ status: 'FAILED', failed: 2, passed: results.length - 2 });
    r = await readiness(api, d.id);
    expect(r.acceptanceRun!.id).toBe(run.id);
    expect(r.blockers.map((b) => [b.code, b.party])).toEqual([
      ['ACCEPTANCE_RUN_NOT_PASSED', 'COURT'], ['SIGN_OFF_MISSING', 'COURT'], ['SIGN_OFF_MISSING', 'LEA'], ['SIGN_OFF_MISSING', 'CCPOR_TEAM'],
    ]);
    expect(r.blockers[0]).toMatchObject({ recordType: 'TestRun', recordId: run.id, why: expect.stringContaining('OE-01 failed') });

    // A critical failure blocks sign-off.
    const blocked = await signOff(api, run.id, 'COURT', courtId);
    expect(errorCode(blocked)).toBe('SIGN_OFF_BLOCKED');
    expect(errorDetails(blocked).blockers).toEqual([expect.objectContaining({ recordType: 'TestCase', recordId: caseId(run, 'OE-01'), status: 'FAILED' })]);

    // Defects from the failures; the critical one blocks readiness, owned by the CCPOR team.
    const critical = (await api.gql(RAISE, { i: { attemptIds: [latest(run, 'OE-01').id], title: 'DV-110 expiration date off by one', description: 'Saving a DV-110 stores the expiration date a day early.', severity: 'CRITICAL', mutationId: randomUUID() } })).data!.raiseDefect;
    const minor = (await api.gql(RAISE, { i: { attemptIds: [latest(run, 'PR-02').id], title: 'Search list printing truncated', description: 'Only 20 orders print.', severity: 'MINOR', mutationId: randomUUID() } })).data!.raiseDefect;
    r = await readiness(api, d.id);
    expect(r.blockers.filter((b) => b.code === 'DEFECT_OPEN')).toEqual([expect.objectContaining({ recordId: critical.id, party: 'CCPOR_TEAM' })]);
    expect(r.blockers.some((b) => b.recordId === minor.id)).toBe(false);
    expect((await readRun(api, run.id)).summary.openDefects).toEqual({ critical: 1, major: 0, minor: 1 });

    // Fixed → the court re-tests → verified; every earlier attempt is kept.
    const fixed = (await api.gql(UPDATE_DEFECT, { i: { defectId: critical.id, status: 'FIXED', fixedInBuild: 'CCPOR 4.2.2', baseVersion: critical.version, mutationId: randomUUID() } })).data!.updateDefect;
    expect((await readiness(api, d.id)).blockers.find((b) => b.code === 'DEFECT_OPEN')).toMatchObject({ party: 'COURT', why: expect.stringContaining('4.2.2') });
    await recordResult(api, { runId: run.id, caseId: caseId(run, 'OE-01'), status: 'RETEST', notes: 'Fix in 4.2.2', build: 'CCPOR 4.2.2' });
    const retest = (await recordResult(api, { runId: run.id, caseId: caseId(run, 'OE-01'), status: 'PASSED', build: 'CCPOR 4.2.2' })).data!.recordTestResult;
    await api.gql(UPDATE_DEFECT, { i: { defectId: critical.id, status: 'VERIFIED', attemptIds: [retest.id], baseVersion: fixed.version, mutationId: randomUUID() } });
    await recordResult(api, { runId: run.id, caseId: caseId(run, 'PR-02'), status: 'PASSED', build: 'CCPOR 4.2.2', notes: 'Works with the printer driver update' });
    run = await readRun(api, run.id);
    expect(run.summary).toMatchObject({ status: 'PASSED', failed: 0, openDefects: { critical: 0, major: 0, minor: 1 } });
    expect(caseOf(run, 'OE-01').attempts.map((a) => a.status)).toEqual(['FAILED', 'RETEST', 'PASSED']);
    expect(await codes(d.id)).toEqual(['SIGN_OFF_MISSING', 'SIGN_OFF_MISSING', 'SIGN_OFF_MISSING']);

    // Three sign-offs: GO.
    await signAll(api, run.id, courtId, [sheriffId]);
    r = await readiness(api, d.id);
    expect(r).toMatchObject({ status: 'GO', blockers: [] });
    const viaField = await api.gql(graphql(`query CatWalkthroughDeployment2($id: ID!) { deployment(id: $id) { readiness { status blockers { code } } } }`), { id: d.id });
    expect(viaField.data!.deployment.readiness).toEqual({ status: 'GO', blockers: [] });

    // Each missing piece turns readiness back to NO_GO with the right blocker.
    d = await read(d.id);
    const dependency = dependencyOf(d, 'CCTC_CONNECTIVITY');
    await act('updateDependency', 'UpdateDependencyInput', { dependencyId: dependency.id, status: 'WAITING', waitingOn: 'CCTC', baseVersion: dependency.version });
    expect((await readiness(api, d.id)).blockers).toEqual([expect.objectContaining({ code: 'DEPENDENCY_NOT_MET', recordId: dependency.id, party: 'CCTC' })]);
    await act('updateDependency', 'UpdateDependencyInput', { dependencyId: dependency.id, status: 'MET', baseVersion: dependency.version + 1 });
    // A late account request holds go-live until it is active (or rejected).
    const request = (await api.gql(graphql(`mutation CatWalkthroughRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }`), {
      i: { deploymentId: d.id, organizationId: courtId, personName: 'Sam Late', email: 'sam.late@alameda.courts.example', ccporRole: 'COURT', sealedOrders: false, mutationId: randomUUID() },
    })).data!.requestAccount;
    // It also reopens the user-profiles dependency, which is met again once every request is settled.
    expect((await readiness(api, d.id)).blockers).toEqual([
      expect.objectContaining({ code: 'DEPENDENCY_NOT_MET', what: 'User & court profiles and access' }),
      expect.objectContaining({ code: 'ACCOUNT_NOT_ACTIVE', recordId: request.id, party: 'COURT' }),
    ]);
    await act('changeAccountRequestStatus', 'ChangeAccountRequestStatusInput', { requestId: request.id, status: 'REJECTED', reason: 'Not a CCPOR user after all', baseVersion: request.version });
    expect((await readiness(api, d.id)).status).toBe('GO');

    // A new failing attempt after sign-off: every sign-off turns STALE, visibly, until signed again.
    api.clock.advanceDays(1);
    await recordResult(api, { runId: run.id, caseId: caseId(run, 'PR-02'), status: 'FAILED', actualResult: 'Truncated again on the courtroom printer' });
    const signOffs = async () => (await api.gql(graphql(`query CatWalkthroughTestRun($id: ID!) { testRun(id: $id) { signOffs { party status staleBecause } } }`), { id: run.id })).data!.testRun.signOffs;
    expect((await signOffs()).map((s) => s.status)).toEqual(['STALE', 'STALE', 'STALE']);
    expect((await signOffs())[0].staleBecause).toEqual(['Case PR-02 has a newer attempt (failed).']);
    r = await readiness(api, d.id);
    expect(r.blockers.map((b) => b.code)).toEqual(['ACCEPTANCE_RUN_NOT_PASSED', 'SIGN_OFF_STALE', 'SIGN_OFF_STALE', 'SIGN_OFF_STALE']);
    expect(r.blockers[1]).toMatchObject({ recordType: 'SignOff', party: 'COURT', daysOpen: 1 });
    await recordResult(api, { runId: run.id, caseId: caseId(run, 'PR-02'), status: 'PASSED' });
    expect(await codes(d.id)).toEqual(['SIGN_OFF_STALE', 'SIGN_OFF_STALE', 'SIGN_OFF_STALE']);
    await signAll(api, run.id, courtId, [sheriffId]);
    expect((await signOffs()).map((s) => s.status)).toEqual(['STALE', 'STALE', 'STALE', 'CURRENT', 'CURRENT', 'CURRENT']);
    expect((await readiness(api, d.id)).status).toBe('GO');

    // Go live.
    d = await read(d.id);
    const live = await api.gql(GO_LIVE, { i: { deploymentId: d.id, baseVersion: d.version, mutationId: randomUUID() } });
    expect(live.errors).toBeUndefined();
    const today = api.clock.now().toISOString().slice(0, 10);
    expect(live.data!.goLive).toMatchObject({ status: 'LIVE', phase: 'POST_GO_LIVE', actualGoLive: today, phaseEnteredOn: today });
    expect(live.data!.goLive.tasks.find((t) => t.key === 'GO_LIVE')).toMatchObject({ status: 'DONE', completedOn: today });

    // The schedule is history now.
    d = await read(d.id);
    const reschedule = await act('rescheduleGoLive', 'RescheduleGoLiveInput', { deploymentId: d.id, targetGoLive: '2027-03-01', baseVersion: d.version });
    expect(errorCode(reschedule)).toBe('GO_LIVE_LOCKED');
    const move = await act('moveTask', 'MoveTaskInput', { taskId: taskByKey(d, 'INCIDENT_REPORTING_PROCESS').id, dueDate: '2027-03-01', baseVersion: taskByKey(d, 'INCIDENT_REPORTING_PROCESS').version });
    expect(errorCode(move)).toBe('GO_LIVE_LOCKED');
    expect(errorCode(await api.gql(GO_LIVE, { i: { deploymentId: d.id, baseVersion: d.version, mutationId: randomUUID() } }))).toBe('INVALID_TRANSITION');
    expect((await read(d.id)).targetGoLive).toBe(d.targetGoLive);

    // An incident holds back close-out until it is resolved.
    const incident = (await api.gql(graphql(`mutation CatWalkthroughReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id status version } }`), {
      i: { deploymentId: d.id, severity: 'SEV2', description: 'Orders entered at the Hayward courthouse are not reaching CARPOS', reportedBy: 'Jordan Lee, Court IT', mutationId: randomUUID() },
    })).data!.reportIncident;
    const closeOut = { deploymentId: d.id, approvedBy: 'Jordan Lee', approverRole: 'Court Executive Officer', statement: 'CCPOR is in use.' };
    const court = await courtPerson(api, d.id);
    const early = await act('approveCloseOut', 'ApproveCloseOutInput', { ...closeOut, baseVersion: d.version }, court);
    expect(errorCode(early)).toBe('INVALID_TRANSITION');
    expect(errorDetails(early).openIncidents).toEqual([expect.objectContaining({ id: incident.id, severity: 'SEV2', status: 'OPEN' })]);
    await act('updateIncident', 'UpdateIncidentInput', { incidentId: incident.id, status: 'INVESTIGATING', baseVersion: incident.version });
    await act('updateIncident', 'UpdateIncidentInput', { incidentId: incident.id, status: 'RESOLVED', resolution: 'Gateway certificate renewed; queued orders resent.', baseVersion: incident.version + 1 });
    const closed = await act('approveCloseOut', 'ApproveCloseOutInput', { ...closeOut, baseVersion: d.version }, court);
    expect(closed.errors).toBeUndefined();
    d = await read(d.id);
    expect(d.status).toBe('CLOSED');
    expect(d.closeOut).toEqual({ approvedBy: 'Jordan Lee', approvedOn: today });
    expect(taskByKey(d, 'APPROVAL_CLOSE_OUT')).toMatchObject({ status: 'DONE', completedOn: today });
  }, 60_000);

  it('takes an images-only court to GO without any CARPOS case or dependency', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Colusa');
    const d = await createDeployment(api, 'Colusa', 40);
    expect(d.court.ccporProfile).toBe('IMAGES_ONLY');
    await completeTasks(api, d, 22);
    await meetDependencies(api, d);
    await holdTraining(api, d.id);
    await acceptReadinessChecklist(api, d.id);
    const run = await startRun(api, d.id);
    const result = await passAll(api, run);
    const carpos = run.cases.filter((c) => c.testCase.requiresCarpos);
    expect(result.applied).toBe(run.cases.length - carpos.length);
    await signAll(api, run.id, courtId, [sheriffId]);
    const r = await readiness(api, d.id);
    expect(r).toMatchObject({ status: 'GO', blockers: [] });
    const after = await readRun(api, run.id);
    expect(after.summary).toMatchObject({ status: 'PASSED', notApplicable: carpos.length, passPercent: 100 });
    const dojDependency = dependencyOf(await read(d.id), 'DOJ_CLETS_CARPOS');
    expect(dojDependency.status).toBe('NOT_APPLICABLE');
    const live = await api.gql(GO_LIVE, { i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } });
    expect(live.data!.goLive.status).toBe('LIVE');
  }, 30_000);
});
