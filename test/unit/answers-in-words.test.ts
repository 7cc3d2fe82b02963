import { describe, expect, it } from 'vitest';
import { answersInWords } from '../../client/src/features/sync/answers-in-words';
import { formatDate } from '../../rules/dates';
import { questions } from '../support/questionnaire-questions';

// The conflict page shows a questionnaire response's answers as a person reads them (client/src/features/sync/conflict.page.tsx).
describe('answersInWords', () => {
  it('names each question by its text and says each answer in words, in the questionnaire’s order', () => {
    const labelled = questions.map((q) => (q.key === 'submitter' ? { ...q, choices: [{ value: 'COURT', label: 'The court' }, { value: 'SHERIFF', label: 'The sheriff' }] } : q))
      .map((q) => (q.key === 'delivery' ? { ...q, choices: [{ value: 'FAX', label: 'By fax' }, { value: 'MAIL', label: 'By mail' }] } : q));
    const photo = 'a'.repeat(64);
    expect(answersInWords(labelled, {
      stations: [{ location: 'Clerk window', count: 2 }], preferred: '2027-01-05', hasRoom: false, submitter: 'SHERIFF',
      delivery: ['FAX', 'MAIL'], volume: 120, system: 'Odyssey', photos: [photo, photo], faxNumber: null,
    })).toEqual([
      { key: 'system', question: 'Local order system', answer: 'Odyssey' },
      { key: 'volume', question: 'Orders a month', answer: '120 orders' },
      { key: 'hasRoom', question: 'Training room?', answer: 'No' },
      { key: 'submitter', question: 'Who submits to CARPOS', answer: 'The sheriff' },
      { key: 'delivery', question: 'How orders reach the sheriff', answer: 'By fax, By mail' },
      { key: 'faxNumber', question: 'Fax number', answer: 'No answer' },
      { key: 'preferred', question: 'Preferred date', answer: formatDate('2027-01-05') },
      { key: 'photos', question: 'Photos', answer: '2 photos' },
      { key: 'stations', question: 'Workstations', answer: '1. Location: Clerk window; How many: 2' },
    ]);
  });

  it('reads answers to questions the device does not know by their key, still in words', () => {
    expect(answersInWords([], { counterHours: '8:00 to 16:00', confirmedOn: '2027-02-01', ready: true })).toEqual([
      { key: 'counterHours', question: 'Counter hours', answer: '8:00 to 16:00' },
      { key: 'confirmedOn', question: 'Confirmed on', answer: formatDate('2027-02-01') },
      { key: 'ready', question: 'Ready', answer: 'Yes' },
    ]);
  });
});
