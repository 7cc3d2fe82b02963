import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Page-side snippets for the offline browser tests, as strings: test files are type-checked without
// the DOM library.

export const SW_READY = 'navigator.serviceWorker.ready.then(() => true)';
export const SW_CONTROLS = 'navigator.serviceWorker.controller !== null';

/** Puts every outbox entry back to PENDING, as if the answers to the last sync had been lost; answers how many. */
export const RESEND_ALL = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('outbox', 'readwrite');
    const store = tx.objectStore('outbox');
    let count = 0;
    store.openCursor().onsuccess = (event) => {
      const cursor = event.target.result;
      if (!cursor) return;
      cursor.update({ ...cursor.value, state: 'PENDING' });
      count += 1;
      cursor.continue();
    };
    tx.oncomplete = () => { open.result.close(); resolve(count); };
    tx.onerror = () => reject(tx.error);
  };
})`;

/** The outbox's entries as [operationName, state] pairs, oldest first. */
export const OUTBOX_STATES = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const read = open.result.transaction('outbox').objectStore('outbox').getAll();
    read.onsuccess = () => { open.result.close(); resolve(read.result.map((e) => [e.operationName, e.state])); };
    read.onerror = () => reject(read.error);
  };
})`;

/** The time of the last sync pass that reached the server (ISO 8601), or null: the app stores it as a pass ends. */
export const LAST_SYNC = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const read = open.result.transaction('kv').objectStore('kv').get('last-sync');
    read.onsuccess = () => { open.result.close(); resolve(read.result ?? null); };
    read.onerror = () => reject(read.error);
  };
})`;

/**
 * The fields of the Apollo cache persisted in IndexedDB for the person signed in last: root fields both by name and with their
 * arguments (`testRun`, `testRun({"id":"…"})`), the others as `Type.field`.
 */
const PERSISTED_CACHE_FIELDS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ccpor-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const kv = open.result.transaction('kv').objectStore('kv');
    const owner = kv.get('signed-in-user');
    let read;
    owner.onsuccess = () => {
      read = kv.get('apollo-cache:' + owner.result);
      read.onsuccess = done;
      read.onerror = () => reject(read.error);
    };
    const done = () => {
      open.result.close();
      const fields = new Set();
      for (const [id, record] of Object.entries(read.result ?? {})) {
        for (const key of Object.keys(record)) {
          const name = key.split(/[(:]/)[0];
          if (id === 'ROOT_QUERY') fields.add(name).add(key);
          else fields.add(record.__typename + '.' + name);
        }
      }
      resolve([...fields]);
    };
  };
})`;

/**
 * Waits until the Apollo cache persisted on the device holds these fields (see
 * PERSISTED_CACHE_FIELDS): the app writes it a moment after its last change
 * (docs/sync.md#cache-persistence), and an offline reload starts from that copy.
 */
export async function cachePersisted(page: Page, fields: string[]): Promise<void> {
  const missing = async () => {
    const held = new Set((await page.evaluate(PERSISTED_CACHE_FIELDS)) as string[]);
    return fields.filter((field) => !held.has(field));
  };
  await expect.poll(missing, { timeout: 15_000 }).toEqual([]);
}

/**
 * Waits until every outbox entry is SENT. The sync indicator can still say "All changes sent" from
 * the pass before entries were marked for resending, so tests that must know wait on the entries.
 */
export async function allSent(page: Page): Promise<void> {
  const unsent = async () => ((await page.evaluate(OUTBOX_STATES)) as [string, string][]).filter(([, state]) => state !== 'SENT');
  await expect.poll(unsent, { timeout: 20_000 }).toEqual([]);
}
