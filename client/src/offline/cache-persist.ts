import type { ApolloCache, NormalizedCacheObject } from '@apollo/client';
import { outbox } from './outbox';

// The Apollo cache survives reloads and offline starts: apollo3-cache-persist does not install with
// Apollo Client 4 (docs/sync.md#cache-persistence), so this does what it does: restore before the first render,
// and write `cache.extract()` to IndexedDB shortly after every change.

const CACHE_KEY = 'apollo-cache';
const DEBOUNCE_MS = 1_000;

/** Puts the persisted cache back; a missing or unreadable copy just starts empty. */
export async function restoreCache(cache: ApolloCache): Promise<void> {
  try {
    const data = await (await outbox()).getValue<NormalizedCacheObject>(CACHE_KEY);
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

/** Writes the cache after changes (debounced), and at once when the page is hidden. */
export function persistCache(cache: ApolloCache): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    return outbox()
      .then((store) => store.setValue(CACHE_KEY, cache.extract()))
      .catch(() => {});
  };
  const save = () => void write();
  saveNow = write;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, DEBOUNCE_MS);
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
