import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn, instantType } from '../../db/columns';
import { CreatedAtField, IdField, ShortTextField } from '../../db/record-fields';
import { ConflictStatus, ConflictResolution } from '../../../rules/enums';

export { ConflictStatus, ConflictResolution };

/**
 * The outcome of every mutation that carried a mutationId, written in the same transaction as the
 * change. The primary key makes a second process applying the same id lose, and read the winner's outcome.
 */
@Entity('processed_mutation')
export class ProcessedMutation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  mutationId!: string;

  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  /** SHA-256 of the operation and its input, to tell a replay from a reused id. */
  @Column({ type: 'varchar', length: 64 })
  inputHash!: string;

  /** The stored result (entities as references) or the coded error. */
  @JsonColumn({ nullable: true })
  outcome!: StoredOutcome | null;

  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;
}

export type StoredOutcome =
  | { ok: unknown }
  | { error: { message: string; code: string; details?: unknown } };

registerEnumType(ConflictStatus, {
  name: 'ConflictStatus',
  description: 'Whether a person has resolved a conflict yet.',
  valuesConfig: {
    OPEN: { description: 'Waiting for a person to keep theirs, take the server’s or merge.' },
    RESOLVED: { description: 'Resolved by a later mutation.' },
  },
});

registerEnumType(ConflictResolution, {
  name: 'ConflictResolution',
  description: 'How a person resolved a conflict.',
  valuesConfig: {
    KEEP_MINE: { description: 'The refused values were applied over the server’s.' },
    TAKE_THEIRS: { description: 'The server’s values were kept; the refused ones were dropped.' },
    MERGE: { description: 'Values merged field by field by the person were applied.' },
  },
});

@Entity('conflict')
@ObjectType({ description: 'An update sent with a stale baseVersion: nothing was changed, and both values are kept here.' })
export class Conflict {
  @IdField()
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The mutationId of the refused update, when it carried one.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  mutationId!: string | null;

  @ShortTextField('The operation refused, e.g. updateDependency.', { length: 60 })
  operation!: string;

  @ShortTextField('Type of the record, e.g. Dependency.', { length: 40 })
  entityType!: string;

  @Field(() => ID, { description: 'Id of the record.' })
  @Index()
  @Column({ type: 'varchar', length: 36 })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: 'Deployment the record belongs to.' })
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  deploymentId!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The values the sender wanted to write.' })
  @JsonColumn()
  attempted!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: "The server's values of the same fields when the update arrived." })
  @JsonColumn()
  server!: Record<string, unknown>;

  @Field(() => Int, { description: 'The version the sender based its change on.' })
  @Column({ type: 'integer' })
  baseVersion!: number;

  @Field(() => Int, { description: "The server's version when the update arrived." })
  @Column({ type: 'integer' })
  serverVersion!: number;

  @ShortTextField('Who made the server’s current values.', { nullable: true })
  serverUpdatedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the server’s current values were made.' })
  @InstantColumn({ nullable: true })
  serverUpdatedAt!: Date | null;

  @Field(() => String, { description: 'Who sent the refused update.' })
  @Index()
  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;

  @CreatedAtField('When the refused update arrived.')
  createdAt!: Date;

  @Field(() => ConflictStatus, { description: 'Open until a person resolves it.' })
  @Index()
  @Column({ type: 'varchar', length: 8 })
  status!: ConflictStatus;

  @Field(() => ConflictResolution, { nullable: true, description: 'How it was resolved.' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  resolution!: ConflictResolution | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values the record has after the resolution, of the same fields.' })
  @JsonColumn({ nullable: true })
  resolvedValues!: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: 'The record’s version after the resolution: send it as baseVersion next.' })
  @Column({ type: 'integer', nullable: true })
  resolvedVersion!: number | null;

  @ShortTextField('Who resolved it.', { nullable: true })
  resolvedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was resolved.' })
  @InstantColumn({ nullable: true })
  resolvedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The mutationId of the resolution.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  resolutionMutationId!: string | null;
}
