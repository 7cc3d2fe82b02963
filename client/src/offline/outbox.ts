import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

// The one outbox (docs/sync.md#outbox): every write of the app is an entry here first,
// sent later in order as its typed mutation. Entries are stored with out-of-line auto-increment
// keys, so the value keeps exactly the documented shape while the key gives the FIFO order.

export type OutboxState = 'PENDING' | 'SENT' | 'PARKED' | 'CONFLICTED';

export interface OutboxEntry {
  mutationId: string;
  /** The GraphQL operation's name, e.g. "RecordTestResult"; sync maps it to its typed document. */
  operationName: string;
  /**
   * The hash of the document the entry was made for (docs/sync.md#operations-sent-by-hash): an
   * entry queued under an older build is sent as that build's document, which the server keeps.
   */
  documentHash?: string;
  /** The mutation's variables, as sent; `variables.input.mutationId` equals `mutationId`. */
  variables: { input: Record<string, unknown> & { mutationId: string } };
  /** For an update, the version of the record the person edited; also `variables.input.baseVersion`. */
  baseVersion?: number;
  /** SHA-256 of the photos the entry refers to (blobs stored beside the outbox). */
  fileShas?: string[];
  /** Who made the entry: only that person's session may send it. */
  userId: string;
  /** ISO 8601. */
  createdAt: string;
  state: OutboxState;
  /** Sends that failed on the network. */
  attempts: number;
  /** Why the last send failed or was refused ("CONFLICT: …"); null when none did. */
  lastError: string | null;
  /** The server's answer once SENT (e.g. the created record's id), for the form that waits on it. */
  response?: unknown;
}

export type NewOutboxEntry = Pick<OutboxEntry, 'operationName' | 'variables' | 'baseVersion' | 'fileShas' | 'userId'>;

/**
 * A photo kept beside the outbox until its entry is sent, keyed by the SHA-256 of its bytes (what
 * POST /files answers, so uploading it again is harmless). Bytes, not a Blob: older WebKit fails to
 * store Blobs in IndexedDB.
 */
export interface StoredFile {
  sha256: string;
  fileName: string;
  contentType: string;
  bytes: ArrayBuffer;
}

interface OfflineDb extends DBSchema {
  outbox: { key: number; value: OutboxEntry; indexes: { mutationId: string } };
  files: { key: string; value: StoredFile };
  /** Key-value store: the persisted Apollo cache and other small state. */
  kv: { key: string; value: unknown };
}

export const OFFLINE_DB_NAME = 'ccpor-offline';

/**
 * The record an entry is about: entries of a parked record wait behind it, the others go on.
 * An attempt is about its case within its run (a case's attempts must arrive in order); a change
 * inside an assessment (a workstation) about that assessment, so it waits when starting the
 * assessment was refused; an update about the record it names; anything else stands alone.
 * Ids are UUIDs, unique across record types.
 */
export function recordKeyOf(entry: Pick<OutboxEntry, 'operationName' | 'variables' | 'mutationId'>): string {
  const input = entry.variables.input;
  if (entry.operationName === 'RecordTestResult') return `RunCase:${String(input.runId)}:${String(input.caseId)}`;
  if (typeof input.conflictId === 'string') return `conflict:${input.conflictId}`;
  for (const field of ['assessmentId', 'responseId', 'taskId', 'dependencyId', 'id']) {
    if (typeof input[field] === 'string') return `record:${input[field] as string}`;
  }
  return `mutation:${entry.mutationId}`;
}

type Listener = () => void;

export class Outbox {
  private listeners = new Set<Listener>();

  constructor(private readonly db: IDBPDatabase<OfflineDb>) {}

