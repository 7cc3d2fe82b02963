import { MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CONTACT_READERS } from './roles';

const NOT_SHOWN = {
  name: 'Name not shown to reporters',
  email: 'E-mail not shown to reporters',
  phone: 'Phone number not shown to reporters',
} as const;

/**
 * Marks a field holding a person's contact detail: an e-mail address, a telephone number, or the
 * name of a court's or agency's person recorded in a deployment (docs/security.md#contact-details).
 * A role outside CONTACT_READERS (REPORTER) reads the placeholder in its place, one per name of a
 * list, wherever the field is reached; a missing value stays missing.
 */
export const ContactDetail = (kind: keyof typeof NOT_SHOWN) => UseMiddleware(hidden(NOT_SHOWN[kind]));

const hidden = (placeholder: string): MiddlewareFn<Context> => async ({ context }, next) => {
  const value: unknown = await next();
  if (value === null || value === undefined || CONTACT_READERS.includes(context.actor.role!)) return value;
  return Array.isArray(value) ? value.map(() => placeholder) : placeholder;
};
