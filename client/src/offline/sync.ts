import { CombinedGraphQLErrors, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import type { TestResultItemInput } from '../graphql/generated/graphql';
import { MeDocument } from '../graphql/documents/session';
import { outbox, type OutboxEntry } from './outbox';

// Foreground sync of the outbox (docs/sync.md#replay): on start, `online`,
// `visibilitychange`, a timer and "Sync now"; never a Background Sync queue (none on iPad).
// Entries go oldest first, one typed mutation each, except a run's test results, which go together
// through recordTestResults. A network failure ends the pass (retried later with backoff); a coded
// refusal parks the entry; UNAUTHENTICATED waits for the next sign-in.

/** Codes that say "try again later" rather than "this change is wrong". */
const TRANSIENT_CODES = new Set(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED', 'PAYLOAD_TOO_LARGE']);
const TIMER_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** SENT entries are kept a while (the runner merges them until the server's copy shows them). */
const KEEP_SENT_MS = 24 * 3_600_000;
const BULK_LIMIT = 1_000;
const BULK_MAX_BYTES = 600_000;

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  /** The session expired: nothing is sent until the person signs in again. */
  pausedForSignIn: boolean;
  /** ISO 8601 of the last pass that reached the server. */
  lastSyncAt: string | null;
  /** Why the last pass stopped early (network), or null. */
  lastError: string | null;
  /** When the next retry after a network failure is due (epoch ms), or null. */
  retryAt: number | null;
  /** The signed-in person's entries not yet acknowledged (PENDING, PARKED, CONFLICTED). */
  unsent: number;
  /** createdAt of the oldest of those. */
  oldestUnsentAt: string | null;
  /** PARKED or CONFLICTED entries: they need a person. */
  needsAttention: number;
}

type Outcome = 'done' | 'network' | 'unauthenticated';
/** 'skip': the batch's photos were refused, so its entries are parked; the pass goes on with the rest. */
type FilesOutcome = Outcome | 'skip';

/**
 * The queued results of the head's run, oldest first, as many as one request may carry: at most
 * 1,000 items and well under the server's 1 MB body limit (notes may be 4,000 characters each).
 */
function resultBatch(ready: OutboxEntry[], head: OutboxEntry): OutboxEntry[] {
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  for (const entry of ready) {
    if (entry.operationName !== 'RecordTestResult' || entry.variables.input.runId !== head.variables.input.runId) continue;
    bytes += JSON.stringify(entry.variables.input).length;
    if (batch.length > 0 && (batch.length >= BULK_LIMIT || bytes > BULK_MAX_BYTES)) break;
    batch.push(entry);
  }
  return batch;
}

/** An entry stored by an app version that kept baseVersion beside the input gets it in the input. */
const sentVariables = (entry: OutboxEntry) =>
  entry.baseVersion === undefined || entry.variables.input.baseVersion !== undefined
    ? entry.variables
    : { ...entry.variables, input: { ...entry.variables.input, baseVersion: entry.baseVersion } };

class SyncEngine {
  private status: SyncStatus = {
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    syncing: false,
    pausedForSignIn: false,
    lastSyncAt: null,
    lastError: null,
    retryAt: null,
    unsent: 0,
    oldestUnsentAt: null,
    needsAttention: 0,
  };
  private listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private following: Promise<void> | undefined;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private client: ApolloClient | undefined;
  private onSessionLost = () => {};
  /** The person the server said the session is for, asked once per page load and after UNAUTHENTICATED. */
  private sessionOf: string | undefined;

  getStatus = () => this.status;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(change: Partial<SyncStatus>) {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }

  private userId(): string | undefined {
    try {
      return this.client?.cache.readQuery({ query: MeDocument })?.me?.id;
    } catch {
      return undefined;
    }
  }

  /** Starts the triggers; call once, after the cache is restored. `onSessionLost` asks the person to sign in again. */
  start(client: ApolloClient, onSessionLost: () => void = () => {}) {
    this.client = client;
    this.onSessionLost = onSessionLost;
    window.addEventListener('online', () => {
      this.set({ online: true });
      void this.syncNow();
    });
    window.addEventListener('offline', () => this.set({ online: false }));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.syncNow();
    });
    setInterval(() => void this.syncNow(), TIMER_MS);
    // Whose session this is, asked as the app starts rather than in the first tap's request burst.
    if (navigator.onLine && this.userId()) {
      void this.sessionUser(client).then((sessionUser) => {
        if (sessionUser !== 'network' && sessionUser !== 'unauthenticated') this.sessionOf = sessionUser;
      });
    }
    void outbox().then((store) => {
      store.subscribe(() => void this.refreshCounts());
      return store.getValue<string>('last-sync');
    }).then((lastSyncAt) => {
      if (lastSyncAt) this.set({ lastSyncAt });
    }).catch(() => {});
    void this.syncNow();
  }

  /** Re-reads the counts of the signed-in person's entries. */
  async refreshCounts() {
    const userId = this.userId();
    const entries = userId ? (await (await outbox()).list(userId)).filter((entry) => entry.state !== 'SENT') : [];
    this.set({
      unsent: entries.length,
      oldestUnsentAt: entries[0]?.createdAt ?? null,
      needsAttention: entries.filter((entry) => entry.state !== 'PENDING').length,
    });
  }

  /**
   * One pass. Asked during a pass, one more follows it: the pass under way may already have read the
   * outbox, and what was added or marked for resending since must not wait for the next trigger.
   * Resolves when the pass that answers this call ends, whatever happened.
   */
  syncNow = (): Promise<void> => {
    if (this.running) {
      const next = () => {
        this.following = undefined;
        return this.syncNow();
      };
      this.following ??= this.running.then(next, next);
      return this.following;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  };

  private async pass() {
    const client = this.client;
    const userId = this.userId();
    if (!client || !userId) return;
    clearTimeout(this.retryTimer);
    this.set({ syncing: true, pausedForSignIn: false, retryAt: null });
    const store = await outbox();
    const sent: OutboxEntry[] = [];
    let outcome: Outcome = 'done';
    let author = userId;
    try {
      for (;;) {
        const ready = await store.ready(author);
        if (ready.length === 0) break;
        // Only the person whose session this is sends their entries: the cached `me` may be stale
        // (a shared tablet, reloaded right after someone else signed in), so the server is asked once
        // per page load and again after it answered UNAUTHENTICATED, not before every send.
        if (this.sessionOf !== author) {
          const sessionUser = await this.sessionUser(client);
          if (sessionUser === 'network' || sessionUser === 'unauthenticated') {
            outcome = sessionUser;
            break;
          }
          this.sessionOf = sessionUser;
          if (sessionUser !== author) {
            author = sessionUser;
            continue;
          }
        }
        const head = ready[0];
        const batch = head.operationName === 'RecordTestResult' ? resultBatch(ready, head) : [head];
        const files = await this.sendFiles(batch);
        if (files === 'skip') continue;
        outcome = files !== 'done' ? files
          : head.operationName === 'RecordTestResult' ? await this.sendResults(client, batch) : await this.sendOne(client, head);
        if (outcome !== 'done') break;
        sent.push(...batch);
      }
    } finally {
      if (outcome === 'done') {
        this.failures = 0;
        // "Last sync" means the server confirmed everything: an empty pass offline confirms nothing,
        // and a pass that ends after its person signed out leaves nothing of theirs behind.
        if ((sent.length > 0 || navigator.onLine) && this.userId() === userId) {
          const lastSyncAt = new Date().toISOString();
          await store.setValue('last-sync', lastSyncAt).catch(() => {});
          this.set({ lastSyncAt, lastError: null });
        }
        await this.pruneSent();
      } else if (outcome === 'unauthenticated') {
        // Entries wait (PENDING) until their author signs in again; AppLayout then syncs.
        this.sessionOf = undefined;
        this.set({ pausedForSignIn: true });
        this.onSessionLost();
      } else {
        this.failures += 1;
        const delay = Math.min(5_000 * 2 ** (this.failures - 1), MAX_BACKOFF_MS);
        this.retryTimer = setTimeout(() => void this.syncNow(), delay);
        this.set({ retryAt: Date.now() + delay });
      }
      this.set({ syncing: false });
      await this.refreshCounts();
    }
    // Each answer updated the cache with the records it holds; what it cannot update (derived
    // figures, lists) is read again, and only that (refetchQueries cannot run offline: only here).
    if (sent.length > 0) {
      try {
        const { refetchAfter } = await import('./outbox-operations');
        await client.refetchQueries({ include: refetchAfter(sent.map((entry) => entry.operationName)) });
      } catch {
        // Offline again already: the screens keep merging the outbox over what they have.
      }
    }
  }

  /** Who the server session belongs to (and the cache's `me` becomes that person). */
  private async sessionUser(client: ApolloClient): Promise<string | 'network' | 'unauthenticated'> {
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      return data?.me?.id ?? 'unauthenticated';
    } catch (error) {
      this.set({ lastError: inWords(error) });
      return 'network';
    }
  }

  /** Uploads the photos of a batch before the entries that refer to them. */
  private async sendFiles(batch: OutboxEntry[]): Promise<FilesOutcome> {
    const shas = [...new Set(batch.flatMap((entry) => entry.fileShas ?? []))];
    if (shas.length === 0) return 'done';
    const store = await outbox();
    const ids = batch.map((entry) => entry.mutationId);
    // Loaded with the first photo to send (precached, so offline starts have it too).
    const { uploadFiles } = await import('./file-upload');
    const uploaded = await uploadFiles(store, shas);
    if (uploaded === 'done') return 'done';
    if (uploaded === 'unauthenticated') {
      await store.update(ids, () => ({ lastError: 'UNAUTHENTICATED: waiting for you to sign in again.' }));
      return 'unauthenticated';
    }
    if (uploaded === 'network') {
      await store.markFailed(ids, 'A photo could not be uploaded: the server did not answer.');
      this.set({ lastError: 'A photo could not be uploaded.' });
      return 'network';
    }
    for (const id of ids) await store.park(id, uploaded.code, uploaded.message);
    return 'skip';
  }

  private async sendResults(client: ApolloClient, batch: OutboxEntry[]): Promise<Outcome> {
    const store = await outbox();
    const runId = batch[0].variables.input.runId as string;
    const results = batch.map(({ variables: { input } }) => {
      const item = { ...input };
      delete item.runId;
      return item as unknown as TestResultItemInput;
    });
    try {
      const { RecordTestResultsDocument } = await import('./outbox-operations');
      const { data } = await client.mutate({ mutation: RecordTestResultsDocument, variables: { input: { runId, results } } });
      const outcomes = data?.recordTestResults.results ?? [];
      const sent: string[] = [];
      for (const [index, entry] of batch.entries()) {
        const itemOutcome = outcomes.find((candidate) => candidate.mutationId === entry.mutationId) ?? outcomes[index];
        if (itemOutcome?.error) await store.park(entry.mutationId, itemOutcome.error.code, itemOutcome.error.message);
        else sent.push(entry.mutationId);
      }
      await store.markSent(sent);
      return 'done';
    } catch (error) {
      return this.failed(batch, error);
    }
  }

  private async sendOne(client: ApolloClient, entry: OutboxEntry): Promise<Outcome> {
    const { OUTBOX_REGISTRY, documentHashOfOperation } = await import('./outbox-operations');
    const document = (OUTBOX_REGISTRY as unknown as Record<string, { document: TypedDocumentNode<unknown, { input: Record<string, unknown> }> } | undefined>)[
      entry.operationName
    ]?.document;
    const store = await outbox();
    if (!document) {
      await store.park(entry.mutationId, 'UNKNOWN_OPERATION', `This version of the app cannot send ${entry.operationName}.`);
      return 'done';
    }
    try {
      // The answer goes into the cache: the records it returns are on screen without another read.
      // An entry queued under an older build goes as the document it was made for, which the server
      // keeps (docs/sync.md#operations-sent-by-hash); its answer has that build's shape, so it stays
      // out of the cache, and the pass's refetch brings the screens up to date.
      const older = entry.documentHash !== undefined && entry.documentHash !== documentHashOfOperation(entry.operationName);
      const { data } = await client.mutate({
        mutation: document,
        variables: sentVariables(entry),
        ...(older ? { fetchPolicy: 'no-cache' as const, context: { documentHash: entry.documentHash } } : {}),
      });
      await store.markSent([entry.mutationId], data);
      // A resolution settles the conflicted entry it answers: both values stay on the server's conflict.
      const resolved = (data as { resolveConflict?: { mutationId?: string | null } } | undefined)?.resolveConflict?.mutationId;
      if (resolved) await store.markSent([resolved], data);
      return 'done';
    } catch (error) {
      return this.failed([entry], error);
    }
  }

  private async failed(batch: OutboxEntry[], error: unknown): Promise<Outcome> {
    const store = await outbox();
    const ids = batch.map((entry) => entry.mutationId);
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
      if (code === 'UNAUTHENTICATED') {
        await store.update(ids, () => ({ lastError: 'UNAUTHENTICATED: waiting for you to sign in again.' }));
        return 'unauthenticated';
      }
      if (code && !TRANSIENT_CODES.has(code)) {
        for (const id of ids) await store.park(id, code, first.message);
        return 'done';
      }
    }
    const message = inWords(error);
    await store.markFailed(ids, message);
    this.set({ lastError: message });
    return 'network';
  }

  private async pruneSent() {
    const store = await outbox();
    const cutoff = new Date(Date.now() - KEEP_SENT_MS).toISOString();
    const old = (await store.list()).filter((entry) => entry.state === 'SENT' && entry.createdAt < cutoff);
    if (old.length > 0) await store.remove(old.map((entry) => entry.mutationId));
    await store.removeUnreferencedFiles();
  }
}

/** A failed send in words: the browser's own ("Failed to fetch") mean nothing to a person. */
function inWords(error: unknown): string {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]) return error.errors[0].message;
  return 'The server could not be reached: the change stays on this device and is sent when the connection returns.';
}

/** The app's one sync engine. */
export const sync = new SyncEngine();