  /** Called after every change (this tab's), so screens and the sync indicator re-read. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  /**
   * Adds entries in one IndexedDB transaction (all or none), as PENDING, in the order given.
   * Each gets a fresh mutationId, which is also written to `variables.input.mutationId`, and an
   * update's baseVersion is written to `variables.input.baseVersion`: the server refuses an update
   * without one. Entries named in `replacing` are dropped in the same transaction (a stale change
   * a person chose to send again on the record as it is now).
   */
  async enqueue(newEntries: NewOutboxEntry[], replacing: string[] = []): Promise<OutboxEntry[]> {
    const now = new Date().toISOString();
    // Offline, a registry not yet loaded is not fetched: the import would fail (no service worker
    // may be in control yet) and the entry goes without its build's hash, as the current build's document.
    const registry = loadedRegistry ?? (isOffline() ? undefined : await outboxRegistry());
    const entries = newEntries.map((entry): OutboxEntry => {
      const documentHash = registry?.documentHashOfOperation(entry.operationName);
      const mutationId = typeof entry.variables.input.mutationId === 'string' && entry.variables.input.mutationId
        ? entry.variables.input.mutationId
        : crypto.randomUUID();
      return {
        ...entry,
        mutationId,
        ...(documentHash === undefined ? {} : { documentHash }),
        variables: {
          ...entry.variables,
          input: { ...entry.variables.input, mutationId, ...(entry.baseVersion === undefined ? {} : { baseVersion: entry.baseVersion }) },
        },
        createdAt: now,
        state: 'PENDING',
        attempts: 0,
        lastError: null,
      };
    });
    const tx = this.db.transaction('outbox', 'readwrite');
    for (const mutationId of replacing) {
      const key = await tx.store.index('mutationId').getKey(mutationId);
      if (key !== undefined) await tx.store.delete(key);
    }
    await Promise.all([...entries.map((entry) => tx.store.add(entry)), tx.done]);
    this.changed();
    return entries;
  }

  /** Every entry, oldest first (of one person when `userId` is given). */
  async list(userId?: string): Promise<OutboxEntry[]> {
    const all = await this.db.getAll('outbox');
    return userId === undefined ? all : all.filter((entry) => entry.userId === userId);
  }

  /**
   * What a sync pass of this person may send now, oldest first: PENDING entries whose record has
   * no PARKED or CONFLICTED entry ahead of them. Other people's entries are never returned.
   */
  async ready(userId: string): Promise<OutboxEntry[]> {
    const blocked = new Set<string>();
    const ready: OutboxEntry[] = [];
    for (const entry of await this.list(userId)) {
      const record = recordKeyOf(entry);
      if (entry.state === 'PARKED' || entry.state === 'CONFLICTED') blocked.add(record);
      else if (entry.state === 'PENDING' && !blocked.has(record)) ready.push(entry);
    }
    return ready;
  }

  /** Changes entries by mutationId in one transaction. */
  async update(mutationIds: string[], change: (entry: OutboxEntry) => Partial<OutboxEntry>): Promise<void> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const index = tx.store.index('mutationId');
    for (const mutationId of mutationIds) {
      const key = await index.getKey(mutationId);
      const entry = key === undefined ? undefined : await tx.store.get(key);
      if (key !== undefined && entry) await tx.store.put({ ...entry, ...change(entry) }, key);
    }
    await tx.done;
    this.changed();
  }

  markSent(mutationIds: string[], response?: unknown) {
    return this.update(mutationIds, () => ({ state: 'SENT', lastError: null, ...(response === undefined ? {} : { response }) }));
  }

  /** One entry by its mutationId. */
  async get(mutationId: string): Promise<OutboxEntry | undefined> {
    return this.db.getFromIndex('outbox', 'mutationId', mutationId);
  }

  /** A network failure: stays PENDING, to be retried. */
  markFailed(mutationIds: string[], error: string) {
    return this.update(mutationIds, (entry) => ({ attempts: entry.attempts + 1, lastError: error }));
  }

  /** Refused with a code: never retried blindly. CONFLICT waits for a person to resolve it. */
  park(mutationId: string, code: string, message: string) {
    return this.update([mutationId], () => ({
      state: code === 'CONFLICT' ? 'CONFLICTED' : 'PARKED',
      lastError: `${code}: ${message}`,
    }));
  }

  /** Drops entries (a person discarding a parked change, or SENT entries that are history). */
  async remove(mutationIds: string[]): Promise<void> {
    const tx = this.db.transaction('outbox', 'readwrite');
    for (const mutationId of mutationIds) {
      const key = await tx.store.index('mutationId').getKey(mutationId);
      if (key !== undefined) await tx.store.delete(key);
    }
    await tx.done;
    this.changed();
  }

  /**
   * Signing out after everything is sent wipes the person's entries (docs/sync.md#shared-tablets); while any is
   * unsent they stay, for that person's next sign-in. True when the person had nothing unsent.
   */
  async forgetSentOf(userId: string): Promise<boolean> {
    const entries = await this.list(userId);
    if (entries.some((entry) => entry.state !== 'SENT')) return false;
    await this.remove(entries.map((entry) => entry.mutationId));
    await this.removeUnreferencedFiles();
    return true;
  }

  /**
   * Adds entries as they are (an imported export): mutationId, state and author kept, so each is
   * still applied at most once; an entry already here (same mutationId) is skipped. Answers how many
   * were added and skipped.
   */
  async addExisting(entries: OutboxEntry[]): Promise<{ added: number; skipped: number }> {
    const tx = this.db.transaction('outbox', 'readwrite');
    let added = 0;
    for (const entry of entries) {
      if ((await tx.store.index('mutationId').getKey(entry.mutationId)) !== undefined) continue;
      await tx.store.add(entry);
      added += 1;
    }
    await tx.done;
    this.changed();
    return { added, skipped: entries.length - added };
  }

  /** Keeps a photo (once per SHA-256). */
  async putFile(file: StoredFile): Promise<void> {
    await this.db.put('files', file, file.sha256);
  }

  getFile(sha256: string): Promise<StoredFile | undefined> {
    return this.db.get('files', sha256);
  }

  /** Drops photos no remaining entry refers to (after SENT entries were pruned, or on sign-out). */
  async removeUnreferencedFiles(): Promise<void> {
    const referenced = new Set((await this.list()).flatMap((entry) => entry.fileShas ?? []));
    const tx = this.db.transaction('files', 'readwrite');
    for (const sha256 of await tx.store.getAllKeys()) {
      if (!referenced.has(sha256)) await tx.store.delete(sha256);
    }
    await tx.done;
  }

  /** Signing out with nothing unsent: the persisted cache and any other local state go too. */
  async clearValues(): Promise<void> {
    await this.db.clear('kv');
  }

  /** Keys of the small values starting with `prefix` (a person's drafts, docs/sync.md#drafts). */
  async valueKeys(prefix: string): Promise<string[]> {
    return (await this.db.getAllKeys('kv')).map(String).filter((key) => key.startsWith(prefix));
  }

  async deleteValues(keys: string[]): Promise<void> {
    const tx = this.db.transaction('kv', 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  }

  async getValue<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('kv', key)) as T | undefined;
  }

  async setValue(key: string, value: unknown): Promise<void> {
    await this.db.put('kv', value, key);
  }

  close() {
    this.db.close();
  }
}

