// Instants written for people, in their time zone. Apart from rules/dates.ts (calendar dates,
// counted) so that a page showing only dates neither loads this nor pays for Intl's first formatter.

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
