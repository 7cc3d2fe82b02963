import { describe, expect, it } from 'vitest';
import { answerProblems, draftChanges, isVisible, numberAnswer } from '../../client/src/features/questionnaires/questionnaire-form';
import { DEFAULT_QUESTIONNAIRES, TRAINING_QUESTIONNAIRE } from '../../server/modules/questionnaire/default-questionnaires';
import { checkAnswers, QuestionSpec } from '../../server/modules/questionnaire/questionnaire-rules';
import { QuestionType } from '../../server/modules/questionnaire/questionnaire.enums';

const { TEXT, NUMBER, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, GROUP } = QuestionType;
const choices = (...values: string[]) => values.map((value) => ({ value, label: value }));

const questions: QuestionSpec[] = [
  { key: 'system', label: 'Local order system', type: TEXT, required: true },
  { key: 'volume', label: 'Orders a month', type: NUMBER, required: true, unit: 'orders', min: 0, max: 1000 },
  { key: 'hasRoom', label: 'Training room?', type: YES_NO, required: true },
  { key: 'roomSeats', label: 'Seats', type: NUMBER, required: true, min: 1, max: 50, visibleWhen: { questionKey: 'hasRoom', equals: true } },
  { key: 'submitter', label: 'Who submits to CARPOS', type: SINGLE_CHOICE, required: true, choices: choices('COURT', 'SHERIFF', 'OTHER') },
  { key: 'delivery', label: 'How orders reach the sheriff', type: MULTIPLE_CHOICE, required: false, choices: choices('FAX', 'MAIL') },
  { key: 'faxNumber', label: 'Fax number', type: TEXT, required: true, visibleWhen: { questionKey: 'delivery', equals: 'FAX' } },
  { key: 'preferred', label: 'Preferred date', type: DATE, required: false },
  { key: 'stations', label: 'Workstations', type: GROUP, required: true, questions: [
    { key: 'location', label: 'Location', type: TEXT, required: true },
    { key: 'count', label: 'How many', type: NUMBER, required: true, min: 1 },
    { key: 'seatsThere', label: 'Seats there', type: NUMBER, required: true, visibleWhen: { questionKey: 'hasRoom', equals: true } },
  ] },
];

const samples: Record<string, unknown>[] = [
  {},
  { system: 'Tyler Odyssey', volume: 120, hasRoom: true, roomSeats: 12, submitter: 'SHERIFF', delivery: ['FAX'], faxNumber: '555-0100', preferred: '2027-02-01', stations: [{ location: 'Clerk', count: 3, seatsThere: 2 }] },
  { volume: 5000, hasRoom: 'yes', roomSeats: 0, submitter: 'DOJ', delivery: ['FAX', 'FAX'], preferred: '2027-02-30', stations: [{ location: 'Clerk' }, { count: 0, location: 'Front' }] },
  { system: '   ', volume: 'twelve', hasRoom: false, roomSeats: 99, delivery: ['MAIL'], faxNumber: '', stations: 'none' },
  { hasRoom: true, delivery: ['FAX'], stations: [{}] },
  { system: 'x'.repeat(5001), volume: -1, hasRoom: true, roomSeats: 51, stations: [] },
];

describe('the filler’s rules agree with the server’s', () => {
  for (const [i, answers] of samples.entries()) {
    for (const complete of [false, true]) {
      it(`names the same questions for sample ${i} (${complete ? 'submission' : 'draft'})`, () => {
        const server = checkAnswers(questions, answers, { complete }).problems.map((p) => p.field).sort();
        expect(Object.keys(answerProblems(questions, answers, { complete })).sort()).toEqual(server);
      });
    }
  }

  it('agrees on every seeded questionnaire left empty', () => {
    for (const q of DEFAULT_QUESTIONNAIRES) {
      const server = checkAnswers(q.questions, {}, { complete: true }).problems.map((p) => p.field).sort();
      expect(Object.keys(answerProblems(q.questions, {}, { complete: true })).sort(), q.key).toEqual(server);
    }
  });
});

describe('isVisible', () => {
  it('shows a conditional question only for the answer it waits on, inside groups from the outer answers too', () => {
    const seats = questions[3];
    expect(isVisible(seats, {})).toBe(false);
    expect(isVisible(seats, { hasRoom: false })).toBe(false);
    expect(isVisible(seats, { hasRoom: true })).toBe(true);
    expect(isVisible(questions[6], { delivery: ['MAIL', 'FAX'] })).toBe(true);
    expect(isVisible(questions[8].questions![2], {}, { hasRoom: true })).toBe(true);
    expect(TRAINING_QUESTIONNAIRE.questions.filter((q) => isVisible(q, { trainingRoom: false })).map((q) => q.key)).not.toContain('roomWorkstations');
  });
});

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
