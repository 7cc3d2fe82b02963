import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn, JsonColumn, instantType } from '../../db/columns';
import { CreatedAtField, IdField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { MailDelivery, MailKind, Role } from '../../../rules/enums';
import { DEFAULT_TIME_ZONE } from '../../../rules/times';

export { Role };

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do in CCPOR Deploy (docs/security.md#roles).',
  valuesConfig: {
    ADMIN: { description: 'Everything, including users, templates and scanner requirements.' },
    COORDINATOR: { description: 'CCPOR team: plans, reschedules, advances and takes courts live.' },
    FIELD_STAFF: { description: 'CCPOR field staff: site visits of their assigned deployments.' },
    PARTNER_USER: { description: 'A person of one court or LEA: their organization’s deployments only.' },
    REPORTER: { description: 'Read-only across all deployments, without contact details.' },
  },
});

@Entity('app_user')
@ObjectType('User', { description: 'A person who signs in to CCPOR Deploy.' })
export class User {
  @IdField()
  id!: string;

  @Field(() => String, { description: 'E-mail address, used to sign in (stored in lower case).' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @ShortTextField('Name shown to others.')
  displayName!: string;

  @Field(() => Role, { description: 'What the person may do.' })
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'Whether the person may sign in.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** TOTP secret, encrypted with APP_SECRET; null until enrolment is confirmed. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  totpSecret!: string | null;

  /** A secret offered for enrolment and not yet confirmed with a code. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  totpPendingSecret!: string | null;

  /** SHA-256 hashes of the unused recovery codes. */
  @JsonColumn({ nullable: true })
  recoveryCodeHashes!: string[] | null;

  @Field(() => String, { description: 'The person’s time zone (an IANA name such as America/Los_Angeles): times and the 7:00 daily digest follow it.' })
  @Column({ type: 'varchar', length: 64, default: DEFAULT_TIME_ZONE })
  timeZone!: string;

  /** How the person gets each kind of e-mail, where they chose otherwise than the default (mail/preferences.ts). */
  @JsonColumn({ nullable: true })
  mailPreferences!: Partial<Record<MailKind, MailDelivery>> | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the person last signed in.' })
  @InstantColumn({ nullable: true })
  lastSignInAt!: Date | null;

  @CreatedAtField('When the account was created.')
  createdAt!: Date;

  @UpdatedAtField('When the account last changed.')
  updatedAt!: Date;

  @ShortTextField('Who last changed the account.', { nullable: true })
  updatedBy!: string | null;

  @VersionField()
  version!: number;
}

@Entity('session')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SHA-256 of the opaque token; the token itself is never stored. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;

  @InstantColumn()
  lastSeenAt!: Date;

  /** The absolute end of the session (SESSION_MAX_HOURS after sign-in). */
  @InstantColumn()
  expiresAt!: Date;

  @InstantColumn({ nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  /** When the person last proved who they are in this session (signing in, confirmIdentity). */
  @InstantColumn({ nullable: true })
  confirmedAt!: Date | null;
}

@Entity('api_token')
@ObjectType({ description: 'A personal read-only token with which a reporting tool calls the API as its owner.' })
export class ApiToken {
  @IdField()
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ShortTextField('What the token is for, e.g. "Power BI portfolio report".', { length: 100 })
  name!: string;

  @ShortTextField('The first characters of the token, to recognise it.', { length: 16 })
  prefix!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreatedAtField('When the token was created.')
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the token was last used (to the minute).' })
  @InstantColumn({ nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the token was revoked; it no longer works.' })
  @InstantColumn({ nullable: true })
  revokedAt!: Date | null;
}

@Entity('password_reset')
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @InstantColumn()
  expiresAt!: Date;

  @InstantColumn({ nullable: true })
  usedAt!: Date | null;
}

/**
 * Counters kept in the database so that every server process agrees: sign-in attempts per client
 * address per minute, and consecutive failures per e-mail address (with the lock they cause).
 */
@Entity('sign_in_counter')
export class SignInCounter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer' })
  count!: number;

  @InstantColumn()
  windowStart!: Date;

  @InstantColumn({ nullable: true })
  lockedUntil!: Date | null;
}
