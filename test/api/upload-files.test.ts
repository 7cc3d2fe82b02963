import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileBlob } from '../../server/modules/file/file-blob.entity';
import { Api, startApi } from '../support/api';
import { uploadFile } from '../support/files';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const post = (body: Buffer | string, headers: Record<string, string>) =>
  fetch(`${api.url}/files`, { method: 'POST', headers: { ...api.headers, ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });

describe('POST /files', () => {
  it('refuses a request without a file name (the CSRF rule) or without bytes, storing nothing', async () => {
    const noName = await post(Buffer.from('x'), { 'content-type': 'image/jpeg' });
    expect(noName.status).toBe(400);
    const body: any = await noName.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.details.fields.map((f: any) => f.field)).toEqual(['X-File-Name']);

    const empty = await post(Buffer.alloc(0), { 'content-type': 'image/jpeg', 'x-file-name': 'a.jpg' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).errors[0].extensions.details.fields.map((f: any) => f.field)).toEqual(['body']);
    expect(await api.app.db.manager.count(FileBlob)).toBe(0);
  });

  it('refuses a file over 10 MB with 413 PAYLOAD_TOO_LARGE and stores nothing', async () => {
    const res = await post(Buffer.alloc(10 * 1024 * 1024 + 1, 1), { 'content-type': 'application/pdf', 'x-file-name': 'big.pdf' });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await api.app.db.manager.count(FileBlob)).toBe(0);
  });

  it('stores a file of exactly 10 MB', async () => {
    const bytes = Buffer.alloc(10 * 1024 * 1024, 7);
    const stored = await uploadFile(api, bytes, 'scan.pdf', 'application/pdf');
    expect(stored).toMatchObject({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('is idempotent by SHA-256: the same bytes answer 200 with the first record, stored once', async () => {
    const bytes = randomBytes(2048);
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

  it('refuses a reporter with 403 FORBIDDEN, stores nothing and records the denial as a security event', async () => {
    const reporter = await api.as('REPORTER', { name: 'Uploading reporter' });
    const stored = await api.app.db.manager.count(FileBlob);
    const res = await fetch(`${api.url}/files`, {
      method: 'POST', headers: { ...reporter.headers, 'content-type': 'image/jpeg', 'x-file-name': 'x.jpg' }, body: new Uint8Array(randomBytes(64)),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await api.app.db.manager.count(FileBlob)).toBe(stored);
    const denials = (await api.gql(`{ auditEvents(first: 100, filter: { operation: "PERMISSION_DENIED" }) { nodes { actor after } } }`)).data!.auditEvents.nodes;
    expect(denials).toContainEqual({ actor: 'Uploading reporter', after: { operation: 'POST /files/', why: expect.stringContaining('may not upload') } });
  });
});

describe('GET /files/:sha256', () => {
  it('answers the bytes with their content type, never as a page', async () => {
    const bytes = randomBytes(4096);
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
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});
