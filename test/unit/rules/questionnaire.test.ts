import { describe, expect, it } from 'vitest';
import { QuestionType } from '../../../rules/enums';
import { checkAnswers, checkQuestions, isVisible, type QuestionSpec } from '../../../rules/questionnaire';
import { DEFAULT_QUESTIONNAIRES, TRAINING_QUESTIONNAIRE } from '../../../server/modules/questionnaire/default-questionnaires';
import { questions } from '../../support/questionnaire-questions';

const { TEXT, NUMBER, YES_NO, SINGLE_CHOICE, GROUP } = QuestionType;
const choices = (...values: string[]) => values.map((value) => ({ value, label: value }));

const valid = {
  system: 'Tyler Odyssey', volume: 120, hasRoom: true, roomSeats: 12, submitter: 'SHERIFF', delivery: ['FAX'], faxNumber: '555-0100',
  preferred: '2027-02-01', photos: ['a'.repeat(64)], stations: [{ location: 'Clerk', count: 3 }],
};
const fieldsOf = (answers: Record<string, unknown>, complete = true) => checkAnswers(questions, answers, { complete }).problems.map((p) => p.field);

describe('checkAnswers', () => {
  it('accepts complete valid answers and keeps them, listing photos', () => {
    const result = checkAnswers(questions, valid, { complete: true });
    expect(result.problems).toEqual([]);
    expect(result.kept).toEqual(valid);
    expect(result.photos).toEqual([{ field: 'photos[0]', sha256: 'a'.repeat(64) }]);
  });

  it('names every failing question: required, type, range, choices, dates, photos, group items', () => {
    expect(fieldsOf({
      volume: 5000, hasRoom: 'yes', submitter: 'DOJ', delivery: ['FAX', 'FAX'], preferred: '2027-02-30', photos: ['nope'],
      stations: [{ location: 'Clerk' }, { count: 0, location: 'Front' }],
    })).toEqual([
      'system', 'volume', 'hasRoom', 'submitter', 'delivery', 'preferred', 'photos', 'stations[0].count', 'stations[1].count',
    ]);
  });

  it('requires nothing in a draft but still checks the answers given', () => {
    expect(fieldsOf({}, false)).toEqual([]);
    expect(fieldsOf({ volume: -1 }, false)).toEqual(['volume']);
    expect(fieldsOf({}, true)).toEqual(['system', 'volume', 'hasRoom', 'submitter', 'stations']);
  });

  it('neither requires nor keeps a hidden question', () => {
    const result = checkAnswers(questions, { ...valid, hasRoom: false, roomSeats: 99, delivery: ['MAIL'], faxNumber: '555' }, { complete: true });
    expect(result.problems).toEqual([]);
    expect(result.kept).not.toHaveProperty('roomSeats');
    expect(result.kept).not.toHaveProperty('faxNumber');
    expect(fieldsOf({ ...valid, roomSeats: undefined })).toEqual(['roomSeats']);
    expect(fieldsOf({ ...valid, faxNumber: '' })).toEqual(['faxNumber']);
  });

  it('refuses answers to questions the version does not have', () => {
    expect(fieldsOf({ ...valid, colour: 'blue', stations: [{ location: 'Clerk', count: 1, extra: 1 }] })).toEqual(['colour', 'stations[0].extra']);
  });
});

describe('isVisible', () => {
  it('shows a conditional question only for the answer it waits on, inside groups from the outer answers too', () => {
    const seats = questions[3];
    expect(isVisible(seats, {})).toBe(false);
    expect(isVisible(seats, { hasRoom: false })).toBe(false);
    expect(isVisible(seats, { hasRoom: true })).toBe(true);
    expect(isVisible(questions[6], { delivery: ['MAIL', 'FAX'] })).toBe(true);
    const seatsThere: QuestionSpec = { key: 'seatsThere', label: 'Seats there', type: NUMBER, required: true, visibleWhen: { questionKey: 'hasRoom', equals: true } };
    expect(isVisible(seatsThere, {}, { hasRoom: true })).toBe(true);
    expect(isVisible(seatsThere, { hasRoom: false }, { hasRoom: true })).toBe(false);
    expect(TRAINING_QUESTIONNAIRE.questions.filter((q) => isVisible(q, { trainingRoom: false })).map((q) => q.key)).not.toContain('roomWorkstations');
  });
});

describe('checkQuestions', () => {
  it('accepts every seeded questionnaire', () => {
    for (const q of DEFAULT_QUESTIONNAIRES) expect(checkQuestions(q.questions), q.key).toEqual([]);
  });

  it('refuses bad keys, choice lists, ranges, nested groups and conditions on later or impossible answers', () => {
    const problems = checkQuestions([
      { key: 'Bad Key', label: 'x', type: TEXT, required: false },
      { key: 'pick', label: 'x', type: SINGLE_CHOICE, required: true, choices: choices('A') },
      { key: 'n', label: 'x', type: NUMBER, required: true, min: 5, max: 1 },
      { key: 'g', label: 'x', type: GROUP, required: false, questions: [{ key: 'inner', label: 'x', type: GROUP, required: false, questions: [] }] },
      { key: 'shown', label: 'x', type: TEXT, required: true, visibleWhen: { questionKey: 'later', equals: true } },
      { key: 'other', label: 'x', type: TEXT, required: true, visibleWhen: { questionKey: 'pick', equals: 'B' } },
      { key: 'later', label: 'x', type: YES_NO, required: true },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'questions[0].key', 'questions[1].choices', 'questions[2].max', 'questions[3].questions[0].type',
      'questions[4].visibleWhen.questionKey', 'questions[5].visibleWhen.equals',
    ]);
  });
});
