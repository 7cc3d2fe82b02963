import { useSyncExternalStore } from 'react';

// The app locks after 15 idle minutes (docs/security.md#device-lock) and shows no data until
// unlocked: by signing in again online, or with the device PIN offline. The last activity is kept
// in localStorage, so a reload or a reopened page after a long pause starts locked too.

export const IDLE_LOCK_MINUTES = 15;
const IDLE_LOCK_MS = IDLE_LOCK_MINUTES * 60_000;
const ACTIVITY_KEY = 'ccpor-last-activity';
const CHECK_MS = 15_000;
const WRITE_EVERY_MS = 5_000;

const listeners = new Set<() => void>();
let locked = false;
let lastWrite = 0;

function lastActivity(): number {
  return Number(localStorage.getItem(ACTIVITY_KEY) ?? Date.now());
}

function setLocked(value: boolean) {
  if (locked === value) return;
  locked = value;
  listeners.forEach((listener) => listener());
}

function touch() {
  if (locked) return;
  const now = Date.now();
  if (now - lastWrite < WRITE_EVERY_MS) return;
  lastWrite = now;
  localStorage.setItem(ACTIVITY_KEY, String(now));
}

/** Unlocks (after a sign-in or a correct PIN) and counts from now. */
export function unlockSession() {
  lastWrite = 0;
  localStorage.setItem(ACTIVITY_KEY, String(Date.now()));
  setLocked(false);
}

/** Starts watching for activity; call once at start. */
export function startSessionLock() {
  if (Date.now() - lastActivity() > IDLE_LOCK_MS) setLocked(true);
  else touch();
  for (const event of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll']) {
    window.addEventListener(event, touch, { passive: true, capture: true });
  }
  setInterval(() => {
    if (Date.now() - lastActivity() > IDLE_LOCK_MS) setLocked(true);
  }, CHECK_MS);
}

/** True while the app is locked. */
export function useSessionLocked(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => locked,
  );
}
