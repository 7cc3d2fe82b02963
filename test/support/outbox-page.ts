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
