import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessedMutation } from '../../server/modules/sync/sync.entity';
import { TestResult } from '../../server/modules/test-run/test-run.entity';
import { Api, detailFields, errorCode, startApi } from '../support/api';
import { BULK, recordResult, startRun, type Run } from '../support/cat';
import { photoBytes, uploadFile } from '../support/files';
import { createDeployment } from '../support/fixtures';
import type { TestResultItemInput, TestResultStatus } from '../support/generated/graphql';

let api: Api;
let run: Run;
let caseIds: string[];
let photos: string[];
beforeAll(async () => {
  api = await startApi();
  photos = await Promise.all([1, 2, 3].map(async () => (await uploadFile(api, photoBytes(2_000))).sha256));
  const d = await createDeployment(api, 'Sacramento', 40);
  run = await startRun(api, d.id);
  caseIds = run.cases.map((c) => c.testCase.id);
});
afterAll(async () => { await api?.close(); });

const attempts = () => api.app.db.manager.countBy(TestResult, { runId: run.id });
const bulk = (results: TestResultItemInput[], runId = run.id) => api.gql(BULK, { i: { runId, results } });

/** An item as the app sends it: always with a mutationId. */
type SentItem = TestResultItemInput & { mutationId: string };

/** What a tablet sends after a day of testing: realistic text, times and photos. */
function tabletResults(n: number) {
  const statuses: TestResultStatus[] = ['PASSED', 'PASSED', 'PASSED', 'FAILED', 'RETEST', 'BLOCKED'];
  return Array.from({ length: n }, (_, i): TestResultItemInput & { id: string } => {
    const status = statuses[i % statuses.length];
    return {
      mutationId: randomUUID(), id: randomUUID(), caseId: caseIds[i % caseIds.length], status,
      tester: 'Maria Gonzalez (Court IT)', build: 'CCPOR 4.2.1 (2027-01-02)',
      testedAt: new Date(Date.parse('2027-01-04T16:00:00Z') + i * 30_000).toISOString(),
      photos: i % 5 === 0 ? [photos[i % photos.length]] : [],
      ...(status === 'FAILED' ? { actualResult: 'Saved order shows the expiration date one day early; DV-110 item 7 misread.' } : {}),
      ...(status === 'BLOCKED' ? { notes: 'Courtroom 3 scanner offline; IT ticket 4471 opened.' } : {}),
      ...(status === 'RETEST' ? { notes: 'Re-test after the 4.2.2 patch.' } : {}),
    };
  });
}

