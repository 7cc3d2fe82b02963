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

// Made when first used, not as the module loads: a browser's first Intl formatter costs tens of
// milliseconds (its locale data), which a page showing no date (sign-in) need not pay at start.
let laDate: Intl.DateTimeFormat | undefined;
let dateFormat: Intl.DateTimeFormat | undefined;

/** The one way a calendar date is written for people, on screens, prints and in messages: "Tue, Mar 2, 2027". */
export function formatDate(date: string): string {
  dateFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  return dateFormat.format(Date.parse(`${date.slice(0, 10)}T00:00:00Z`));
}

/** The time zone of a person who has not chosen one: the courts' own. */
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withDate}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
      ...(withDate ? { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' } : {}),
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** The one way an instant is written for people, in their time zone: "Tue, Mar 2, 2027, 11:22 PM PST". */
export function formatDateTime(instant: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  return dateTimeFormat(timeZone, true).format(new Date(instant));
}

/** The time of day of an instant in a time zone, with the zone: "11:22 PM PST". */
export function formatTime(instant: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  return dateTimeFormat(timeZone, false).format(new Date(instant));
}

/** The calendar date in California at `instant`: courts work in Pacific time. */
export function californiaDate(instant: Date): string {
  laDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' });
  return laDate.format(instant);
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
