import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, startApi } from '../support/api';
import { BULK, planCases, recordResult, startRun } from '../support/cat';
import { uploadFile } from '../support/files';
import { solidPng } from '../support/images';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { AuditWritePathEventsQuery } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const AUDIT = graphql(`query AuditWritePathEvents($f: AuditEventFilter, $after: String) {
  auditEvents(first: 100, after: $after, filter: $f) { pageInfo { hasNextPage endCursor } nodes { kind actor operation entityType entityId before after } }
}`);

/** Every audit event matching `f`, all pages. */
async function events(f: { operation?: string; entityType?: string; entityId?: string }) {
  const all: AuditWritePathEventsQuery['auditEvents']['nodes'] = [];
  let after: string | null = null;
  do {
    const page: AuditWritePathEventsQuery['auditEvents'] = dataOf(await api.gql(AUDIT, { f, after })).auditEvents;
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

describe('the write path audits every record it writes, bulk inserts included', () => {
  it('names each task and dependency of a new deployment with its own values', async () => {
    const d = await createDeployment(api, 'Fresno', 150);
    const created = await events({ operation: 'createDeployment' });
    const ofType = (type: string) => created.filter((e) => e.entityType === type);
    expect(ofType('Deployment').map((e) => e.entityId)).toEqual([d.id]);

    const tasks = ofType('Task');
    expect(tasks.map((e) => e.entityId).sort()).toEqual(d.tasks.map((t) => t.id).sort());
    for (const t of d.tasks) {
      expect(tasks.find((e) => e.entityId === t.id)!.after).toMatchObject({ number: t.number, title: t.title, dueDate: t.dueDate, status: 'OPEN' });
    }
    const dependencies = ofType('Dependency');
    expect(dependencies.map((e) => e.entityId).sort()).toEqual(d.dependencies.map((x) => x.id).sort());
    for (const x of d.dependencies) {
      expect(dependencies.find((e) => e.entityId === x.id)!.after).toMatchObject({ kind: x.kind, dueDate: x.dueDate, status: x.status });
    }
  });

  it('audits each CAT attempt, one at a time and in bulk, and each uploaded file', async () => {
    const d = await createDeployment(api, 'Kings', 150);
    const run = await startRun(api, d.id);
    const cases = await planCases(api);
    const bytes = solidPng(8, 8, [Math.floor(Math.random() * 256), 120, 30]);
    const photo = await uploadFile(api, bytes, 'scanner.png', 'image/png');
    const one = dataOf(await recordResult(api, { runId: run.id, caseId: cases[0].id, status: 'FAILED', actualResult: 'The order did not print.', photos: [photo.sha256] })).recordTestResult;
    const bulk = dataOf(await api.gql(BULK, { i: { runId: run.id, results: cases.slice(1, 4).map((c) => ({
      caseId: c.id, status: 'PASSED' as const, tester: 'Dana Clerk', mutationId: randomUUID(),
    })) } })).recordTestResults;
    expect(bulk.applied).toBe(3);

    const attempts = await events({ entityType: 'TestResult' });
    const byId = (id: string) => attempts.filter((e) => e.entityId === id);
    expect(byId(one.id)).toEqual([expect.objectContaining({ operation: 'recordTestResult', kind: 'CHANGE', before: null })]);
    expect(byId(one.id)[0].after).toMatchObject({ caseId: cases[0].id, status: 'FAILED', photos: [photo.sha256], runId: run.id });
    for (const r of bulk.results) {
      expect(byId(r.attempt!.id)).toEqual([expect.objectContaining({ operation: 'recordTestResult', after: expect.objectContaining({ caseId: r.attempt!.caseId, status: 'PASSED' }) })]);
    }

    const uploads = await events({ entityType: 'FileBlob', entityId: photo.sha256 });
    expect(uploads).toEqual([expect.objectContaining({ operation: 'uploadFile', kind: 'CHANGE' })]);
    expect(uploads[0].after).toMatchObject({ sha256: photo.sha256, size: photo.size });
    expect(uploads[0].after).not.toHaveProperty('bytes');
    // The same bytes again change nothing, so they leave no second event.
    await uploadFile(api, bytes);
    expect(await events({ entityType: 'FileBlob', entityId: photo.sha256 })).toHaveLength(1);
  });
});