describe('recordTestResults', () => {

  it('records 500 results in one request of under 1 MB, and the same 500 sent again create nothing more', async () => {
    const results = tabletResults(500);
    const body = JSON.stringify({ query: BULK, variables: { i: { runId: run.id, results } } });
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);

    // A warm server, as in production: the first request of a process pays for compiling its code paths.
    const few = await bulk(tabletResults(5).map((r) => ({ ...r, caseId: caseIds[0] })));
    const started = performance.now();
    const first = await bulk(results);
    const ms = performance.now() - started;
    console.log(`recordTestResults: 500 results (${Buffer.byteLength(body)} bytes) on ${api.dialect} in ${ms.toFixed(0)} ms (request round trip), ${first.extensions!.sqlStatements} SQL statements`);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordTestResults).toMatchObject({ applied: 500, replayed: 0, refused: 0 });
    expect(first.data!.recordTestResults.results.map((r) => r.attempt?.id)).toEqual(results.map((r) => r.id));
    // Set-based: the statements do not grow with the items (500 cost what 5 did, give or take a statement).
    expect(first.extensions!.sqlStatements).toBeLessThanOrEqual(few.extensions!.sqlStatements as number + 2);
    console.log(`recordTestResults: 5 results took ${few.extensions!.sqlStatements} SQL statements`);
    expect(await attempts()).toBe(505);

    const started2 = performance.now();
    const second = await bulk(results);
    console.log(`recordTestResults: the same 500 again on ${api.dialect} in ${(performance.now() - started2).toFixed(0)} ms`);
    expect(second.data!.recordTestResults).toMatchObject({ applied: 0, replayed: 500, refused: 0 });
    expect(second.data!.recordTestResults.results.map((r) => r.attempt?.id)).toEqual(results.map((r) => r.id));
    expect(await attempts()).toBe(505);
    // Wall-clock time is logged, not asserted tightly: the machine is shared. The statement count above is the guard.
    expect(ms).toBeLessThan(10_000);
  });

  it('answers each item on its own: refused items write nothing and can be sent again once fixed', async () => {
    const before = await attempts();
    const good: SentItem = { mutationId: randomUUID(), caseId: caseIds[0], status: 'PASSED', tester: 'Dana Clerk' };
    const noActual: SentItem = { mutationId: randomUUID(), caseId: caseIds[1], status: 'FAILED', tester: 'Dana Clerk' };
    const otherCase: SentItem = { mutationId: randomUUID(), caseId: randomUUID(), status: 'PASSED', tester: 'Dana Clerk' };
    const noTester: SentItem = { mutationId: randomUUID(), caseId: caseIds[2], status: 'PASSED', tester: '' };
    const repeated = { ...good };
    const reused: TestResultItemInput = { ...good, status: 'BLOCKED', notes: 'Power cut' };
    const res = await bulk([good, noActual, otherCase, noTester, repeated, reused]);
    const out = res.data!.recordTestResults;
    expect(out).toMatchObject({ applied: 1, refused: 4 });
    expect(out.results.map((r) => r.error?.code ?? 'OK')).toEqual(['OK', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'OK', 'MUTATION_ID_REUSED']);
    expect(detailFields(out.results[1].error?.details)).toEqual(['actualResult']);
    expect(detailFields(out.results[2].error?.details)).toEqual(['caseId']);
    expect(detailFields(out.results[3].error?.details)).toEqual(['tester']);
    expect(out.results[4]).toMatchObject({ replayed: true, attempt: { id: out.results[0].attempt!.id } });
    expect(await attempts()).toBe(before + 1);
    expect(await api.app.db.manager.countBy(ProcessedMutation, { mutationId: noActual.mutationId })).toBe(0);

    const fixed = await bulk([{ ...noActual, actualResult: 'Order saved without the restrained person’s DOB' }]);
    expect(fixed.data!.recordTestResults).toMatchObject({ applied: 1, refused: 0 });
    expect(await attempts()).toBe(before + 2);
  });

  it('shares its replay record with recordTestResult: the same item by either path is one attempt', async () => {
    const item = { mutationId: randomUUID(), id: randomUUID(), caseId: caseIds[3], status: 'PASSED' as const, tester: 'Dana Clerk', build: 'CCPOR 4.2.1', photos: [] };
    const single = await recordResult(api, { ...item, runId: run.id });
    expect(single.data!.recordTestResult.id).toBe(item.id);
    const before = await attempts();
    const viaBulk = await bulk([item]);
    expect(viaBulk.data!.recordTestResults.results[0]).toMatchObject({ replayed: true, attempt: { id: item.id } });
    expect(await attempts()).toBe(before);
  });

  it('refuses an unknown run (NOT_FOUND) and more than 1,000 items (BAD_USER_INPUT), writing nothing', async () => {
    const before = await attempts();
    expect(errorCode(await bulk(tabletResults(2), randomUUID()))).toBe('NOT_FOUND');
    const tooMany = await bulk(Array.from({ length: 1001 }, () => ({ caseId: caseIds[0], status: 'PASSED' as const, tester: 'T' })));
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(await attempts()).toBe(before);
  });

  it('refuses, item by item, an attempt naming a photo that was never uploaded, and records the others', async () => {
    const before = await attempts();
    const [withPhoto, missing] = tabletResults(2).map((r) => ({ ...r, status: 'PASSED' as const, photos: [] as string[] }));
    withPhoto.photos = [photos[0]];
    missing.photos = [photos[1], 'f'.repeat(64)];
    const res = await bulk([withPhoto, missing]);
    expect(res.data!.recordTestResults).toMatchObject({ applied: 1, refused: 1 });
    const refusal = res.data!.recordTestResults.results[1].error;
    expect(refusal?.code).toBe('BAD_USER_INPUT');
    expect(detailFields(refusal?.details)).toEqual(['photos[1]']);
    expect(await attempts()).toBe(before + 1);
  });
});
