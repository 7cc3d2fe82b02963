import { EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, RemoveEvent, UpdateEvent } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { AuditEvent, AuditKind } from './audit-event.entity';

/** What applyMutation hands the subscriber through the transaction's query runner. */
export interface AuditScope {
  actor: Actor;
  operation: string;
  clientAddress: string | null;
  at: Date;
}

/** Never written to the audit trail: its own rows, bookkeeping, and secrets. */
const NOT_AUDITED = new Set(['AuditEvent', 'ProcessedMutation', 'Session', 'SignInCounter', 'PasswordReset']);
const SECRET_FIELDS = new Set(['passwordHash', 'totpSecret', 'totpPendingSecret', 'recoveryCodeHashes', 'tokenHash']);
const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'createdAt']);

const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' && 'id' in v ? v.id : v)) : value;

function pick(entity: ObjectLiteral | undefined, fields: string[]) {
  if (!entity) return null;
  return Object.fromEntries(fields.map((f) => [f, SECRET_FIELDS.has(f) ? '[redacted]' : plain(entity[f]) ?? null]));
}

/**
 * Every change made through applyMutation is audited in the same transaction: who, role, when,
 * operation, record, and the before and after values of the fields that changed.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<ObjectLiteral>) {
    const fields = Object.keys(event.entity ?? {}).filter((f) => !IGNORED_FIELDS.has(f));
    await this.write(event, 'insert', event.entity, null, pick(event.entity, fields));
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    const changed = [...event.updatedColumns, ...event.updatedRelations].map((c) => c.propertyName).filter((f) => !IGNORED_FIELDS.has(f));
    if (!changed.length) return;
    await this.write(event, 'update', event.entity as ObjectLiteral, pick(event.databaseEntity, changed), pick(event.entity as ObjectLiteral, changed));
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>) {
    await this.write(event, 'remove', event.databaseEntity ?? event.entity, null, null);
  }

  private async write(
    event: InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral> | RemoveEvent<ObjectLiteral>,
    _kind: string, entity: ObjectLiteral | undefined, before: Record<string, unknown> | null, after: Record<string, unknown> | null,
  ) {
    const data = event.queryRunner.data as { audit?: AuditScope; pending?: Promise<unknown> } | undefined;
    const scope = data?.audit;
    const entityType = event.metadata.targetName;
    if (!data || !scope || NOT_AUDITED.has(entityType) || typeof event.metadata.target !== 'function') return;
    // TypeORM announces the rows of one bulk insert all at once; one connection takes one query at
    // a time, so the audit rows are written one after another.
    const write = (data.pending ?? Promise.resolve()).then(() => event.manager.insert(AuditEvent, {
      at: scope.at, kind: AuditKind.CHANGE, userId: scope.actor.userId, actor: scope.actor.name, role: scope.actor.role,
      operation: scope.operation, entityType, entityId: entity?.id ? String(entity.id) : null,
      before: before as never, after: after as never, clientAddress: scope.clientAddress,
    }));
    data.pending = write.catch(() => undefined);
    await write;
  }
}
