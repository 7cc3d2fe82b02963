import { dateProblem, instantProblem, type DateKind } from '../../rules/dates';
import type { Context } from './context';
import { badInput, FieldProblem } from './errors';

/**
 * Refuses dates outside the bounds of rules/dates.ts (docs/domain.md#dates) with BAD_USER_INPUT
 * naming each field, against the server's clock. Fields left out (null or undefined) pass.
 */
export function refuseDatesOutOfBounds(ctx: Context, fields: { field: string; kind: DateKind; date: string | null | undefined }[]) {
  const now = ctx.clock.now();
  const problems: FieldProblem[] = fields.flatMap(({ field, kind, date }) => {
    const message = date ? dateProblem(kind, date, now) : null;
    return message ? [{ field, message }] : [];
  });
  if (problems.length) throw badInput(problems);
}

/** The problem with the instant something happened at, as a field problem, or none. */
export function instantFieldProblems(ctx: Context, field: string, instant: Date | null | undefined): FieldProblem[] {
  const message = instant ? instantProblem(instant, ctx.clock.now()) : null;
  return message ? [{ field, message }] : [];
}
