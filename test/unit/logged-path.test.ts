import { describe, expect, it } from 'vitest';
import { loggedPath } from '../../server/app';

describe('the request log', () => {
  it('keeps paths without their query string and never records a calendar feed’s secret address', () => {
    expect(loggedPath('/reports/overdue-tasks.csv?county=Fresno')).toBe('/reports/overdue-tasks.csv');
    expect(loggedPath('/calendar/Zk3p9-secret_value.ics')).toBe('/calendar/<secret>');
    expect(loggedPath('/reset-password?token=abc')).toBe('/reset-password');
    expect(loggedPath('/deployments/calendar/x')).toBe('/deployments/calendar/x');
  });
});
