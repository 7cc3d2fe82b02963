import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Free text: at least `min` characters besides spaces at either end (the services trim) and at most
 * `max` in all, counted in code points as PostgreSQL's varchar(n) counts them; never NUL, which
 * PostgreSQL cannot store.
 */
export function Text(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy({
    name: 'text',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && !value.includes('\u0000') && [...value.trim()].length >= min && [...value].length <= max,
      defaultMessage: (args) => (typeof args?.value === 'string' && args.value.includes('\u0000')
        ? `${args.property} must not contain the NUL character (U+0000)`
        : `${args?.property} must be ${min} to ${max} characters, not counting spaces at either end`),
    },
  }, options);
}
