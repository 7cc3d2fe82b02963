import { useSyncExternalStore } from 'react';
import { sync } from './sync';

/** The sync engine's status, re-rendering on every change. */
export function useSyncStatus() {
  return useSyncExternalStore(sync.subscribe, sync.getStatus);
}
