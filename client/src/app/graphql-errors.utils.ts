import { CombinedGraphQLErrors } from '@apollo/client';

// Reading the API's errors (docs/errors.md#reading-an-error): `extensions.code` says what happened and
// `extensions.details` carries what a screen needs to explain it.

/** The first GraphQL error of a failed operation; undefined for a network or other failure. */
export function graphQLErrorOf(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
}

/** `extensions.code` of the first GraphQL error ("UNAUTHENTICATED", "BAD_USER_INPUT", …). */
export function errorCodeOf(error: unknown): string | undefined {
  const code = graphQLErrorOf(error)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `extensions.details` of the first GraphQL error, as the caller knows the code's details to be. */
export function errorDetailsOf<Details extends object>(error: unknown): Partial<Details> {
  const details = graphQLErrorOf(error)?.extensions?.details;
  return details && typeof details === 'object' ? (details as Partial<Details>) : {};
}

/**
 * BAD_USER_INPUT's messages by input field, as sentences that start with the field's label. The API
 * names a field by its input path ("input.newPassword" → "newPassword") and phrases a message
 * either after the field ("is not your current password.") or with its name first ("code must be …").
 */
export function fieldMessagesOf(error: unknown, labels: Record<string, string>): Record<string, string> {
  if (errorCodeOf(error) !== 'BAD_USER_INPUT') return {};
  const { fields = [] } = errorDetailsOf<{ fields: { field: string; message: string }[] }>(error);
  const messages: Record<string, string> = {};
  for (const { field, message } of fields) {
    const name = field.split('.').at(-1) ?? field;
    const label = labels[name] ?? name;
    const text = message.startsWith(`${name} `) ? message.slice(name.length + 1) : message;
    const sentence = `${label.charAt(0).toUpperCase()}${label.slice(1)} ${text}`.replace(/([^.!?])$/, '$1.');
    messages[name] = messages[name] ? `${messages[name]} ${sentence}` : sentence;
  }
  return messages;
}

/** A sentence for a failure: the server's own message, or that it could not be reached. */
export function errorMessageOf(error: unknown): string {
  const graphQLError = graphQLErrorOf(error);
  if (graphQLError) return graphQLError.message;
  return 'The server could not be reached. Check the connection and try again.';
}
