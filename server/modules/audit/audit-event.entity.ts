import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { IdField, ShortTextField } from '../../db/record-fields';
import { AuditKind } from '../../../rules/enums';

export { AuditKind };

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'A change of a record, or a security event.',
  valuesConfig: {
    CHANGE: { description: 'A record was created, changed or deleted (written in the same transaction).' },
    SECURITY: { description: 'A sign-in, a failure, a lockout, a token created or revoked, or a permission denied.' },
  },
});

@Entity('audit_event')
@Index(['entityType', 'entityId'])
@ObjectType({ description: 'One entry of the append-only audit trail.' })
export class AuditEvent {
  @IdField()
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When it happened.' })
  @Index()
  @InstantColumn()
  at!: Date;

  @Field(() => AuditKind, { description: 'A change or a security event.' })
  @Column({ type: 'varchar', length: 8 })
  kind!: AuditKind;

  @Field(() => ID, { nullable: true, description: 'The user who acted, if known.' })
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @ShortTextField('Name of who acted (or the e-mail given, for a failed sign-in).', { length: 254 })
  actor!: string;

  @ShortTextField('Role of who acted.', { length: 16, nullable: true })
  role!: string | null;

  @Field(() => String, { description: 'The operation, e.g. completeTask or SIGN_IN_FAILED.' })
  @Index()
  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  @ShortTextField('Type of the record changed, e.g. Task.', { length: 40, nullable: true })
  entityType!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the record changed (a file\'s SHA-256 for a file).' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of the changed fields before the change.' })
  @JsonColumn({ nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of the changed fields after the change.' })
  @JsonColumn({ nullable: true })
  after!: Record<string, unknown> | null;

  @ShortTextField('Client address of the request.', { length: 64, nullable: true })
  clientAddress!: string | null;
}
