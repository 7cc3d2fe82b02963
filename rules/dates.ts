// Which dates the product accepts (docs/domain.md#dates): the API refuses a date outside them,
// and the app's date fields offer only these. Dates are California calendar dates ("YYYY-MM-DD").

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` is a real calendar date written YYYY-MM-DD (2027-02-30 is not), in the Gregorian
 * calendar as Date has it. Counted rather than parsed: the API checks every date it sends.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** Nothing in a CCPOR deployment is dated before this: earlier is a typing mistake. */
export const EARLIEST_DATE = '2020-01-01';
/** How far ahead a date may be planned (go-live, due date, scheduled session or meeting). */
export const PLANNING_YEARS = 3;
/** How far ahead of the server's clock a device's clock may run when it says when something happened. */
export const CLOCK_SKEW_MINUTES = 10;

/**
 * A planned date lies ahead (go-live, due, scheduled); a date of something that happened (held,
 * exchanged, assessed, tested, reported) is not in the future.
 */
export type DateKind = 'planned' | 'happened';

export interface DateBounds {
  min: string;
  max: string;
}

// Calendar dates and California's date are counted, not formatted with Intl: a browser's first Intl
// formatter costs a phone 100–200 ms (its locale data, docs/benchmarks.md), which the deployments
// list and My work, showing only dates, need not pay. Times of day in a person's zone use Intl
// (rules/times.ts).

/** The one way a calendar date is written for people, on screens, prints and in messages: "Tue, Mar 2, 2027". */
export function formatDate(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new RangeError(`Not a date: ${date}`);
  // "Tue, 02 Mar 2027 00:00:00 GMT": the language defines these English names, whatever the device's.
  const [weekday, dayOfMonth, month, year] = day.toUTCString().split(' ');
  return `${weekday} ${month} ${Number(dayOfMonth)}, ${year}`;
}

/** The instant `hour`:00 UTC on the `nth` Sunday of `month` (0–11) of `year`. */
const sundayAt = (year: number, month: number, nth: number, hour: number) =>
  Date.UTC(year, month, 7 * nth - 6 + ((7 - new Date(Date.UTC(year, month, 1)).getUTCDay()) % 7), hour);

/**
 * The calendar date in California at `instant`: courts work in Pacific time. Daylight time (UTC−7)
 * runs from 2:00 standard time (10:00 UTC) on the second Sunday of March to 2:00 daylight time
 * (9:00 UTC) on the first Sunday of November, as US law has it since 2007 (nothing is dated
 * earlier, EARLIEST_DATE); test/unit/california-date.test.ts holds it to the platform's time zones.
 */
export function californiaDate(instant: Date): string {
  const ms = instant.getTime();
  const year = instant.getUTCFullYear();
  const daylight = ms >= sundayAt(year, 2, 2, 10) && ms < sundayAt(year, 10, 1, 9);
  return new Date(ms - (daylight ? 7 : 8) * 3_600_000).toISOString().slice(0, 10);
}

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * The first and last date a field of this kind accepts when it is `today` in California: what the
 * app's date fields offer (their `min` and `max`).
 */
export function dateBounds(kind: DateKind, today: string): DateBounds {
  return { min: EARLIEST_DATE, max: kind === 'planned' ? addYears(today, PLANNING_YEARS) : today };
}

/** The API's "today" for a field of this kind at `now`: a device clock a little ahead still counts as now. */
function todayAt(kind: DateKind, now: Date): string {
  return californiaDate(kind === 'planned' ? now : new Date(now.getTime() + CLOCK_SKEW_MINUTES * 60_000));
}

/** What is wrong with `date` for a field of this kind, worded to follow the field's name, or null. */
export function dateProblem(kind: DateKind, date: string, now: Date): string | null {
  const { min, max } = dateBounds(kind, todayAt(kind, now));
  if (date < min) return `is before ${min} (${date}); check the year.`;
  if (date > max) {
    return kind === 'planned'
      ? `is more than ${PLANNING_YEARS} years ahead (${date}, latest ${max}); check the year.`
      : `is in the future (${date}); record it once it has happened.`;
  }
  return null;
}

/** What is wrong with the instant something happened at, worded to follow the field's name, or null. */
export function instantProblem(instant: Date, now: Date): string | null {
  if (californiaDate(instant) < EARLIEST_DATE) return `is before ${EARLIEST_DATE} (${instant.toISOString()}); check the device clock.`;
  if (instant.getTime() > now.getTime() + CLOCK_SKEW_MINUTES * 60_000) {
    return `is more than ${CLOCK_SKEW_MINUTES} minutes ahead of the server (${instant.toISOString()}); check the device clock.`;
  }
  return null;
}
