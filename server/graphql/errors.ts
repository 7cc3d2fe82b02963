import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../rules/error-codes';
import { recordTypeLabel, statusLabel } from '../../rules/labels';
import type { FieldProblem } from '../../rules/problems';

export type { ErrorCode, FieldProblem };

export const problem = (code: ErrorCode, message: string, details?: object) =>
  new GraphQLError(message, { extensions: { code, ...(details ? { details } : {}) } });

/**
 * No such record for the caller, worded alike whether it does not exist or is another court's
 * (docs/security.md#scoping). An id is no word: the message names the record's type, or says what
 * the caller typed ("CAT plan version 3 does not exist."); details keep the id.
 */
export const notFound = (noun: string, id: string, message?: string) =>
  problem('NOT_FOUND', message ?? `There is no ${recordTypeLabel(noun).toLowerCase()} with this id, or it is not shared with you.`, { noun, id });

/** The field an input path names, in words: "input.tasks[2].dueOffsetDays" → "task 3’s due offset days". */
export function fieldWords(path: string): string {
  return path.replace(/^input\./, '').split('.').map((part) => {
    const [, name, index] = /^(\w+?)(?:\[(\d+)\])?$/.exec(part) ?? [part, part];
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return index === undefined ? words : `${words.replace(/s$/, '')} ${Number(index) + 1}’s`;
  }).join(' ').replace(/’s (\S)/g, '’s $1');
}

/** Each problem as a sentence that names its field in words (the details keep the paths for the app). */
export const badInput = (fields: FieldProblem[]) =>
  problem('BAD_USER_INPUT', fields.map((f) => {
    const words = fieldWords(f.field);
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}: ${f.message}`;
  }).join(' '), { fields });

/** A status of `noun` in words ("IN_PROGRESS" → "in progress"); anything that is not a status stays as written. */
export const statusWords = (noun: string, status: string) => statusLabel(noun, status)?.toLowerCase() ?? status;

/** "in progress or open", for a list of statuses. */
export const statusList = (noun: string, statuses: readonly string[]) => statuses.map((s) => statusWords(noun, s)).join(' or ');

export const invalidTransition = (noun: string, id: string, from: string, to: string, why: string) =>
  problem('INVALID_TRANSITION',
    `The ${recordTypeLabel(noun).toLowerCase()} is ${statusWords(noun, from)} and cannot become ${statusWords(noun, to)}: ${why}`,
    { noun, id, from, to });

/** What the action needs (a lifecycle template, a CAT plan, scanner requirements) has not been published yet. */
export const notConfigured = (noun: string, message: string) => problem('NOT_CONFIGURED', message, { noun });
