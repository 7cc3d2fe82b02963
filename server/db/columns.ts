import { Column, ColumnOptions } from 'typeorm';

/**
 * The dialect the entities are declared for. Decorators run at import time, so the column type of
 * instants is chosen from the environment: `datetime` on SQLite, `timestamptz` on PostgreSQL.
 */
const isPostgres = () => (process.env.DATABASE_URL ?? '').startsWith('postgres');

/** The column type of an instant (UTC timestamp), for CreateDateColumn and friends too. */
export const instantType = () => (isPostgres() ? 'timestamptz' : 'datetime');

/** The column type of raw bytes (file contents): `blob` on SQLite, `bytea` on PostgreSQL. */
export const bytesType = () => (isPostgres() ? 'bytea' : 'blob');

/** An instant (UTC timestamp). */
export const InstantColumn = (options: Omit<ColumnOptions, 'type'> = {}) => Column({ ...options, type: instantType() });

/** A calendar date ("YYYY-MM-DD"). */
export const DateColumn = (options: Omit<ColumnOptions, 'type'> = {}) => Column({ ...options, type: 'date' });

/** JSON kept as text, so both databases store it the same way. */
export const JsonColumn = (options: Omit<ColumnOptions, 'type' | 'transformer'> = {}) =>
  Column({
    ...options,
    type: 'text',
    transformer: {
      to: (value: unknown) => (value === undefined || value === null ? value : JSON.stringify(value)),
      from: (value: string | null) => (value === null ? null : JSON.parse(value)),
    },
  });
