import { describe, expect, it } from 'vitest';
import { ACCOUNT_TRANSITIONS, DEFECT_TRANSITIONS, DEPLOYMENT_STATUS_TRANSITIONS, INCIDENT_TRANSITIONS, mayMove } from '../../../rules/transitions';

describe('status transitions', () => {
  it('lets a defect be fixed or waved off, verified once fixed, and re-opened from any settled status', () => {
    expect(mayMove(DEFECT_TRANSITIONS, 'OPEN', 'FIXED')).toBe(true);
    expect(mayMove(DEFECT_TRANSITIONS, 'OPEN', 'VERIFIED')).toBe(false);
    expect(mayMove(DEFECT_TRANSITIONS, 'FIXED', 'VERIFIED')).toBe(true);
    expect(mayMove(DEFECT_TRANSITIONS, 'WONT_FIX', 'OPEN')).toBe(true);
  });

  it('ends an incident at CLOSED, reached only from RESOLVED', () => {
    expect(INCIDENT_TRANSITIONS.CLOSED).toEqual([]);
    expect(mayMove(INCIDENT_TRANSITIONS, 'OPEN', 'CLOSED')).toBe(false);
    expect(mayMove(INCIDENT_TRANSITIONS, 'RESOLVED', 'CLOSED')).toBe(true);
  });

  it('never lets a person set LIVE or CLOSED, and keeps WITHDRAWN final', () => {
    for (const next of Object.values(DEPLOYMENT_STATUS_TRANSITIONS)) expect(next).not.toContain('LIVE');
    for (const next of Object.values(DEPLOYMENT_STATUS_TRANSITIONS)) expect(next).not.toContain('CLOSED');
    expect(DEPLOYMENT_STATUS_TRANSITIONS.WITHDRAWN).toEqual([]);
  });

  it('moves an account request REQUESTED → APPROVED → ACTIVE, rejectable on the way', () => {
    expect(ACCOUNT_TRANSITIONS.REQUESTED).toEqual(['APPROVED', 'REJECTED']);
    expect(ACCOUNT_TRANSITIONS.APPROVED).toEqual(['ACTIVE', 'REJECTED']);
    expect(ACCOUNT_TRANSITIONS.ACTIVE).toEqual([]);
  });
});
