import { DataSource, In } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction } from '../../db/data-source';
import { insertRows, rawQuery } from '../../db/sql';
import { today, type Clock } from '../../shared/clock';
import { DependencyStatus, Party } from '../../../rules/enums';
import { PARTY_LABELS } from '../../../rules/labels';
import { HALTED_DEPLOYMENT_STATUSES } from '../../../rules/statuses';
import { formatDate } from '../../../rules/dates';
import { User } from '../user/user.entity';
import { MailKind, OutboundMail } from './mail.entity';
import { isTaken } from './digest';
import { mailRow, messageIdOf } from './outbox';

interface WaitingRow {
  id: string; title: string; dueDate: string; waitingOn: Party | null; waitingSince: string | null;
  deploymentId: string; courtName: string; coordinatorId: string;
}

/**
 * Tells each coordinator of a dependency waiting on another party beyond its due date (the day
 * after it is due, in California), once per dependency and due date: the Message-ID is made of
 * both, and its unique index keeps a second process from queuing it again.
 */
export async function writeDependencyReminders(db: DataSource, config: Config, clock: Clock): Promise<void> {
  const waiting = await rawQuery<WaitingRow>(db.manager,
    `SELECT x.id, x.title, x."dueDate", x."waitingOn", x."waitingSince", x."deploymentId", c.name AS "courtName", d."coordinatorId"
     FROM dependency x JOIN deployment d ON d.id = x."deploymentId" JOIN organization c ON c.id = d."courtId"
     WHERE x.status = :waiting AND x."dueDate" < :today AND d."coordinatorId" IS NOT NULL AND d.status NOT IN (:...halted)`,
    { waiting: DependencyStatus.WAITING, today: today(clock), halted: HALTED_DEPLOYMENT_STATUSES });
  if (!waiting.length) return;
  const keyOf = (x: WaitingRow) => `dependency-overdue-${x.id}-${String(x.dueDate).slice(0, 10)}`;
  const queued = new Set((await rawQuery<{ messageId: string }>(db.manager,
    'SELECT "messageId" FROM outbound_mail WHERE "messageId" IN (:...ids)', { ids: waiting.map((x) => messageIdOf(config.mail, keyOf(x))) }))
    .map((r) => r.messageId));
  const fresh = waiting.filter((x) => !queued.has(messageIdOf(config.mail, keyOf(x))));
  if (!fresh.length) return;
  const coordinators = new Map((await db.manager.find(User, {
    select: { id: true, email: true, mailPreferences: true }, where: { id: In([...new Set(fresh.map((x) => x.coordinatorId))]), active: true },
  })).map((u) => [u.id, u]));
  for (const x of fresh) {
    const coordinator = coordinators.get(x.coordinatorId);
    const party = x.waitingOn ? PARTY_LABELS[x.waitingOn] : 'another party';
    const due = formatDate(String(x.dueDate).slice(0, 10));
    const row = coordinator && mailRow(config, clock.now(), coordinator, {
      kind: MailKind.DEPENDENCY_OVERDUE,
      subject: `Waiting beyond its due date: ${x.title}, ${x.courtName}`,
      action: `Chase ${party}: ${x.title} for ${x.courtName} was due ${due} and is still waiting.`,
      route: `/deployments/${x.deploymentId}`,
      lines: x.waitingSince ? [`Waiting on ${party} since ${formatDate(String(x.waitingSince).slice(0, 10))}`] : [],
    }, keyOf(x));
    if (!row) continue;
    try {
      await inTransaction(db, (tx) => insertRows(tx, OutboundMail, [row]));
    } catch (error) {
      if (!isTaken(error)) throw error;
    }
  }
}
