import { describe, expect, it } from 'vitest';
import { Phase } from '../../server/modules/lifecycle-template/lifecycle.enums';
import { phasesWithShortWindows, replan } from '../../server/modules/deployment/scheduling';
import { addDays, californiaDate, daysBetween, isIsoDate } from '../../server/shared/dates';

describe('calendar days', () => {
  it('adds and counts days across daylight-saving changes and leap days', () => {
    expect(addDays('2027-03-13', 1)).toBe('2027-03-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(addDays('2027-01-04', -90)).toBe('2026-10-06');
  });

  it('takes today in California, not UTC', () => {
    expect(californiaDate(new Date('2027-01-05T06:30:00Z'))).toBe('2027-01-04'); // 22:30 the evening before in Los Angeles
    expect(californiaDate(new Date('2027-07-05T06:30:00Z'))).toBe('2027-07-04'); // summer time
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-13-01')).toBe(false);
  });
});

describe('phase windows', () => {
  it('flags Planning when fewer than 90 days remain, and later phases already due to have begun', () => {
    expect(phasesWithShortWindows('2027-04-04', Phase.PLANNING, '2027-01-04', '2027-01-04')).toEqual([]); // 90 days
    expect(phasesWithShortWindows('2027-04-03', Phase.PLANNING, '2027-01-04', '2027-01-04')).toEqual([Phase.PLANNING]);
    expect(phasesWithShortWindows('2027-02-20', Phase.PLANNING, '2026-10-01', '2027-01-04')).toEqual([Phase.SCOPE]);
    expect(phasesWithShortWindows('2027-01-30', Phase.SCOPE, '2027-01-04', '2027-01-04')).toEqual([Phase.SCOPE, Phase.IMPLEMENT]);
  });
});

describe('replan', () => {
  const tasks = [
    { id: 'a', offsetDays: -90, dueDate: '2027-01-05', pinned: false, open: true },
    { id: 'b', offsetDays: -80, dueDate: '2027-01-20', pinned: true, open: true },
    { id: 'c', offsetDays: -70, dueDate: '2027-01-25', pinned: false, open: false },
    { id: 'd', offsetDays: 0, dueDate: '2027-04-05', pinned: false, open: true },
  ];

  it('moves open unpinned tasks to their offsets, keeps pinned and closed ones, and reports what becomes past due', () => {
    const plan = replan(tasks, '2027-03-22', '2027-01-04');
    expect(plan.moved).toEqual([
      { id: 'a', from: '2027-01-05', to: '2026-12-22' },
      { id: 'd', from: '2027-04-05', to: '2027-03-22' },
    ]);
    expect(plan.pinned).toEqual(['b']);
    expect(plan.pastDue).toEqual([{ id: 'a', dueDate: '2026-12-22', newly: true }]);
  });

  it('restores every unpinned open date when moved back', () => {
    const earlier = replan(tasks, '2027-03-22', '2027-01-04');
    const moved = tasks.map((t) => ({ ...t, dueDate: earlier.moved.find((m) => m.id === t.id)?.to ?? t.dueDate }));
    const back = replan(moved, '2027-04-05', '2027-01-04');
    const restored = moved.map((t) => back.moved.find((m) => m.id === t.id)?.to ?? t.dueDate);
    expect(restored).toEqual(tasks.map((t) => t.dueDate));
  });
});
