// A questionnaire with a question of every type, two conditional questions and a repeat group:
// the shared rules' tests and the filler's read the same one.
import { QuestionType } from '../../rules/enums';
import type { QuestionSpec } from '../../rules/questionnaire';

const { TEXT, NUMBER, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, PHOTO, GROUP } = QuestionType;
const choices = (...values: string[]) => values.map((value) => ({ value, label: value }));

export const questions: QuestionSpec[] = [
  { key: 'system', label: 'Local order system', type: TEXT, required: true },
  { key: 'volume', label: 'Orders a month', type: NUMBER, required: true, unit: 'orders', min: 0, max: 1000 },
  { key: 'hasRoom', label: 'Training room?', type: YES_NO, required: true },
  { key: 'roomSeats', label: 'Seats', type: NUMBER, required: true, min: 1, max: 50, visibleWhen: { questionKey: 'hasRoom', equals: true } },
  { key: 'submitter', label: 'Who submits to CARPOS', type: SINGLE_CHOICE, required: true, choices: choices('COURT', 'SHERIFF', 'OTHER') },
  { key: 'delivery', label: 'How orders reach the sheriff', type: MULTIPLE_CHOICE, required: false, choices: choices('FAX', 'MAIL') },
  { key: 'faxNumber', label: 'Fax number', type: TEXT, required: true, visibleWhen: { questionKey: 'delivery', equals: 'FAX' } },
  { key: 'preferred', label: 'Preferred date', type: DATE, required: false },
  { key: 'photos', label: 'Photos', type: PHOTO, required: false },
  { key: 'stations', label: 'Workstations', type: GROUP, required: true, questions: [
    { key: 'location', label: 'Location', type: TEXT, required: true },
    { key: 'count', label: 'How many', type: NUMBER, required: true, min: 1 },
  ] },
];
