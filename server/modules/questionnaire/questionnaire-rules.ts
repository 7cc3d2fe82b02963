// Questions of a questionnaire and the validation of answers against them. Pure functions: no
// database, so the rules are unit-tested on their own.
import type { FieldProblem } from '../../graphql/errors';
import { isIsoDate } from '../../shared/dates';
import { QuestionType } from './questionnaire.enums';

export type Answers = Record<string, unknown>;

export interface ChoiceSpec {
  value: string;
  label: string;
}

export interface QuestionSpec {
  /** Stable key in camelCase; answers are keyed by it. */
  key: string;
  label: string;
  help?: string | null;
  type: QuestionType;
  required: boolean;
  unit?: string | null;
  min?: number | null;
  max?: number | null;
  choices?: ChoiceSpec[] | null;
  /** Shown only when the answer to an earlier question has this value (or, for a list, contains it). */
  visibleWhen?: { questionKey: string; equals: unknown } | null;
  /** The questions of a GROUP, answered once per item. */
  questions?: QuestionSpec[] | null;
}

export const MAX_TEXT = 5000;
export const MAX_ITEMS = 100;
export const MAX_PHOTOS = 20;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const CHOICE_TYPES: QuestionType[] = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE];

export interface AnswerCheck {
  problems: FieldProblem[];
  /** The answers to keep: known, visible, non-empty questions only. */
  kept: Answers;
  /** Every photo referenced, with where. */
  photos: { field: string; sha256: string }[];
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

const matches = (answer: unknown, equals: unknown) => (Array.isArray(answer) ? answer.includes(equals) : answer === equals);

/**
 * Validates answers against questions. A draft checks only the answers given; a submission also
 * requires every required question that is visible. A hidden question is neither required nor kept.
 */
export function checkAnswers(questions: QuestionSpec[], answers: Answers, options: { complete: boolean }): AnswerCheck {
  const result: AnswerCheck = { problems: [], kept: {}, photos: [] };
  result.kept = checkLevel(questions, answers, '', options.complete, result, {});
  return result;
}

function checkLevel(questions: QuestionSpec[], answers: Answers, path: string, complete: boolean, out: AnswerCheck, outer: Answers): Answers {
  const kept: Answers = {};
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) out.problems.push({ field: `${path}${key}`, message: 'is not a question of this questionnaire version.' });
  }
  for (const q of questions) {
    const field = `${path}${q.key}`;
    if (q.visibleWhen) {
      const controlling = q.visibleWhen.questionKey in kept ? kept[q.visibleWhen.questionKey] : outer[q.visibleWhen.questionKey];
      if (!matches(controlling, q.visibleWhen.equals)) continue;
    }
    const value = answers[q.key];
    if (isEmpty(value)) {
      if (complete && q.required) out.problems.push({ field, message: `is required: ${q.label}` });
      continue;
    }
    const problem = checkValue(q, value, field, out);
    if (problem) out.problems.push({ field, message: problem });
    else kept[q.key] = q.type === QuestionType.GROUP ? (value as Answers[]).map((item, i) => checkLevel(q.questions ?? [], item, `${field}[${i}].`, complete, out, kept))
      : typeof value === 'string' ? value.trim() : value;
  }
  return kept;
}

