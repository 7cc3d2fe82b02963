// Calendar-day arithmetic on ISO dates ("YYYY-MM-DD"). Done in UTC so that no daylight-saving
// change can turn a day into 23 or 25 hours.

export { isIsoDate } from '../../rules/dates';

const DAY_MS = 86_400_000;

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export { californiaDate } from '../../rules/dates';
