import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { log } from '../shared/log';
import { FieldProblem } from './errors';
import { isArmorRefusal } from './limits';

const APQ_HASH_MISMATCH = 'provided sha does not match query';

/**
 * Every error leaves with a code from the catalogue and a message a person can act on. Input that
 * fails validation becomes BAD_USER_INPUT naming each field; anything unexpected is logged and
 * answered without its stack or SQL (outside development).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeDetails: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors.flatMap((e) => flattenValidation(e, ''));
    return {
      message: `Some input is not valid: ${fields.map((f) => f.message).join('; ')}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', details: { fields } },
    };
  }
  const badValue = badValueProblem(formatted, original);
  if (badValue) {
    return {
      message: `Some input is not valid: ${badValue.field}: ${badValue.message}`,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', details: { fields: [badValue] } },
    };
  }
  if (isArmorRefusal(formatted.message)) {
    return { message: `${formatted.message.replace(/^Syntax Error: /, '')} Simplify the query.`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  // Apollo sends this one without a code; it is the client's mistake, not the server's, so it is
  // logged for whoever maintains the reporting tool, not as an error.
  if (formatted.message === APQ_HASH_MISMATCH) {
    log('info', 'persisted query hash mismatch', { code: 'BAD_REQUEST' });
    return {
      message: 'The persisted query hash is not the SHA-256 of the query text sent with it. Send the hash of exactly this text (hex, lowercase), or the text alone.',
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  const code = formatted.extensions?.code;
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    log('error', 'unexpected error', { error: String((original as Error)?.stack ?? original), path: formatted.path });
    if (!exposeDetails) {
      return { message: 'Something went wrong on the server. It has been logged; try again, and tell the CCPOR team if it persists.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  }
  if (!exposeDetails && formatted.extensions?.stacktrace) {
    const { stacktrace: _s, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  }
  return formatted;
}

export function flattenValidation(e: ValidationError, prefix: string): FieldProblem[] {
  const field = `${prefix}${e.property}`;
  const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(e.children ?? []).flatMap((c) => flattenValidation(c, `${field}.`))];
}

/**
 * A value the schema's types refuse before any resolver runs (a date that is no date, a number that
 * is text), written in the query or sent as a variable: BAD_USER_INPUT naming the field, as the
 * service's own checks do. GraphQL reports each such value as an error of its own, so every one is named.
 */
function badValueProblem(formatted: GraphQLFormattedError, original: unknown): FieldProblem | null {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const error = original as GraphQLError;
    // A scalar that refused a literal leaves its own error as the cause; other rules (unknown fields…) do not.
    const at = error?.positions?.[0];
    if (!(error?.originalError instanceof Error) || at === undefined || !error.source) return null;
    // The argument or input field the literal is written for: the name before it in the document.
    const field = /(\w+)\s*:\s*$/.exec(error.source.body.slice(0, at))?.[1];
    return field ? { field, message: inWords(formatted.message.replace(/^Expected value of type "[^"]+", found [^;]+; /, '')) } : null;
  }
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.details) {
    const variable = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.+)$/s.exec(formatted.message);
    if (variable) return { field: variable[2].replace(new RegExp(`^${variable[1]}\\.`), ''), message: inWords(variable[3]) };
    const missing = /^Variable "\$\w+" got invalid value .*?; Field "(\w+)" of required type "[^"]+" was not provided\.$/s.exec(formatted.message);
    if (missing) return { field: missing[1], message: 'is required' };
  }
  return null;
}

/** graphql-js's and the scalars' own phrasing of a refused value, in words (the value stays quoted). */
function inWords(message: string): string {
  const rewrites: [RegExp, string][] = [
    [/^Value (".*") does not exist in "\w+" enum\./s, '$1 is not one of the choices.'],
    [/^Boolean cannot represent a non boolean value: (.*)$/s, 'must be true or false, not $1'],
    [/^Int cannot represent non-integer value: (.*)$/s, 'must be a whole number, not $1'],
    [/^Int cannot represent non 32-bit signed integer value: (.*)$/s, 'is too large a number: $1'],
    [/^Float cannot represent non numeric value: (.*)$/s, 'must be a number, not $1'],
    [/^String cannot represent a non string value: (.*)$/s, 'must be text, not $1'],
    [/^Value is not a valid LocalDate: (.*)$/s, 'must be a date that exists, written YYYY-MM-DD, not $1'],
  ];
  const rule = rewrites.find(([pattern]) => pattern.test(message));
  return rule ? message.replace(rule[0], rule[1]) : message;
}
