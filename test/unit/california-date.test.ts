import { describe, expect, it } from 'vitest';
import { californiaDate, formatDate } from '../../rules/dates';

// rules/dates.ts counts dates instead of asking Intl (a phone's first Intl formatter is slow): these
// hold it to Intl and the platform's time-zone data, so a change of the daylight-saving law shows here.
const HOUR = 3_600_000;

describe('dates counted as Intl writes them', () => {
  it('gives the date in Los Angeles of every hour and of the minute before it, 2007 to 2060', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' });
    const wrong: string[] = [];
    for (let ms = Date.UTC(2007, 0, 1); ms < Date.UTC(2060, 0, 1); ms += HOUR) {
      for (const at of [ms - 60_000, ms]) {
        if (californiaDate(new Date(at)) !== intl.format(at)) wrong.push(new Date(at).toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it('turns to the next day at midnight Pacific time, standard and daylight', () => {
    expect(californiaDate(new Date('2027-03-14T07:59:59.999Z'))).toBe('2027-03-13'); // 23:59 PST, the morning daylight time starts
    expect(californiaDate(new Date('2027-03-14T08:00:00Z'))).toBe('2027-03-14');
    expect(californiaDate(new Date('2027-11-07T06:59:59.999Z'))).toBe('2027-11-06'); // 23:59 PDT, the night it ends
    expect(californiaDate(new Date('2027-11-07T07:00:00Z'))).toBe('2027-11-07');
    expect(() => californiaDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('writes every calendar date from 1990 to 2100 as Intl does in English', () => {
    const intl = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
    const wrong: string[] = [];
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2101, 0, 1); ms += 24 * HOUR) {
      const date = new Date(ms).toISOString().slice(0, 10);
      if (formatDate(date) !== intl.format(ms)) wrong.push(date);
    }
    expect(wrong).toEqual([]);
    expect(formatDate('2027-03-02')).toBe('Tue, Mar 2, 2027');
    expect(formatDate('2027-03-02T12:00:00Z')).toBe('Tue, Mar 2, 2027');
    expect(() => formatDate('2027-13-45')).toThrow(RangeError);
  });
});
