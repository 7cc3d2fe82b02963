import { formatDate } from '../../../../rules/dates';
import type { Answers, QuestionSpec } from '../../../../rules/questionnaire';

// A questionnaire response's answers as a person reads them on the conflict page: each question by
// its text, each answer as the filler shows it, never the JSON the server keeps.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** "counterHours" → "Counter hours", for an answer whose question the device does not know. */
const keyInWords = (key: string) => {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** One answer in words: yes or no, a date as people write it, a choice by its label, a number with its unit, photos counted. */
export function answerInWords(question: QuestionSpec | undefined, value: unknown): string {
  if (isEmpty(value)) return 'No answer';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const choice = (v: unknown) => question?.choices?.find((c) => c.value === v)?.label ?? String(v);
  switch (question?.type) {
    case 'SINGLE_CHOICE':
      return choice(value);
    case 'MULTIPLE_CHOICE':
      return (Array.isArray(value) ? value : [value]).map(choice).join(', ');
    case 'NUMBER':
      return question.unit ? `${String(value)} ${question.unit}` : String(value);
    case 'PHOTO': {
      const count = Array.isArray(value) ? value.length : 1;
      return count === 1 ? '1 photo' : `${count} photos`;
    }
    case 'GROUP':
      return (Array.isArray(value) ? value : [value])
        .map((item, i) => `${i + 1}. ${answersInWords(question.questions ?? [], (item ?? {}) as Answers).map((a) => `${a.question}: ${a.answer}`).join('; ')}`)
        .join(' ');
    default:
      break;
  }
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(value) : value;
  if (Array.isArray(value)) return value.map((v) => answerInWords(undefined, v)).join(', ');
  if (typeof value === 'object') return answersInWords([], value as Answers).map((a) => `${a.question}: ${a.answer}`).join('; ');
  return String(value as number);
}

/**
 * Answers in words, question by question in the questionnaire's order (then any the device's copy of
 * it does not hold), each with its question's text.
 */
export function answersInWords(questions: readonly QuestionSpec[], answers: Answers): { key: string; question: string; answer: string }[] {
  const known = questions.filter((q) => q.key in answers);
  const unknown = Object.keys(answers).filter((key) => !questions.some((q) => q.key === key));
  return [
    ...known.map((q) => ({ key: q.key, question: q.label, answer: answerInWords(q, answers[q.key]) })),
    ...unknown.map((key) => ({ key, question: keyInWords(key), answer: answerInWords(undefined, answers[key]) })),
  ];
}
