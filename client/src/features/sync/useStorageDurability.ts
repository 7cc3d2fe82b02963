import { useEffect, useState } from 'react';

export interface StorageDurability {
  /** True when the browser promised not to evict this app's data; null when it cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Share of the quota above which the person is warned (photos fill a tablet quickly). */
export const NEARLY_FULL = 0.8;

/**
 * Asks the browser to keep this app's data (navigator.storage.persist(): Safari and Chrome may
 * otherwise evict it) and reads how full the storage is. Re-read every minute while on screen.
 */
export function useStorageDurability(): StorageDurability {
  const [state, setState] = useState<StorageDurability>({ persisted: null, usage: null, quota: null });
  useEffect(() => {
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage) return;
    let active = true;
    const read = async () => {
      const persisted = storage.persisted ? (await storage.persisted()) || (storage.persist ? await storage.persist() : false) : null;
      const estimate = storage.estimate ? await storage.estimate() : {};
      if (active) setState({ persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null });
    };
    void read().catch(() => {});
    const timer = setInterval(() => void read().catch(() => {}), 60_000);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, []);
  return state;
}
