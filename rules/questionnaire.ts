// Questions of a questionnaire and the checks of answers against them (docs/domain.md#questionnaires):
// which questions show, what is wrong with an answer, what a submission requires. The server
// decides with them; the filler shows each problem next to its question, offline too, in the same words.
import { isIsoDate } from './dates';
import { QuestionType } from './enums';
import { MAX_LENGTH } from './limits';
import type { FieldProblem } from './problems';

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
  choices?: readonly ChoiceSpec[] | null;
  /** Shown only when the answer to an earlier question has this value (or, for a list, contains it). */
  visibleWhen?: { questionKey: string; equals: unknown } | null;
  /** The questions of a GROUP, answered once per item. */
  questions?: readonly QuestionSpec[] | null;
}

export const MAX_TEXT = MAX_LENGTH.notes;
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

/** An answer that counts as not given: nothing, blank text or an empty list. */
export const isEmptyAnswer = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

const matches = (answer: unknown, equals: unknown) => (Array.isArray(answer) ? answer.includes(equals) : answer === equals);

/**
 * Whether a question shows, given the answers at its level and, inside a group item, the answers
 * of the questionnaire around it (a group's question may depend on an earlier top-level one).
 */
export function isVisible(question: QuestionSpec, answers: Answers, outer: Answers = {}): boolean {
  if (!question.visibleWhen) return true;
  const { questionKey, equals } = question.visibleWhen;
  return matches(questionKey in answers ? answers[questionKey] : outer[questionKey], equals);
}

/**
 * Validates answers against questions, naming each problem by field ("staffCount",
 * "orderVolumes[1].monthlyVolume"). A draft checks only the answers given; a submission also
 * requires every required question that is visible. A hidden question is neither required nor kept.
 */
export function checkAnswers(questions: readonly QuestionSpec[], answers: Answers, options: { complete: boolean }): AnswerCheck {
  const result: AnswerCheck = { problems: [], kept: {}, photos: [] };
  result.kept = checkLevel(questions, answers, '', options.complete, result, {});
  return result;
}

function checkLevel(questions: readonly QuestionSpec[], answers: Answers, path: string, complete: boolean, out: AnswerCheck, outer: Answers): Answers {
  // A condition reads only the answers kept so far: those without a problem.
  const kept: Answers = {};
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) out.problems.push({ field: `${path}${key}`, message: 'is not a question of this questionnaire version.' });
  }
  for (const q of questions) {
    const field = `${path}${q.key}`;
    if (!isVisible(q, kept, outer)) continue;
    const value = answers[q.key];
    if (isEmptyAnswer(value)) {
      // The message follows the question's label where a person reads it, and its field in the API.
      if (complete && q.required) out.problems.push({ field, message: 'is required.' });
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
export function checkQuestions(questions: readonly QuestionSpec[], path = 'questions', outer: readonly QuestionSpec[] = []): FieldProblem[] {
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
