import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../db/data-source';
import type { SecurityOperation } from '../../../rules/enums';
import { AuditEvent, AuditKind } from './audit-event.entity';
import { auditEventId } from './audit.subscriber';

export interface SecurityEvent {
  operation: SecurityOperation;
  userId?: string | null;
  actor: string;
  role?: string | null;
  clientAddress?: string | null;
  entityType?: string;
  entityId?: string;
  details?: Record<string, unknown>;
  at: Date;
}

/**
 * Security events are committed on their own, so that a refused request still leaves its trace
 * even though its own transaction (if any) rolls back.
 */
export function recordSecurityEvent(db: DataSource, event: SecurityEvent) {
  return inTransaction(db, (tx) => recordSecurityEventIn(tx, event));
}

/** A security event that is part of a change, written in its transaction (a resend of it writes none). */
export function recordSecurityEventIn(tx: EntityManager, event: SecurityEvent) {
  return tx.insert(AuditEvent, {
    id: auditEventId(), at: event.at, kind: AuditKind.SECURITY, userId: event.userId ?? null, actor: event.actor, role: event.role ?? null,
    operation: event.operation, entityType: event.entityType ?? null, entityId: event.entityId ?? null,
    before: null, after: (event.details ?? null) as never, clientAddress: event.clientAddress ?? null,
  });
}
