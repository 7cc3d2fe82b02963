import { describe, expect, it } from 'vitest';
import { attemptProblems } from '../../../rules/attempts';

describe('what an attempt must say', () => {
  it('asks a failure for what happened, a blocked or not applicable case for why, and nothing of a pass or retest', () => {
    expect(attemptProblems({ status: 'FAILED', notes: 'n' }).map((p) => p.field)).toEqual(['actualResult']);
    expect(attemptProblems({ status: 'BLOCKED', actualResult: 'a' }).map((p) => p.field)).toEqual(['notes']);
    expect(attemptProblems({ status: 'NOT_APPLICABLE' }).map((p) => p.field)).toEqual(['notes']);
    expect(attemptProblems({ status: 'PASSED' })).toEqual([]);
    expect(attemptProblems({ status: 'RETEST' })).toEqual([]);
  });

  it('counts blank text as missing', () => {
    expect(attemptProblems({ status: 'FAILED', actualResult: '   ' }).map((p) => p.field)).toEqual(['actualResult']);
    expect(attemptProblems({ status: 'FAILED', actualResult: 'The order did not reach CARPOS.' })).toEqual([]);
  });
});
