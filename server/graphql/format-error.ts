import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
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
