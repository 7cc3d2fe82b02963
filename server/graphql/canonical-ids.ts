import { getNullableType, GraphQLID, GraphQLInputType, isInputObjectType, isListType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs, which RFC 9562 reads case-insensitively: store and look them up in lower case on every database. */
function canonical(value: unknown, type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (value === null || value === undefined) return value;
  if (isListType(inner)) return Array.isArray(value) ? value.map((v) => canonical(v, inner.ofType)) : canonical(value, inner.ofType);
  if (isInputObjectType(inner) && typeof value === 'object') {
    const fields = inner.getFields();
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fields[k] ? canonical(v, fields[k].type) : v]));
  }
  return inner === GraphQLID && typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : value;
}

/** The path of the first string holding NUL, which PostgreSQL cannot store in text. */
function nulAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) return value.reduce<string | null>((found, v, i) => found ?? nulAt(v, `${path}.${i}`), null);
  if (value && typeof value === 'object') return Object.entries(value).reduce<string | null>((found, [k, v]) => found ?? nulAt(v, `${path}.${k}`), null);
  return null;
}

/** Every argument of every operation: ids in lower case, and no NUL character anywhere. */
export const CanonicalIds: MiddlewareFn = ({ args, info }, next) => {
  for (const arg of info.parentType.getFields()[info.fieldName]?.args ?? []) {
    if (!(arg.name in args)) continue;
    const nul = nulAt(args[arg.name], arg.name);
    if (nul) throw badInput([{ field: nul.replace(/^input\./, '').replace(/\.\d+/g, ''), message: 'must not contain the NUL character (U+0000).' }]);
    args[arg.name] = canonical(args[arg.name], arg.type);
  }
  return next();
};
