import { describe, expect, it } from 'vitest';
import { draftChanges, numberAnswer } from '../../client/src/features/questionnaires/questionnaire-form';
import { questions } from '../support/questionnaire-questions';

describe('draftChanges', () => {
  it('sends changed answers without a problem, clears emptied ones, and holds back invalid ones', () => {
    const saved = { system: 'Old', volume: 10, stations: [{ location: 'Clerk', count: 1 }] };
    const current = { system: '', volume: 5000, hasRoom: true, stations: [{ location: 'Clerk', count: 0 }], preferred: '2027-01-05' };
    expect(draftChanges(questions, saved, current)).toEqual({ system: null, hasRoom: true, preferred: '2027-01-05' });
  });

  it('sends nothing when nothing changed', () => {
    expect(draftChanges(questions, { system: 'A', delivery: ['FAX'] }, { system: 'A', delivery: ['FAX'], faxNumber: '' })).toEqual({});
  });
});

describe('numberAnswer', () => {
  it('reads typed numbers and keeps what is not one for its error', () => {
    expect(numberAnswer(' 12 ')).toBe(12);
    expect(numberAnswer('')).toBeNull();
    expect(numberAnswer('12a')).toBe('12a');
  });
});
