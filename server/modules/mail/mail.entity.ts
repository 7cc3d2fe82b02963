import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { MailDelivery, MailKind, MailStatus } from '../../../rules/enums';
import { MAIL_KIND_LABELS } from '../../../rules/labels';

export { MailDelivery, MailKind, MailStatus };

registerEnumType(MailKind, {
  name: 'MailKind',
  description: 'What an e-mail is about; each kind is switched per person.',
  // The words a person reads on the settings page describe each value here too.
  valuesConfig: Object.fromEntries(Object.entries(MAIL_KIND_LABELS).map(([kind, label]) => [kind, { description: `${label}.` }])),
});
registerEnumType(MailDelivery, {
  name: 'MailDelivery',
  description: 'When a person gets e-mail of one kind.',
  valuesConfig: {
    IMMEDIATELY: { description: 'As soon as it happens.' },
    DAILY_DIGEST: { description: 'In the one daily digest, at 7:00 in the person’s time zone.' },
    OFF: { description: 'Never.' },
  },
});
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where a message stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for the worker (again, after a refusal, from nextAttemptAt).' },
    SENT: { description: 'Accepted by the SMTP server.' },
    FAILED: { description: 'Given up after its attempts; lastError holds the SMTP server’s answer.' },
    KEPT: { description: 'Not sent: no SMTP_URL is configured, so it is kept for the development mailbox.' },
    IN_DIGEST: { description: 'Held for the person’s next daily digest.' },
    DIGESTED: { description: 'Carried by a daily digest, which is a message of its own (kind null).' },
  },
});

/** A file sent with a message (the .ics of a go-live). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One e-mail to one person: queued in the transaction of the change that causes it, then sent by
 * the worker (mail.worker.ts). Its Message-ID is fixed when queued, so a resend after a crash
 * between the SMTP server's acceptance and the worker's commit is recognisably the same message.
 */
@Entity('outbound_mail')
@Index(['status', 'nextAttemptAt'])
@ObjectType({ description: 'An e-mail the product sent or will send (administrators only).' })
export class OutboundMail {
  @Field(() => ID, { description: 'Unique id.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'The Message-ID header, the same on every attempt.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  messageId!: string;

  @Field(() => MailKind, { nullable: true, description: 'What it is about; null for the daily digest, which gathers several kinds.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  kind!: MailKind | null;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @Field(() => String, { description: 'The recipient’s address.' })
  @Column({ type: 'varchar', length: 254 })
  toAddress!: string;

  @Field(() => String, { description: 'Subject line.' })
  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Field(() => String, { description: 'The plain-text body.' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => String, { description: 'The exact screen the message links to.' })
  @Column({ type: 'varchar', length: 500 })
  link!: string;

  @JsonColumn({ nullable: true })
  attachments!: MailAttachment[] | null;

  @Field(() => [String], { description: 'File names of the attachments.' })
  get attachmentNames(): string[] {
    return (this.attachments ?? []).map((a) => a.filename);
  }

  @Field(() => MailStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 16 })
  status!: MailStatus;

  @Field(() => Int, { description: 'Attempts to send it so far.' })
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Field(() => DateTimeResolver, { description: 'When it was queued.' })
  @InstantColumn()
  queuedAt!: Date;

  @InstantColumn()
  nextAttemptAt!: Date;

  /** The worker that holds the message until claimedUntil (a crashed worker's claim runs out). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  claimedBy!: string | null;

  @InstantColumn({ nullable: true })
  claimedUntil!: Date | null;

  @Field(() => String, { nullable: true, description: 'The SMTP server’s answer to the last failed attempt.' })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the SMTP server accepted it.' })
  @InstantColumn({ nullable: true })
  sentAt!: Date | null;
}

/** The daily digest a person was sent for one date of their own time zone: at most one per person and day, whichever process writes it first. */
@Entity('mail_digest')
export class MailDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'date' })
  localDate!: string;
}
