import { ValidationError } from 'class-validator';
import { dateProblem, instantProblem, isIsoDate, type DateKind } from '../../rules/dates';
import type { Context } from './context';
import { badInput, FieldProblem } from './errors';

/** What a bounded field holds: a calendar date of a kind, or the instant something happened at. */
export type BoundKind = DateKind | 'instant';

const BOUNDED = new Map<object, { property: string; kind: BoundKind | ((input: Record<string, unknown>) => BoundKind) }[]>();

/**
 * Marks an input field as bounded by rules/dates.ts (docs/domain.md#dates). The schema checks it
 * with the input's other rules, against the server's clock, so that one BAD_USER_INPUT names every
 * bad field at once; `kind` may depend on the input (a meeting held or planned).
 */
export function DateBound(kind: BoundKind | ((input: Record<string, unknown>) => BoundKind)): PropertyDecorator {
  return (prototype, property) => {
    const list = BOUNDED.get(prototype.constructor) ?? [];
    list.push({ property: String(property), kind });
    BOUNDED.set(prototype.constructor, list);
  };
}

/** The bounded fields of an input (its class and the classes it extends) that lie outside their bounds at `now`. */
export function dateBoundProblems(input: object, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const values = input as Record<string, unknown>;
  for (let proto = Object.getPrototypeOf(input) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const { property, kind } of BOUNDED.get(proto.constructor) ?? []) {
      const value = values[property];
      if (value === null || value === undefined) continue;
      const k = typeof kind === 'function' ? kind(values) : kind;
      let message: string | null = null;
      if (k === 'instant') {
        const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
        message = instant && !Number.isNaN(instant.getTime()) ? instantProblem(instant, now) : null;
      } else if (typeof value === 'string' && isIsoDate(value)) {
        message = dateProblem(k, value, now);
      }
      if (message) problems.push({ field: property, message });
    }
  }
  return problems;
}

/** The same problems as class-validator's errors, so that the schema reports them with the input's other rules. */
export const dateBoundErrors = (input: object, now: Date): ValidationError[] =>
  dateBoundProblems(input, now).map(({ field, message }) =>
    Object.assign(new ValidationError(), { property: field, constraints: { dateBound: `${field} ${message}` }, children: [] }));

/**
 * Refuses dates outside the bounds of rules/dates.ts (docs/domain.md#dates) with BAD_USER_INPUT
 * naming each field, against the server's clock. Fields left out (null or undefined) pass. For
 * values that do not arrive as a bounded argument (a sync's merged values, a bulk item).
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
