import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignOff } from '../../server/modules/sign-off/sign-off.entity';
import { Api, errorCode, errorDetails, refusedFields, startApi } from '../support/api';
import { passAll, RAISE, readRun, recordResult, signOff, startRun, UPDATE_DEFECT, type Run } from '../support/cat';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const signOffCount = (runId: string) => api.app.db.manager.countBy(SignOff, { runId });
const key = (run: Run, k: string) => run.cases.find((c) => c.testCase.key === k)!;

describe('signOffRun', () => {
  it('is refused (SIGN_OFF_BLOCKED) while a CRITICAL case is not passed, listing each, and writes nothing', async () => {
    const d = await createDeployment(api, 'Inyo', 40);
    const run = await startRun(api, d.id);
    const res = await signOff(api, run.id, 'CCPOR_TEAM');
    expect(errorCode(res)).toBe('SIGN_OFF_BLOCKED');
    const critical = run.cases.filter((c) => c.testCase.criticality === 'CRITICAL');
    expect(errorDetails(res).blockers!.map((b) => b.recordId)).toEqual(critical.map((c) => c.testCase.id));
    expect(await signOffCount(run.id)).toBe(0);
  });

  it('is refused while a MAJOR defect is open, even with every case passed', async () => {
    const d = await createDeployment(api, 'Glenn', 40);
    const run = await startRun(api, d.id);
    const failed = (await recordResult(api, { runId: run.id, caseId: key(run, 'PR-01').testCase.id, status: 'FAILED', actualResult: 'Blank page' })).data!.recordTestResult;
    const defect = (await api.gql(RAISE, { i: { attemptIds: [failed.id], title: 'Blank print', description: 'Prints a blank page', severity: 'MAJOR' } })).data!.raiseDefect;
    await passAll(api, await readRun(api, run.id));
    const res = await signOff(api, run.id, 'CCPOR_TEAM');
    expect(errorCode(res)).toBe('SIGN_OFF_BLOCKED');
    expect(errorDetails(res).blockers).toEqual([expect.objectContaining({ recordType: 'Defect', recordId: defect.id, status: 'OPEN' })]);
    await api.gql(UPDATE_DEFECT, { i: { defectId: defect.id, status: 'WONT_FIX', note: 'Printer driver issue, not CCPOR', baseVersion: defect.version } });
    expect((await signOff(api, run.id, 'CCPOR_TEAM')).data!.signOffRun.status).toBe('CURRENT');
  });

  it('checks the party: the court, a participating LEA, or the CCPOR team without an organization', async () => {
    const { courtId } = await organizationsOf(api, 'Lassen');
    const other = await organizationsOf(api, 'Plumas');
    const d = await createDeployment(api, 'Lassen', 40);
    const run = await startRun(api, d.id);
    await passAll(api, run);
    const field = (res: Awaited<ReturnType<typeof signOff>>) => refusedFields(res)[0];
    expect(field(await signOff(api, run.id, 'LEA'))).toBe('organizationId');
    expect(field(await signOff(api, run.id, 'LEA', other.sheriffId))).toBe('organizationId');
    expect(field(await signOff(api, run.id, 'COURT', other.courtId))).toBe('organizationId');
    expect(field(await signOff(api, run.id, 'CCPOR_TEAM', courtId))).toBe('organizationId');
    expect(field(await signOff(api, run.id, 'DOJ'))).toBe('party');
    expect(field(await signOff(api, run.id, 'COURT', undefined, { signerName: '' }))).toBe('signerName');
    expect(errorCode(await signOff(api, randomUUID(), 'COURT'))).toBe('NOT_FOUND');
    expect(await signOffCount(run.id)).toBe(0);
    const court = (await signOff(api, run.id, 'COURT')).data!.signOffRun;
    expect(court).toMatchObject({ party: 'COURT', organizationId: courtId, signerName: 'Jordan Lee', signerRole: 'Court Executive Officer', status: 'CURRENT', runStatusAtSigning: 'PASSED', recordedBy: expect.stringMatching(/^Signer /) });
  });

  it('records the basis: a later attempt or defect change turns it STALE until the party signs again', async () => {
    const { sheriffId } = await organizationsOf(api, 'Sutter');
    const d = await createDeployment(api, 'Sutter', 40);
    const run = await startRun(api, d.id);
    await passAll(api, run);
    const mutationId = randomUUID();
    const lea = (await signOff(api, run.id, 'LEA', sheriffId, { mutationId })).data!.signOffRun;
    expect(lea.status).toBe('CURRENT');
    // A replay answers the same sign-off; signing again while current is refused.
    expect((await signOff(api, run.id, 'LEA', sheriffId, { mutationId })).data!.signOffRun.id).toBe(lea.id);
    expect(errorCode(await signOff(api, run.id, 'LEA', sheriffId))).toBe('INVALID_TRANSITION');

    const failed = (await recordResult(api, { runId: run.id, caseId: key(run, 'AU-02').testCase.id, status: 'FAILED', actualResult: 'View not recorded' })).data!.recordTestResult;
    const read = async () => (await api.gql(graphql(`query SignOffsOfRun($id: ID!) { testRun(id: $id) { signOffs { id status staleBecause } } }`), { id: run.id })).data!.testRun.signOffs;
    expect(await read()).toEqual([{ id: lea.id, status: 'STALE', staleBecause: ['Case AU-02 has a newer attempt (failed).'] }]);
    const again = (await signOff(api, run.id, 'LEA', sheriffId)).data!.signOffRun;
    expect(again.status).toBe('CURRENT');

    await api.gql(RAISE, { i: { attemptIds: [failed.id], title: 'Sealed view not audited', description: 'No audit row', severity: 'MINOR' } });
    const [, second] = await read();
    expect(second).toMatchObject({ status: 'STALE', staleBecause: ['Minor defect "Sealed view not audited" was raised (open).'] });
  });
});