/** What openOutbox needs of an IndexedDB factory (the browser's, or fake-indexeddb's in tests). */
type IndexedDbFactory = { open(name: string, version?: number): unknown };

/** Opens (creating on first use) the offline database; tests pass a fresh IDBFactory. */
export async function openOutbox(factory?: IndexedDbFactory, onTerminated?: () => void): Promise<Outbox> {
  // idb opens through the global indexedDB, so a test's own factory stands in for the open call.
  const scope = globalThis as unknown as { indexedDB: IndexedDbFactory };
  const original = scope.indexedDB;
  if (factory) scope.indexedDB = factory;
  try {
    const db = await openDB<OfflineDb>(OFFLINE_DB_NAME, 2, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const outbox = database.createObjectStore('outbox', { autoIncrement: true });
          outbox.createIndex('mutationId', 'mutationId', { unique: true });
          database.createObjectStore('kv');
        }
        if (oldVersion < 2) database.createObjectStore('files');
      },
      terminated: onTerminated,
      // A newer app version (another tab, after an update) needs to upgrade the database: this
      // connection steps aside, and the next call reopens it at the new version.
      blocking() {
        db.close();
        onTerminated?.();
      },
    });
    return new Outbox(db);
  } finally {
    if (factory) scope.indexedDB = original;
  }
}

/** Whether the browser says it is offline (outside a browser, as in unit tests, it never is). */
const isOffline = () => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;

let registry: Promise<typeof import('./outbox-operations') | undefined> | undefined;
let loadedRegistry: typeof import('./outbox-operations') | undefined;

/**
 * The outbox registry's module, loaded with the first write made online (its chunk stays out of the
 * first visit); a failed load is tried again at the next write.
 */
function outboxRegistry(): Promise<typeof import('./outbox-operations') | undefined> {
  registry ??= import('./outbox-operations').then((module) => (loadedRegistry = module)).catch(() => {
    registry = undefined;
    return undefined;
  });
  return registry;
}

let shared: Promise<Outbox> | undefined;

/**
 * The app's outbox, opened once. WebKit drops IndexedDB connections of pages in the background
 * ("Connection to Indexed Database server lost", docs/sync.md#storage-on-the-device): the next call then reopens.
 */
export function outbox(): Promise<Outbox> {
  shared ??= openOutbox(undefined, () => {
    shared = undefined;
  }).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
