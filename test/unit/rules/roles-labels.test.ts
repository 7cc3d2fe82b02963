import { describe, expect, it } from 'vitest';
import * as labels from '../../../rules/labels';
import { ANY_ROLE, doesFieldWork, isPlanner, mayProgressTasks, mayUseApiTokens } from '../../../rules/roles';

describe('roles', () => {
  it('makes planners of administrators and coordinators only', () => {
    expect(ANY_ROLE.filter(isPlanner)).toEqual(['ADMIN', 'COORDINATOR']);
  });

  it('keeps reporters read-only and off site work, but lets them hold API tokens', () => {
    expect(mayProgressTasks('REPORTER')).toBe(false);
    expect(doesFieldWork('REPORTER')).toBe(false);
    expect(doesFieldWork('FIELD_STAFF')).toBe(true);
    expect(mayUseApiTokens('REPORTER')).toBe(true);
    expect(mayUseApiTokens('FIELD_STAFF')).toBe(false);
  });
});

// Every enum's labels are checked against the schema in test/unit/labels-on-screen.test.ts.
describe('labels', () => {
  it('names the DOJ dependency one way everywhere', () => {
    expect(labels.DEPENDENCY_KIND_LABELS.DOJ_CLETS_CARPOS).toBe('CA DOJ CLETS/CARPOS approval');
  });

  it('says why a change waits or was refused in words, never by its code', () => {
    expect(labels.reasonInWords('BAD_USER_INPUT: Answers room count: is required.')).toBe(`${labels.errorCodeLabel('BAD_USER_INPUT')}: Answers room count: is required.`);
    expect(labels.reasonInWords('SOMETHING_NEWER: the server says no.')).toBe('Refused: the server says no.');
    expect(labels.reasonInWords('No connection to the server.')).toBe('No connection to the server.');
  });
});
