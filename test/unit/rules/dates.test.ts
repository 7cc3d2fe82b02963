import { describe, expect, it } from 'vitest';
import { dateBounds, dateProblem, formatDate, instantProblem } from '../../../rules/dates';
import { formatDateTime, formatTime } from '../../../rules/times';

// docs/domain.md#dates. Noon in California on 2027-01-04 is 20:00 UTC.
const NOON = new Date('2027-01-04T20:00:00Z');

describe('date bounds', () => {
  it('offer planned dates from 2020-01-01 to three years ahead, and dates that happened up to today', () => {
    expect(dateBounds('planned', '2027-01-04')).toEqual({ min: '2020-01-01', max: '2030-01-04' });
    expect(dateBounds('happened', '2027-01-04')).toEqual({ min: '2020-01-01', max: '2027-01-04' });
    // Three years after 29 February is 1 March.
    expect(dateBounds('planned', '2028-02-29').max).toBe('2031-03-01');
  });

  it('accept the bounds themselves and refuse a day beyond, saying why', () => {
    expect(dateProblem('planned', '2020-01-01', NOON)).toBeNull();
    expect(dateProblem('planned', '2030-01-04', NOON)).toBeNull();
    expect(dateProblem('planned', '2030-01-05', NOON)).toBe('is more than 3 years ahead (2030-01-05, latest 2030-01-04); check the year.');
    expect(dateProblem('planned', '0001-01-01', NOON)).toBe('is before 2020-01-01 (0001-01-01); check the year.');
    expect(dateProblem('happened', '2027-01-04', NOON)).toBeNull();
    expect(dateProblem('happened', '2027-01-05', NOON)).toBe('is in the future (2027-01-05); record it once it has happened.');
    expect(dateProblem('happened', '2019-12-31', NOON)).toMatch(/^is before 2020-01-01/);
  });

  it('count a date that happened in California time, with a device up to 10 minutes fast', () => {
    // 23:55 in California on 4 January is 07:55 UTC on the 5th: the 5th has not begun there.
    const lateEvening = new Date('2027-01-05T07:55:00Z');
    expect(dateProblem('happened', '2027-01-05', lateEvening)).toBeNull();
    expect(dateProblem('happened', '2027-01-05', new Date('2027-01-05T07:49:00Z'))).not.toBeNull();
    expect(dateProblem('planned', '2030-01-05', lateEvening)).not.toBeNull();
  });

  it('accept instants from 2020 to 10 minutes ahead of the server', () => {
    expect(instantProblem(new Date('2027-01-04T20:10:00Z'), NOON)).toBeNull();
    expect(instantProblem(new Date('2027-01-04T20:10:01Z'), NOON)).toMatch(/^is more than 10 minutes ahead of the server/);
    expect(instantProblem(new Date('1970-01-01T00:00:00Z'), NOON)).toMatch(/^is before 2020-01-01/);
    // Midnight in California on New Year's Day 2020 is 08:00 UTC.
    expect(instantProblem(new Date('2020-01-01T08:00:00Z'), NOON)).toBeNull();
    expect(instantProblem(new Date('2020-01-01T07:59:59Z'), NOON)).not.toBeNull();
  });
});

describe('one way of writing dates and times', () => {
  it('writes a date and an instant alike, the instant in the person’s time zone (Pacific unless they chose another)', () => {
    expect(formatDate('2026-12-04')).toBe('Fri, Dec 4, 2026');
    expect(formatDateTime('2026-12-05T07:22:44Z')).toBe('Fri, Dec 4, 2026, 11:22 PM PST');
    expect(formatDateTime('2026-12-05T07:22:44Z', 'America/New_York')).toBe('Sat, Dec 5, 2026, 2:22 AM EST');
    expect(formatTime(new Date('2027-07-01T19:05:00Z'))).toBe('12:05 PM PDT');
  });
});
