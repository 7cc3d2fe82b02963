import { describe, expect, it } from 'vitest';
import { californiaToday, signOffsToRedo, upcomingDates, type DeploymentDates } from '../../client/src/features/my-work/my-work.utils';

const deployment = (id: string, extra: Partial<DeploymentDates>): DeploymentDates => ({
  id, status: 'IN_PROGRESS', court: { name: `Court ${id}` }, meetings: [], trainingSessions: [], tasks: [], ...extra,
});

describe('upcomingDates', () => {
  it('lists meetings not held, planned training and open CAT dates from today on, soonest first, across deployments', () => {
    const dates = upcomingDates([
      deployment('a', {
        meetings: [
          { id: 'm1', title: 'Kick-off', meetingOn: '2027-01-10', held: false },
          { id: 'm2', title: 'Held already', meetingOn: '2027-01-12', held: true },
          { id: 'm3', title: 'Last month', meetingOn: '2026-12-01', held: false },
        ],
        tasks: [{ id: 't1', title: 'Court Acceptance Testing', dueDate: '2027-01-20', status: 'OPEN' }],
      }),
      deployment('b', {
        trainingSessions: [
          { id: 's1', scheduledOn: '2027-01-05', status: 'PLANNED', module: 'FULL_USE', mode: 'CLASSROOM' },
          { id: 's2', scheduledOn: '2027-01-06', status: 'HELD', module: 'QUERIES', mode: 'REMOTE' },
        ],
        tasks: [{ id: 't3', title: 'Court Acceptance Testing', dueDate: '2027-01-15', status: 'DONE' }],
      }),
    ], '2027-01-04');
    expect(dates.map((d) => [d.kind, d.title, d.date, d.courtName])).toEqual([
      ['Training', 'CCPOR training (full use, classroom)', '2027-01-05', 'Court b'],
      ['Meeting', 'Kick-off', '2027-01-10', 'Court a'],
      ['CAT', 'Court Acceptance Testing', '2027-01-20', 'Court a'],
    ]);
  });

  it('counts today as upcoming', () => {
    expect(upcomingDates([deployment('a', { meetings: [{ id: 'm', title: 'Today', meetingOn: '2027-01-04', held: false }] })], '2027-01-04')).toHaveLength(1);
  });
});

describe('what is left to do is derived from the record', () => {
  const cat = { id: 't', title: 'Court Acceptance Testing', dueDate: '2027-01-20', status: 'OPEN' as const };

  it('lists nothing coming up for a closed or withdrawn deployment', () => {
    expect(upcomingDates([deployment('a', { status: 'CLOSED', tasks: [cat] }), deployment('b', { status: 'WITHDRAWN', tasks: [cat] })], '2027-01-04')).toEqual([]);
  });

  it('asks an organization to sign again where its sign-off turned stale and it has not signed since', () => {
    const signOff = (id: string, organizationId: string, status: 'CURRENT' | 'STALE') => ({ id, party: 'COURT' as const, organizationId, status });
    const d = (id: string, status: 'IN_PROGRESS' | 'CLOSED', signOffs: ReturnType<typeof signOff>[]) => ({
      id, status, court: { name: `Court ${id}` }, testRuns: [{ id: `run-${id}`, purpose: 'ACCEPTANCE', signOffs }],
    });
    expect(signOffsToRedo([
      d('stale', 'IN_PROGRESS', [signOff('1', 'court', 'STALE')]),
      d('signed-again', 'IN_PROGRESS', [signOff('2', 'court', 'STALE'), signOff('3', 'court', 'CURRENT')]),
      d('other-org', 'IN_PROGRESS', [signOff('4', 'sheriff', 'STALE')]),
      d('closed', 'CLOSED', [signOff('5', 'court', 'STALE')]),
    ], 'court')).toEqual([{ deploymentId: 'stale', runId: 'run-stale', courtName: 'Court stale' }]);
  });
});

describe('californiaToday', () => {
  it('is the date in California, not in UTC', () => {
    expect(californiaToday(new Date('2027-01-05T07:59:00Z'))).toBe('2027-01-04');
    expect(californiaToday(new Date('2027-01-05T08:00:00Z'))).toBe('2027-01-05');
  });
});
