import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int } from 'type-graphql';
import { Column, CreateDateColumn, Index, UpdateDateColumn, VersionColumn } from 'typeorm';
import { instantType } from './columns';

// The fields most records share, each a column and its GraphQL field in one decorator, so an entity
// declares them in one line and every record stores and exposes them the same way.

const combined =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };

/** The id of another record (the deployment, the run…): an indexed uuid, exposed as an ID. */
export const ReferenceField = (description: string) =>
  combined(Field(() => ID, { description }), Index(), Column({ type: 'uuid' }));

/** A short text (a title, a name, who did it) of at most `length` characters. */
export const ShortTextField = (description: string, { length = 200, nullable = false } = {}) =>
  combined(Field(() => String, { nullable, description }), Column({ type: 'varchar', length, nullable }));

/** A text of any length (notes, a description). */
export const LongTextField = (description: string, { nullable = false } = {}) =>
  combined(Field(() => String, { nullable, description }), Column({ type: 'text', nullable }));

/** When the record was created, set by the database. */
export const CreatedAtField = (description: string) =>
  combined(Field(() => DateTimeResolver, { description }), CreateDateColumn({ type: instantType() }));

/** When the record last changed, set by the database on every save. */
export const UpdatedAtField = (description = 'When it last changed.') =>
  combined(Field(() => DateTimeResolver, { description }), UpdateDateColumn({ type: instantType() }));

/** The optimistic-concurrency version a client sends back as `baseVersion`. */
export const VersionField = (description = 'Version for optimistic concurrency: send it back as baseVersion.') =>
  combined(Field(() => Int, { description }), VersionColumn({ type: 'integer' }));
