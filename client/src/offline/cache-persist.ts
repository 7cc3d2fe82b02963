import type { ApolloCache, NormalizedCacheObject } from '@apollo/client';
import { MeDocument } from '../graphql/documents/session';
import { outbox } from './outbox';

// The Apollo cache survives reloads and offline starts: apollo3-cache-persist does not install with
// Apollo Client 4 (docs/sync.md#cache-persistence), so this does what it does: restore before the first render,
// and write `cache.extract()` to IndexedDB shortly after every change. Each person has a copy of their
// own (docs/sync.md#shared-tablets): the one in memory belongs to the person signed in last.

const cacheKeyOf = (userId: string) => `apollo-cache:${userId}`;
/** Whose cache is in memory: the person signed in last on this device. */
const OWNER_KEY = 'signed-in-user';
const DEBOUNCE_MS = 1_000;

let owner: string | undefined;

/** The person whose copy the cache in memory is (signed in last on this device), if any. */
export const cacheOwner = () => owner;

/** Puts the last person's persisted cache back; a missing or unreadable copy just starts empty. */
export async function restoreCache(cache: ApolloCache): Promise<void> {
  try {
    const store = await outbox();
    owner = await store.getValue<string>(OWNER_KEY);
    const data = owner ? await store.getValue<NormalizedCacheObject>(cacheKeyOf(owner)) : undefined;
    if (data) cache.restore(data);
  } catch {
    // Private mode or a broken database: the app works online without the copy.
  }
}

let saveNow: () => Promise<void> = async () => {};

/**
 * Writes the cache at once: after "Make available offline", the person may close the page or lose
 * the network before the debounced write would have run.
 */
export const persistCacheNow = () => saveNow();

/**
 * Makes `userId` the owner of the cache in memory as they sign in. The same person keeps it as it is
 * (their offline copies survive the idle lock and an expired session); anybody else starts from
 * `empty()`, then from their own copy if this device kept one.
 */
export async function switchCacheOwner(cache: ApolloCache, userId: string, empty: () => Promise<void>): Promise<void> {
  if (owner === userId) return;
  await saveNow();
  owner = userId;
  await empty();
  const store = await outbox();
  await store.setValue(OWNER_KEY, userId);
  const own = await store.getValue<NormalizedCacheObject>(cacheKeyOf(userId)).catch(() => undefined);
  if (own) cache.restore(own);
}

/** Deletes a person's persisted copy (a confirmed sign-out); the in-memory cache is emptied by the caller. */
export async function forgetCacheOf(userId: string): Promise<void> {
  const store = await outbox();
  if (owner === userId) {
    owner = undefined;
    await store.deleteValues([OWNER_KEY]);
  }
  await store.deleteValues([cacheKeyOf(userId)]);
}

/** Writes the cache a second after changes, and at once when the page is hidden. */
export function persistCache(cache: ApolloCache): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    // Only the owner's own reads go to their copy: after an expired session `me` is null, and the
    // copy keeps the person so that it still opens offline after their next sign-in or PIN unlock.
    const me = cache.readQuery({ query: MeDocument })?.me;
    const userId = owner;
    if (!userId || me?.id !== userId) return Promise.resolve();
    return outbox()
      .then((store) => store.setValue(cacheKeyOf(userId), cache.extract()))
      .catch(() => {});
  };
  const save = () => void write();
  saveNow = write;
  // At most a second after the first unsaved change: a screen refetching continually (cache and
  // network) must not keep postponing the write of what came before it.
  const schedule = () => {
    timer ??= setTimeout(save, DEBOUNCE_MS);
  };
  // Every write path of InMemoryCache goes through one of these.
  for (const method of ['write', 'modify', 'evict', 'reset', 'gc'] as const) {
    const methods = cache as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = methods[method].bind(cache);
    methods[method] = (...args: unknown[]) => {
      const result = original(...args);
      schedule();
      return result;
    };
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) save();
  });
}
