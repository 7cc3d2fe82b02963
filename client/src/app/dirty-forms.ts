import { useEffect, useSyncExternalStore } from 'react';

// Forms with unsaved input: the "new version available" prompt waits until there are none, so
// reloading into the new version never throws typing away.

const dirty = new Set<symbol>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Marks the calling component's form dirty while `isDirty` is true. */
export function useDirtyForm(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const token = Symbol('dirty form');
    dirty.add(token);
    notify();
    return () => {
      dirty.delete(token);
      notify();
    };
  }, [isDirty]);
}

/** True while any form on screen has unsaved input. */
export function useAnyFormDirty(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => dirty.size > 0,
  );
}
