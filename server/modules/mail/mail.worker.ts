import { randomUUID } from 'node:crypto';
import os from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, In } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction, isPostgresSource } from '../../db/data-source';
import type { Clock } from '../../shared/clock';
import { log } from '../../shared/log';
import { writeDueDigests } from './digest';
import { writeDependencyReminders } from './reminders';
import { MailStatus, OutboundMail } from './mail.entity';
import { unsubscribeUrl } from './unsubscribe';

/** Messages one worker claims at a time. */
const BATCH = 20;
/** Attempts before a message is given up (FAILED) for an administrator to look at. */
export const MAX_ATTEMPTS = 8;
/** The wait after the n-th failed attempt: 1, 2, 4 … minutes, at most 4 hours. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** (attempts - 1), 240) * 60_000;

/**
 * Writes the daily digests and the reminders of dependencies overdue as they fall due (digest.ts,
 * reminders.ts) and sends the queued e-mail over SMTP, in every server process that runs it
 * (docs/mail.md); without SMTP_URL it only writes, and the mail is kept for the development mailbox.
 * A worker claims a batch (on PostgreSQL with FOR UPDATE SKIP LOCKED, so two processes never claim
 * one message) for MAIL_CLAIM_SECONDS, and commits each message's outcome right after the SMTP
 * server answers it: a worker killed mid-batch leaves at most the message in flight sent and not
 * marked, which another worker sends again after the claim runs out, with the same Message-ID.
 */
export class MailWorker {
  private readonly name = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly db: DataSource, private readonly config: Config, private readonly clock: Clock) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
  }

  start() {
    this.schedule(0);
  }

  /** Lets the message in flight finish, then stops; what it claimed and did not send is sent after the claim runs out. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.pass;
    this.transport?.close();
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.pass = writeDueDigests(this.db, this.config, this.clock)
        .then(() => writeDependencyReminders(this.db, this.config, this.clock))
        .then(() => this.sendDue())
        .catch((error) => log('error', 'mail worker pass failed', { error: String(error?.stack ?? error) }))
        .finally(() => this.schedule(this.config.mail.pollMilliseconds));
    }, ms);
  }

  private async sendDue() {
    if (!this.transport) return;
    for (let claimed = await this.claim(); claimed.length && !this.stopped; claimed = await this.claim()) {
      for (const mail of claimed) {
        if (this.stopped) return;
        await this.send(mail, this.transport);
      }
    }
  }

  private async claim(): Promise<OutboundMail[]> {
    const now = this.clock.now();
    const ids = await inTransaction(this.db, async (tx) => {
      const due = tx.createQueryBuilder(OutboundMail, 'm').select('m.id', 'id')
        .where('m.status = :queued', { queued: MailStatus.QUEUED })
        .andWhere('m.nextAttemptAt <= :now')
        .andWhere('(m.claimedUntil IS NULL OR m.claimedUntil < :now)')
        .setParameter('now', instant(tx.connection, now))
        .orderBy('m.queuedAt', 'ASC').addOrderBy('m.id', 'ASC').limit(BATCH);
      // SQLite has one writer at a time; PostgreSQL skips the rows another worker is claiming.
      if (isPostgresSource(tx)) due.setLock('pessimistic_write').setOnLocked('skip_locked');
      const found = (await due.getRawMany<{ id: string }>()).map((r) => r.id);
      if (found.length) {
        await tx.update(OutboundMail, { id: In(found) }, { claimedBy: this.name, claimedUntil: new Date(now.getTime() + this.config.mail.claimSeconds * 1000) });
      }
      return found;
    });
    if (!ids.length) return [];
    const rows = await this.db.manager.findBy(OutboundMail, { id: In(ids), claimedBy: this.name });
    return rows.sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.id.localeCompare(b.id));
  }

  private async send(mail: OutboundMail, transport: Transporter) {
    const unsubscribe = unsubscribeUrl(this.config, mail.userId, mail.kind ?? 'DIGEST');
    let outcome: Partial<OutboundMail>;
    try {
      await transport.sendMail({
        from: this.config.mail.from, to: mail.toAddress, subject: mail.subject, text: mail.body, messageId: mail.messageId,
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      outcome = { status: MailStatus.SENT, sentAt: this.clock.now(), attempts: mail.attempts + 1, lastError: null };
    } catch (error) {
      const attempts = mail.attempts + 1;
      const answer = (error as { response?: string }).response ?? String((error as Error).message ?? error);
      outcome = attempts >= MAX_ATTEMPTS
        ? { status: MailStatus.FAILED, attempts, lastError: answer }
        : { status: MailStatus.QUEUED, attempts, lastError: answer, nextAttemptAt: new Date(this.clock.now().getTime() + retryDelayMs(attempts)) };
      log('warn', 'mail not sent', { messageId: mail.messageId, attempts, answer });
    }
    await inTransaction(this.db, (tx) => tx.update(OutboundMail, { id: mail.id, claimedBy: this.name }, { ...outcome, claimedBy: null, claimedUntil: null }));
  }
}

/** An instant as the database compares it (SQLite keeps text in its own format). */
function instant(db: DataSource, value: Date) {
  const column = db.getMetadata(OutboundMail).findColumnWithPropertyName('nextAttemptAt')!;
  return db.driver.preparePersistentValue(value, column);
}
