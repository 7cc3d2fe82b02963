// The go-live projection's rules (docs/domain.md#go-live-projection), read by the server that
// projects and by the app that explains it.

/** Completed waits of a party needed before its median is used to project a wait on it. */
export const MIN_PAST_WAITS = 5;

/** The median of whole days, rounded up to a whole day (half a day of waiting is still a day). */
export function medianDays(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.ceil((sorted[mid - 1] + sorted[mid]) / 2);
}
