/**
 * Values of a record's child fields read together with the record (a list page the database built
 * in one statement, docs/benchmarks.md#list-pages-in-one-statement), kept on the record under a
 * symbol so that no column or relation of the entity is mistaken for them. A child field's resolver
 * answers the preloaded value when there is one, else reads it as it always does.
 */
const PRELOADED = Symbol('preloaded');

type Preloading = { [PRELOADED]?: Record<string, unknown> };

/** Keeps `values` (by field name) on `record`; returns the record. */
export function preload<T extends object>(record: T, values: Record<string, unknown>): T {
  (record as Preloading)[PRELOADED] = values;
  return record;
}

/** The value of `field` read with `record`, or undefined when it was not. */
export const preloaded = <V>(record: object, field: string): V | undefined => (record as Preloading)[PRELOADED]?.[field] as V | undefined;
