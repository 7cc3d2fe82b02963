import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersistedQuery } from '../../server/modules/persisted-query/persisted-query.entity';
import { loadPersistedDocuments, PERSISTED_DOCUMENTS_DIR } from '../../server/modules/persisted-query/persisted-documents';
import { Api, dataOf, errorCode, GqlResult, startApi } from '../support/api';
import { meetingScanner, startAssessment } from '../support/capture';
import { createDeployment } from '../support/fixtures';

// The app sends its operations by hash alone (docs/sync.md#operations-sent-by-hash): the server
// knows every document of every build from server/persisted-documents, written by codegen.

const { hashOf, persistedTextOf } = createRequire(__filename)('../../client/scripts/persisted-documents.cjs') as {
  hashOf(text: string): string;
  persistedTextOf(document: DocumentNode): string;
};

const DOCUMENTS_DIR = path.resolve(__dirname, '../../client/src/graphql/documents');

/** Every generated document of this build, by operation name, with the hash codegen gave it. */
async function documentsOfThisBuild(): Promise<Map<string, { document: DocumentNode; hash: string }>> {
  const documents = new Map<string, { document: DocumentNode; hash: string }>();
  for (const file of fs.readdirSync(DOCUMENTS_DIR).filter((name) => name.endsWith('.ts'))) {
    const module = (await import(path.join(DOCUMENTS_DIR, file))) as Record<string, DocumentNode & { __meta__?: { hash: string } }>;
    for (const [name, document] of Object.entries(module)) documents.set(name.replace(/Document$/, ''), { document, hash: document.__meta__!.hash });
  }
  return documents;
}

/**
 * RecordScannerWorkstation as the app sent it before workstations carried their photos' hashes (an
 * older build's document, kept in server/persisted-documents): a field worker's tablet may still hold
 * entries queued with it.
 */
const OLDER_RECORD_WORKSTATION = '7ed20ffc30a4a6fabd68437cde3fba5f3b294df9da8590b769715412932c1baf';

async function post(url: string, body: object, headers: Record<string, string>): Promise<GqlResult> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as object) };
}

const byHash = (hash: string, variables?: object) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('persisted documents', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('holds the document of every operation of client/src/graphql/operations, as the app sends it (run `npm run codegen` and commit server/persisted-documents)', async () => {
    const committed = loadPersistedDocuments();
    const documents = await documentsOfThisBuild();
    expect(documents.size).toBeGreaterThan(100);
    const drift: string[] = [];
    for (const [name, { document, hash }] of documents) {
      const text = persistedTextOf(document);
      if (hashOf(text) !== hash) drift.push(`${name}: the generated document's hash is not its text's`);
      else if (committed.get(hash) !== text) drift.push(`${name}: server/persisted-documents/${hash}.graphql is missing`);
    }
    expect(drift).toEqual([]);
  });

  it('refuses to start from a document whose file name is not its hash (documents are never edited)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persisted-documents-'));
    try {
      const text = 'query Me {\n  me {\n    id\n    __typename\n  }\n}\n';
      fs.writeFileSync(path.join(dir, `${hashOf(text)}.graphql`), text);
      expect([...loadPersistedDocuments(dir).keys()]).toEqual([hashOf(text)]);
      fs.writeFileSync(path.join(dir, `${hashOf(text)}.graphql`), text.replace('id', 'email'));
      expect(() => loadPersistedDocuments(dir)).toThrow(/is not the document its name says/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the app’s documents by hash alone, for anybody, without registering them', async () => {
    const documents = await documentsOfThisBuild();
    const me = await post(api.url, byHash(documents.get('Me')!.hash), {});
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
    const signedIn = await post(api.url, byHash(documents.get('Me')!.hash), api.headers);
    expect(dataOf(signedIn as GqlResult<{ me: { id: string; __typename: string } }>).me).toMatchObject({ id: api.user!.id, __typename: 'User' });
    // The text sent with its hash (the app's retry after PERSISTED_QUERY_NOT_FOUND) is not stored: every process knows it.
    const { hash, document } = documents.get('UnreadNotificationCount')!;
    expect((await post(api.url, { query: persistedTextOf(document), ...byHash(hash) }, api.headers)).errors).toBeUndefined();
    expect(await api.app.db.manager.countBy(PersistedQuery, {})).toBe(0);
  });

  it('sends an outbox entry queued under an older build: its document is only among the older ones', async () => {
    const documents = await documentsOfThisBuild();
    expect([...documents.values()].map((d) => d.hash)).not.toContain(OLDER_RECORD_WORKSTATION);
    expect(fs.existsSync(path.join(PERSISTED_DOCUMENTS_DIR, `${OLDER_RECORD_WORKSTATION}.graphql`))).toBe(true);

    const deployment = await createDeployment(api, 'Colusa', 120);
    const assessment = await startAssessment(api, deployment.id);
    const mutationId = randomUUID();
    const input = { assessmentId: assessment.id, mutationId, ...meetingScanner({ label: 'Queued before the upgrade' }) };
    const sent = await post(api.url, byHash(OLDER_RECORD_WORKSTATION, { input }), api.headers);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.recordScannerWorkstation).toMatchObject({ assessmentId: assessment.id, label: 'Queued before the upgrade', verdict: 'MEETS', version: 1 });
    // Sent again (a lost answer), it is applied once, as any replay.
    const again = await post(api.url, byHash(OLDER_RECORD_WORKSTATION, { input }), api.headers);
    expect(again.data!.recordScannerWorkstation).toEqual(sent.data!.recordScannerWorkstation);
  });

  it('still answers PERSISTED_QUERY_NOT_FOUND for a hash of no build that nobody registered', async () => {
    expect(errorCode(await post(api.url, byHash(hashOf('query Unknown { me { id } }')), api.headers))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
