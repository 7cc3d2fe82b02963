// LocalDate values are "YYYY-MM-DD" calendar dates without a zone; they are handled as UTC
// midnights so that no device time zone can shift them by a day.

const MS_PER_DAY = 86_400_000;

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** The calendar date `days` days after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

export { formatDate } from '../../../rules/dates';

/**
 * Orders ISO dates (and other ASCII keys) as written. Not localeCompare: its first call loads
 * Intl's collator, which costs a phone's main thread tens of milliseconds (docs/benchmarks.md).
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** "in 12 days", "today", "3 days ago". */
export function formatRelativeDays(days: number): string {
  if (days === 0) return 'today';
  const count = Math.abs(days);
  const unit = count === 1 ? 'day' : 'days';
  return days > 0 ? `in ${count} ${unit}` : `${count} ${unit} ago`;
}
