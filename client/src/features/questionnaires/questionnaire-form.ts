// The questionnaire filler's rules on the device: which questions show, what is wrong with an
// answer, and which answers a draft save sends. They mirror server/modules/questionnaire/
// questionnaire-rules.ts (the server decides; test/unit/questionnaire-form.test.ts checks that both
// name the same questions), so a person sees each problem next to its question while offline.
// The server's module cannot be bundled here: its enum registers itself with type-graphql.

export type Answers = Record<string, unknown>;

export type QuestionKind = 'TEXT' | 'NUMBER' | 'YES_NO' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'DATE' | 'PHOTO' | 'GROUP';

/** What the rules read of a question: the generated `Question` type and the server's spec both fit. */
export interface QuestionLike {
  key: string;
  label: string;
  type: QuestionKind;
  required: boolean;
  unit?: string | null;
  min?: number | null;
  max?: number | null;
  choices?: readonly { value: string; label: string }[] | null;
  visibleWhen?: { questionKey: string; equals: unknown } | null;
  questions?: readonly QuestionLike[] | null;
}

export const MAX_TEXT = 5000;
export const MAX_ITEMS = 100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export const isEmptyAnswer = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

const matches = (answer: unknown, equals: unknown) => (Array.isArray(answer) ? answer.includes(equals) : answer === equals);

/**
 * Whether a question shows, given the answers at its level and, inside a group item, the answers
 * of the questionnaire around it (a group's question may depend on an earlier top-level one).
 */
export function isVisible(question: QuestionLike, answers: Answers, outer: Answers = {}): boolean {
  if (!question.visibleWhen) return true;
  const { questionKey, equals } = question.visibleWhen;
  return matches(questionKey in answers ? answers[questionKey] : outer[questionKey], equals);
}

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** What is wrong with a non-empty answer, in the server's words, or null. */
export function problemOfValue(q: QuestionLike, value: unknown): string | null {
  const choiceValues = (q.choices ?? []).map((c) => c.value);
  switch (q.type) {
    case 'TEXT':
      if (typeof value !== 'string') return 'must be text.';
      return value.length > MAX_TEXT ? `must be at most ${MAX_TEXT} characters.` : null;
    case 'NUMBER': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number.';
      const unit = q.unit ? ` ${q.unit}` : '';
      if (q.min !== null && q.min !== undefined && value < q.min) return `must be at least ${q.min}${unit}.`;
      if (q.max !== null && q.max !== undefined && value > q.max) return `must be at most ${q.max}${unit}.`;
      return null;
    }
    case 'YES_NO':
      return typeof value === 'boolean' ? null : 'must be yes or no.';
    case 'SINGLE_CHOICE':
      return typeof value === 'string' && choiceValues.includes(value) ? null : 'must be one of the choices.';
    case 'MULTIPLE_CHOICE':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !choiceValues.includes(v))) return 'must be a list of the choices.';
      return new Set(value).size === value.length ? null : 'lists a choice twice.';
    case 'DATE':
      return typeof value === 'string' && isIsoDate(value) ? null : 'must be a date (YYYY-MM-DD).';
    case 'PHOTO':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && SHA256_HEX.test(v)) ? null : 'must be a list of uploaded photos.';
    case 'GROUP':
      if (!Array.isArray(value) || value.length > MAX_ITEMS || value.some((v) => !v || typeof v !== 'object' || Array.isArray(v))) {
        return `must be a list of up to ${MAX_ITEMS} items.`;
      }
      return null;
  }
}

/**
 * Problems by field ("staffCount", "orderVolumes[1].monthlyVolume"), as the server names them.
 * A draft (`complete: false`) checks only the answers given; a submission also requires every
 * visible required question. Hidden questions are never checked.
 */
export function answerProblems(questions: readonly QuestionLike[], answers: Answers, options: { complete: boolean }): Record<string, string> {
  const problems: Record<string, string> = {};
  checkLevel(questions, answers, '', options.complete, problems, {});
  return problems;
}

function checkLevel(questions: readonly QuestionLike[], answers: Answers, path: string, complete: boolean, out: Record<string, string>, outer: Answers) {
  // As on the server, a condition reads only the answers without a problem.
  const kept: Answers = {};
  for (const q of questions) {
    const field = `${path}${q.key}`;
    if (!isVisible(q, kept, outer)) continue;
    const value = answers[q.key];
    if (isEmptyAnswer(value)) {
      if (complete && q.required) out[field] = 'is required.';
      continue;
    }
    const problem = problemOfValue(q, value);
    if (problem) out[field] = problem;
    else {
      kept[q.key] = value;
      if (q.type === 'GROUP') (value as Answers[]).forEach((item, i) => checkLevel(q.questions ?? [], item, `${field}[${i}].`, complete, out, kept));
    }
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The changes a draft save sends: every top-level answer that differs from `saved` and has no
 * problem (a group only when all its items are fine), a cleared answer as null (the server's
 * "clear"). Answers with a problem stay on the form, shown with their problem, until corrected.
 */
export function draftChanges(questions: readonly QuestionLike[], saved: Answers, current: Answers): Answers {
  const problems = answerProblems(questions, current, { complete: false });
  const changes: Answers = {};
  for (const q of questions) {
    const value = current[q.key];
    if (same(isEmptyAnswer(value) ? null : value, isEmptyAnswer(saved[q.key]) ? null : saved[q.key])) continue;
    if (Object.keys(problems).some((field) => field === q.key || field.startsWith(`${q.key}[`))) continue;
    changes[q.key] = isEmptyAnswer(value) ? null : value;
  }
  return changes;
}

/** A typed-in number as the answer: a number when it reads as one, else the text (flagged as not a number). */
export function numberAnswer(text: string): number | string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}
