import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { baseVersionOf } from '../../client/src/offline/base-version';
import { OFFLINE_DB_NAME, openOutbox, recordKeyOf, type NewOutboxEntry, type Outbox } from '../../client/src/offline/outbox';
import { exportOutbox, importOutbox, sha256Hex } from '../../client/src/offline/outbox-transfer';
import { RecordTestResultDocument } from '../../client/src/graphql/documents/cat';
import { documentHashOf } from '../../client/src/app/persisted-documents.link';

// The app's one outbox (docs/sync.md#outbox) on fake-indexeddb: a fresh database per test.

const FIELD = 'user-field';
const OTHER = 'user-other';

function result(runId: string, caseId: string, status = 'PASSED', userId = FIELD): NewOutboxEntry {
  return { operationName: 'RecordTestResult', variables: { input: { runId, caseId, status, tester: 'Frankie', mutationId: '' } }, userId };
}

function update(id: string, baseVersion: number, userId = FIELD): NewOutboxEntry {
  return { operationName: 'UpdateTask', variables: { input: { id, status: 'DONE', mutationId: '' } }, baseVersion, userId };
}

describe('outbox', () => {
  let factory: InstanceType<typeof IDBFactory>;
  let box: Outbox;

  beforeEach(async () => {
    factory = new IDBFactory();
    box = await openOutbox(factory);
  });

  it('stores entries in the shape of docs/sync.md#outbox, each with its mutationId and baseVersion also in variables.input', async () => {
    const [entry] = await box.enqueue([update('task-1', 3)]);
    expect(Object.keys(entry).sort()).toEqual(
      ['attempts', 'baseVersion', 'createdAt', 'lastError', 'mutationId', 'operationName', 'state', 'userId', 'variables'].sort(),
    );
    expect(entry).toMatchObject({ state: 'PENDING', attempts: 0, lastError: null, userId: FIELD, baseVersion: 3 });
    expect(entry.mutationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.variables.input.mutationId).toBe(entry.mutationId);
    // The server refuses an update without one: the version the person saw is sent, not only kept.
    expect(entry.variables.input.baseVersion).toBe(3);
    expect(await box.list()).toEqual([entry]);
  });

  it('holds the hash of the document each entry was made for, so an older build\'s entry goes as it was made (docs/sync.md#operations-sent-by-hash)', async () => {
    const [entry] = await box.enqueue([result('run-1', 'case-1')]);
    expect(entry.documentHash).toBe(documentHashOf(RecordTestResultDocument));
    expect(entry.documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await box.list())[0].documentHash).toBe(entry.documentHash);
  });

  it('bases an update on the server version, or one past the person\'s own change still on its way', async () => {
    const [created] = await box.enqueue([{ operationName: 'StartResponse', variables: { input: { id: 'response-1', mutationId: '' } }, userId: FIELD }]);
    expect(baseVersionOf('response-1', null, [created])).toBe(1);
    const [first] = await box.enqueue([update('task-1', 4)]);
    expect(baseVersionOf('task-1', 4, [first])).toBe(5);
    expect(baseVersionOf('task-1', 7, [first])).toBe(7);
    await box.park(first.mutationId, 'CONFLICT', 'changed meanwhile');
    expect(baseVersionOf('task-1', 4, await box.list())).toBe(4);
    expect(baseVersionOf('task-2', 2, [first])).toBe(2);
  });

  it('keeps a mutationId the caller chose and refuses the same one twice, adding none of that batch', async () => {
    const chosen = { ...result('run-1', 'case-1'), variables: { input: { runId: 'run-1', caseId: 'case-1', mutationId: 'm-1' } } };
    await box.enqueue([chosen]);
    await expect(box.enqueue([result('run-1', 'case-2'), chosen])).rejects.toThrow();
    expect((await box.list()).map((entry) => entry.mutationId)).toEqual(['m-1']);
  });

  it('returns entries oldest first (FIFO), across batches', async () => {
    const first = await box.enqueue([result('run-1', 'case-1'), result('run-1', 'case-2')]);
    const second = await box.enqueue([update('task-1', 1), result('run-1', 'case-3')]);
    const ids = [...first, ...second].map((entry) => entry.mutationId);
    expect((await box.ready(FIELD)).map((entry) => entry.mutationId)).toEqual(ids);
    expect((await box.list()).map((entry) => entry.mutationId)).toEqual(ids);
  });

  it('gives a person only their own entries: another person signed in never sends them', async () => {
    const [mine] = await box.enqueue([result('run-1', 'case-1')]);
    const [theirs] = await box.enqueue([result('run-1', 'case-2', 'PASSED', OTHER)]);
    expect((await box.ready(FIELD)).map((entry) => entry.mutationId)).toEqual([mine.mutationId]);
    expect((await box.ready(OTHER)).map((entry) => entry.mutationId)).toEqual([theirs.mutationId]);
    expect(await box.ready('nobody')).toEqual([]);
  });

  it('holds back entries about a parked record and lets the others go on', async () => {
    const [parked, sameTask, otherTask, sameCase, otherCase] = await box.enqueue([
      update('task-1', 1),
      update('task-1', 2),
      update('task-2', 1),
      result('run-1', 'case-1'),
      result('run-1', 'case-2'),
    ]);
    await box.park(parked.mutationId, 'INVALID_TRANSITION', 'A waived task cannot be completed.');
    expect((await box.ready(FIELD)).map((entry) => entry.mutationId)).toEqual([otherTask.mutationId, sameCase.mutationId, otherCase.mutationId]);

    const [firstAttempt] = await box.enqueue([result('run-1', 'case-1', 'FAILED')]);
    await box.park(sameCase.mutationId, 'BAD_USER_INPUT', 'Notes are required.');
    const ready = (await box.ready(FIELD)).map((entry) => entry.mutationId);
    expect(ready).toEqual([otherTask.mutationId, otherCase.mutationId]);
    expect(ready).not.toContain(sameTask.mutationId);
    expect(ready).not.toContain(firstAttempt.mutationId);

    const stored = await box.list();
    expect(stored.find((entry) => entry.mutationId === parked.mutationId)).toMatchObject({
      state: 'PARKED',
      lastError: 'INVALID_TRANSITION: A waived task cannot be completed.',
    });
  });

  it('marks a CONFLICT as CONFLICTED, which blocks its record like a parked entry', async () => {
    const [stale, next] = await box.enqueue([update('task-1', 1), update('task-1', 2)]);
    await box.park(stale.mutationId, 'CONFLICT', 'Someone else changed the task.');
    expect((await box.list())[0].state).toBe('CONFLICTED');
    expect((await box.ready(FIELD)).map((entry) => entry.mutationId)).not.toContain(next.mutationId);
  });

  it('counts network failures on PENDING entries and drops SENT ones from what is ready', async () => {
    const [a, b] = await box.enqueue([result('run-1', 'case-1'), result('run-1', 'case-2')]);
    await box.markFailed([a.mutationId, b.mutationId], 'Failed to fetch');
    await box.markFailed([a.mutationId, b.mutationId], 'Failed to fetch');
    expect((await box.list()).map((entry) => [entry.state, entry.attempts, entry.lastError])).toEqual([
      ['PENDING', 2, 'Failed to fetch'],
      ['PENDING', 2, 'Failed to fetch'],
    ]);
    await box.markSent([a.mutationId]);
    expect((await box.ready(FIELD)).map((entry) => entry.mutationId)).toEqual([b.mutationId]);
  });

  it('replays after the database is closed and reopened: same entries, same order, same state', async () => {
    const entries = await box.enqueue([result('run-1', 'case-1'), update('task-1', 1), result('run-1', 'case-2')]);
    await box.park(entries[1].mutationId, 'NOT_FOUND', 'No such task.');
    await box.markFailed([entries[0].mutationId], 'offline');
    const before = await box.list();
    box.close();

    const reopened = await openOutbox(factory);
    expect(await reopened.list()).toEqual(before);
    expect((await reopened.ready(FIELD)).map((entry) => entry.mutationId)).toEqual([entries[0].mutationId, entries[2].mutationId]);
    const [later] = await reopened.enqueue([result('run-1', 'case-3')]);
    expect((await reopened.list()).at(-1)?.mutationId).toBe(later.mutationId);
    reopened.close();
  });

  it('forgets a person’s entries on sign-out only when all of them were sent', async () => {
    const [a, b] = await box.enqueue([result('run-1', 'case-1'), result('run-1', 'case-2')]);
    const [other] = await box.enqueue([result('run-1', 'case-3', 'PASSED', OTHER)]);
    await box.markSent([a.mutationId]);
    expect(await box.forgetSentOf(FIELD)).toBe(false);
    expect(await box.list(FIELD)).toHaveLength(2);
    await box.markSent([b.mutationId]);
    expect(await box.forgetSentOf(FIELD)).toBe(true);
    expect((await box.list()).map((entry) => entry.mutationId)).toEqual([other.mutationId]);
  });

  it('names the record of an entry: a test result by its run and case, a workstation by its assessment, an update by its id', () => {
    const attempt = { operationName: 'RecordTestResult', mutationId: 'm', variables: { input: { runId: 'r', caseId: 'c', mutationId: 'm' } } };
    expect(recordKeyOf(attempt)).toBe('RunCase:r:c');
    expect(recordKeyOf({ operationName: 'UpdateTask', mutationId: 'm', variables: { input: { id: 't', mutationId: 'm' } } })).toBe('record:t');
    // A workstation belongs to its assessment: it waits when starting the assessment was refused.
    const start = { operationName: 'StartScannerAssessment', mutationId: 'm', variables: { input: { id: 'a', deploymentId: 'd', mutationId: 'm' } } };
    const workstation = { operationName: 'RecordScannerWorkstation', mutationId: 'n', variables: { input: { id: 'w', assessmentId: 'a', mutationId: 'n' } } };
    expect(recordKeyOf(workstation)).toBe(recordKeyOf(start));
    expect(recordKeyOf({ operationName: 'Other', mutationId: 'm', variables: { input: { mutationId: 'm' } } })).toBe('mutation:m');
  });

  async function keepPhoto(store: Outbox, text: string) {
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
    const sha256 = await sha256Hex(bytes);
    await store.putFile({ sha256, fileName: `${text}.jpg`, contentType: 'image/jpeg', bytes });
    return sha256;
  }

  it('keeps photos by SHA-256 beside the entries and drops them once no entry refers to them', async () => {
    const sha = await keepPhoto(box, 'workstation-1');
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const [entry] = await box.enqueue([{ ...result('run-1', 'case-1'), fileShas: [sha] }]);
    const orphan = await keepPhoto(box, 'never-attached');
    await box.removeUnreferencedFiles();
    expect(new TextDecoder().decode((await box.getFile(sha))!.bytes)).toBe('workstation-1');
    expect(await box.getFile(orphan)).toBeUndefined();
    await box.markSent([entry.mutationId]);
    expect(await box.forgetSentOf(FIELD)).toBe(true);
    expect(await box.getFile(sha)).toBeUndefined();
  });

  it('exports unsent entries with their photos and imports them elsewhere, each at most once', async () => {
    const sha = await keepPhoto(box, 'failure');
    const [sent, pending, parked] = await box.enqueue([result('run-1', 'case-1'), { ...result('run-1', 'case-2', 'FAILED'), fileShas: [sha] }, update('task-1', 2)]);
    await box.enqueue([result('run-1', 'case-3', 'PASSED', OTHER)]);
    await box.markSent([sent.mutationId]);
    await box.park(parked.mutationId, 'CONFLICT', 'Changed by someone else.');
    const file = JSON.stringify(await exportOutbox(box, FIELD));

    // Another tablet: the same entries arrive with their ids, state and photo.
    const other = await openOutbox(new IDBFactory());
    expect(await importOutbox(other, file)).toEqual({ added: 2, skipped: 0, files: 1 });
    expect((await other.list()).map((entry) => [entry.mutationId, entry.state, entry.userId])).toEqual([
      [pending.mutationId, 'PENDING', FIELD],
      [parked.mutationId, 'CONFLICTED', FIELD],
    ]);
    expect(new TextDecoder().decode((await other.getFile(sha))!.bytes)).toBe('failure');
    // Imported twice, or back into the outbox it came from: nothing is added twice.
    expect(await importOutbox(other, file)).toEqual({ added: 0, skipped: 2, files: 1 });
    expect(await importOutbox(box, file)).toMatchObject({ added: 0, skipped: 2 });
    expect(await other.list()).toHaveLength(2);
    other.close();
  });

  it('refuses a file that is not an export, or whose photo does not match its checksum, importing nothing', async () => {
    await expect(importOutbox(box, 'not json')).rejects.toThrow(/not an export/);
    await expect(importOutbox(box, JSON.stringify({ format: 'other' }))).rejects.toThrow(/not an export/);
    const sha = await keepPhoto(box, 'original');
    await box.enqueue([{ ...result('run-1', 'case-1'), fileShas: [sha] }]);
    const exported = await exportOutbox(box, FIELD);
    exported.files[0].base64 = btoa('tampered');
    const fresh = await openOutbox(new IDBFactory());
    await expect(importOutbox(fresh, JSON.stringify(exported))).rejects.toThrow(/checksum/);
    expect(await fresh.list()).toEqual([]);
    fresh.close();
  });

  it('keeps the entries of an outbox made by the previous app version (database version 1) when it adds the photo store', async () => {
    const old = new IDBFactory();
    const scope = globalThis as unknown as { indexedDB: InstanceType<typeof IDBFactory> };
    const original = scope.indexedDB;
    scope.indexedDB = old;
    try {
      const v1 = await openDB(OFFLINE_DB_NAME, 1, {
        upgrade(database) {
          database.createObjectStore('outbox', { autoIncrement: true }).createIndex('mutationId', 'mutationId', { unique: true });
          database.createObjectStore('kv');
        },
      });
      await v1.add('outbox', { mutationId: 'm-old', operationName: 'RecordTestResult', variables: { input: { runId: 'r', caseId: 'c', mutationId: 'm-old' } },
        userId: FIELD, createdAt: '2026-01-05T10:00:00.000Z', state: 'PENDING', attempts: 0, lastError: null });
      v1.close();
    } finally {
      scope.indexedDB = original;
    }
    const upgraded = await openOutbox(old);
    expect((await upgraded.ready(FIELD)).map((entry) => entry.mutationId)).toEqual(['m-old']);
    const sha = await keepPhoto(upgraded, 'after-upgrade');
    expect(await upgraded.getFile(sha)).toBeDefined();
    upgraded.close();
  });
});
