import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict } from '../../server/modules/sync/sync.entity';
import { Defect } from '../../server/modules/defect/defect.entity';
import { Api, dataOf, errorCode, errorDetails, refusedFields, startApi, type WithDefaults } from '../support/api';
import { RAISE, recordResult, startRun, UPDATE_DEFECT, type Attempt, type Run } from '../support/cat';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { RaiseDefectInput, UpdateDefectInput } from '../support/generated/graphql';

let api: Api;
let run: Run;
let failed: Attempt;
let passed: Attempt;
beforeAll(async () => {
  api = await startApi();
  const d = await createDeployment(api, 'Yolo', 40);
  run = await startRun(api, d.id);
  const ids = run.cases.map((c) => c.testCase.id);
  failed = (await recordResult(api, { runId: run.id, caseId: ids[4], status: 'FAILED', actualResult: 'Order not saved' })).data!.recordTestResult;
  passed = (await recordResult(api, { runId: run.id, caseId: ids[5], status: 'PASSED' })).data!.recordTestResult;
});
afterAll(async () => { await api?.close(); });

const raise = (input: WithDefaults<RaiseDefectInput, 'title' | 'description' | 'severity' | 'mutationId'>) =>
  api.gql(RAISE, { i: { title: 'Order not saved', description: 'Save returns an error', severity: 'MAJOR', mutationId: randomUUID(), ...input } });
const update = (input: WithDefaults<UpdateDefectInput, 'mutationId'>) => api.gql(UPDATE_DEFECT, { i: { mutationId: randomUUID(), ...input } });

describe('raiseDefect', () => {
  it('raises a defect from a failed attempt with the device’s id, once per mutationId', async () => {
    const input = { id: randomUUID(), attemptIds: [failed.id], mutationId: randomUUID() };
    const first = await raise(input);
    expect(first.data!.raiseDefect).toMatchObject({ id: input.id, status: 'OPEN', severity: 'MAJOR', runId: run.id, attempts: [{ id: failed.id, status: 'FAILED' }] });
    await raise(input);
    expect(await api.app.db.manager.countBy(Defect, { id: input.id })).toBe(1);
    const attempt = await api.gql(graphql(`query DefectsOfRun($id: ID!) { testRun(id: $id) { defects { id } cases { attempts { id defects { id } } } } }`), { id: run.id });
    expect(attempt.data!.testRun.defects).toEqual([{ id: input.id }]);
  });

  it('refuses without a failed attempt, with unknown attempts or attempts of two runs, writing nothing', async () => {
    const before = await api.app.db.manager.count(Defect);
    const noFailure = await raise({ attemptIds: [passed.id] });
    expect(errorCode(noFailure)).toBe('BAD_USER_INPUT');
    expect(refusedFields(noFailure)[0]).toBe('attemptIds');
    expect(errorCode(await raise({ attemptIds: [randomUUID()] }))).toBe('NOT_FOUND');
    const other = await startRun(api, dataOf(await api.gql(graphql(`query DefectsRunDeployment($id: ID!) { testRun(id: $id) { deployment { id } } }`), { id: run.id })).testRun.deployment.id, 'REHEARSAL');
    const otherFail = (await recordResult(api, { runId: other.id, caseId: other.cases[0].testCase.id, status: 'FAILED', actualResult: 'x' })).data!.recordTestResult;
    expect(errorCode(await raise({ attemptIds: [failed.id, otherFail.id] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await raise({ attemptIds: [failed.id], title: '' }))).toBe('BAD_USER_INPUT');
    expect(await api.app.db.manager.count(Defect)).toBe(before);
  });
});

describe('updateDefect', () => {
  it('moves OPEN → FIXED → VERIFIED, linking the re-test, and refuses transitions the status does not allow', async () => {
    const defect = (await raise({ attemptIds: [failed.id], severity: 'CRITICAL' })).data!.raiseDefect;
    const verifyOpen = await update({ defectId: defect.id, status: 'VERIFIED', baseVersion: defect.version });
    expect(errorCode(verifyOpen)).toBe('INVALID_TRANSITION');
    expect(errorDetails(verifyOpen)).toMatchObject({ from: 'OPEN', to: 'VERIFIED' });
    const fixed = (await update({ defectId: defect.id, status: 'FIXED', fixedInBuild: 'CCPOR 4.2.2', baseVersion: defect.version })).data!.updateDefect;
    expect(fixed).toMatchObject({ status: 'FIXED', fixedInBuild: 'CCPOR 4.2.2', version: defect.version + 1 });
    const retest = (await recordResult(api, { runId: run.id, caseId: run.cases[4].testCase.id, status: 'PASSED', build: 'CCPOR 4.2.2' })).data!.recordTestResult;
    const verified = (await update({ defectId: defect.id, status: 'VERIFIED', attemptIds: [retest.id], baseVersion: fixed.version })).data!.updateDefect;
    expect(verified.status).toBe('VERIFIED');
    expect(verified.attempts.map((a) => a.id)).toEqual([failed.id, retest.id]);
  });

  it('needs a note for WONT_FIX, and refuses a stale baseVersion with CONFLICT, changing nothing', async () => {
    const defect = (await raise({ attemptIds: [failed.id], severity: 'MINOR' })).data!.raiseDefect;
    const noNote = await update({ defectId: defect.id, status: 'WONT_FIX', baseVersion: defect.version });
    expect(refusedFields(noNote)[0]).toBe('note');
    await update({ defectId: defect.id, status: 'FIXED', baseVersion: defect.version });
    const stale = await update({ defectId: defect.id, status: 'WONT_FIX', note: 'Cosmetic only', baseVersion: defect.version });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorDetails(stale)).toMatchObject({ server: { status: 'FIXED' }, attempted: { status: 'WONT_FIX' } });
    expect((await api.app.db.manager.findOneByOrFail(Defect, { id: defect.id })).status).toBe('FIXED');
    expect(await api.app.db.manager.countBy(Conflict, { entityId: defect.id })).toBe(1);
  });

  it('answers NOT_FOUND for an unknown defect', async () => {
    expect(errorCode(await update({ defectId: randomUUID(), status: 'FIXED', baseVersion: 1 }))).toBe('NOT_FOUND');
  });
});
