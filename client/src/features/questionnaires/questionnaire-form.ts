// The questionnaire filler's side of the shared questionnaire rules (rules/questionnaire.ts): the
// problems by field as the form shows them, which answers a draft save sends, and typed-in numbers.
import { checkAnswers, isEmptyAnswer, type Answers, type QuestionSpec } from '../../../../rules/questionnaire';

/**
 * Problems by field ("staffCount", "orderVolumes[1].monthlyVolume"), in the server's words. A draft
 * (`complete: false`) checks only the answers given; a submission also requires every visible
 * required question. Hidden questions are never checked.
 */
export function answerProblems(questions: readonly QuestionSpec[], answers: Answers, options: { complete: boolean }): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const { field, message } of checkAnswers(questions, answers, options).problems) problems[field] ??= message;
  return problems;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The changes a draft save sends: every top-level answer that differs from `saved` and has no
 * problem (a group only when all its items are fine), a cleared answer as null (the server's
 * "clear"). Answers with a problem stay on the form, shown with their problem, until corrected.
 */
export function draftChanges(questions: readonly QuestionSpec[], saved: Answers, current: Answers): Answers {
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