/** What is wrong with a non-empty answer, or null. */
function checkValue(q: QuestionSpec, value: unknown, field: string, out: AnswerCheck): string | null {
  const choiceValues = (q.choices ?? []).map((c) => c.value);
  switch (q.type) {
    case QuestionType.TEXT:
      if (typeof value !== 'string') return 'must be text.';
      return value.length > MAX_TEXT ? `must be at most ${MAX_TEXT} characters.` : null;
    case QuestionType.NUMBER: {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number.';
      const unit = q.unit ? ` ${q.unit}` : '';
      if (q.min !== null && q.min !== undefined && value < q.min) return `must be at least ${q.min}${unit}.`;
      if (q.max !== null && q.max !== undefined && value > q.max) return `must be at most ${q.max}${unit}.`;
      return null;
    }
    case QuestionType.YES_NO:
      return typeof value === 'boolean' ? null : 'must be yes (true) or no (false).';
    case QuestionType.SINGLE_CHOICE:
      return typeof value === 'string' && choiceValues.includes(value) ? null : `must be one of ${choiceValues.join(', ')}.`;
    case QuestionType.MULTIPLE_CHOICE:
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !choiceValues.includes(v))) return `must be a list of ${choiceValues.join(', ')}.`;
      return new Set(value).size === value.length ? null : 'lists a choice twice.';
    case QuestionType.DATE:
      return typeof value === 'string' && isIsoDate(value) ? null : 'must be a date (YYYY-MM-DD).';
    case QuestionType.PHOTO:
      if (!Array.isArray(value) || value.length > MAX_PHOTOS || value.some((v) => typeof v !== 'string' || !SHA256_HEX.test(v))) {
        return `must be a list of up to ${MAX_PHOTOS} SHA-256 of files uploaded through POST /files.`;
      }
      value.forEach((sha256, i) => out.photos.push({ field: `${field}[${i}]`, sha256 }));
      return null;
    case QuestionType.GROUP:
      if (!Array.isArray(value) || value.length > MAX_ITEMS || value.some((v) => !v || typeof v !== 'object' || Array.isArray(v))) {
        return `must be a list of up to ${MAX_ITEMS} answer objects.`;
      }
      return null;
  }
}

/** Problems of the questions of a questionnaire version about to be published, by field. */
export function checkQuestions(questions: QuestionSpec[], path = 'questions', outer: QuestionSpec[] = []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!questions.length) problems.push({ field: path, message: 'needs at least one question.' });
  const earlier: QuestionSpec[] = [];
  questions.forEach((q, i) => {
    const at = `${path}[${i}]`;
    if (!KEY.test(q.key)) problems.push({ field: `${at}.key`, message: 'must be camelCase letters and digits, up to 40.' });
    if (earlier.some((e) => e.key === q.key)) problems.push({ field: `${at}.key`, message: `${q.key} is used twice.` });
    const isChoice = CHOICE_TYPES.includes(q.type);
    const values = (q.choices ?? []).map((c) => c.value);
    if (isChoice && values.length < 2) problems.push({ field: `${at}.choices`, message: 'a choice question needs at least two choices.' });
    if (isChoice && new Set(values).size !== values.length) problems.push({ field: `${at}.choices`, message: 'choice values must differ.' });
    if (!isChoice && q.choices?.length) problems.push({ field: `${at}.choices`, message: `a ${q.type} question has no choices.` });
    if (q.type !== QuestionType.NUMBER && (q.unit || isSet(q.min) || isSet(q.max))) problems.push({ field: `${at}.type`, message: 'only a NUMBER question has a unit, min or max.' });
    if (isSet(q.min) && isSet(q.max) && q.min! > q.max!) problems.push({ field: `${at}.max`, message: 'must be at least min.' });
    if (q.type === QuestionType.GROUP) {
      if (outer.length) problems.push({ field: `${at}.type`, message: 'a group cannot hold another group.' });
      else problems.push(...checkQuestions(q.questions ?? [], `${at}.questions`, earlier));
    } else if (q.questions?.length) problems.push({ field: `${at}.questions`, message: 'only a GROUP has nested questions.' });
    if (q.visibleWhen) {
      const on = earlier.find((e) => e.key === q.visibleWhen!.questionKey) ?? outer.find((e) => e.key === q.visibleWhen!.questionKey);
      if (!on) problems.push({ field: `${at}.visibleWhen.questionKey`, message: `must name an earlier question; ${q.visibleWhen.questionKey} is not one.` });
      else if (!conditionFits(on, q.visibleWhen.equals)) problems.push({ field: `${at}.visibleWhen.equals`, message: `${JSON.stringify(q.visibleWhen.equals)} can never be an answer to ${on.key}.` });
    }
    earlier.push(q);
  });
  return problems;
}

const isSet = (v: unknown) => v !== null && v !== undefined;

function conditionFits(on: QuestionSpec, equals: unknown): boolean {
  switch (on.type) {
    case QuestionType.YES_NO: return typeof equals === 'boolean';
    case QuestionType.NUMBER: return typeof equals === 'number';
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE: return (on.choices ?? []).some((c) => c.value === equals);
    case QuestionType.TEXT:
    case QuestionType.DATE: return typeof equals === 'string';
    default: return false;
  }
}
