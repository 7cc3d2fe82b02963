import { randomUUID } from 'node:crypto';
import { EntityManager, EntityMetadata, EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, QueryRunner, RemoveEvent, UpdateEvent } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { AuditEvent, AuditKind } from './audit-event.entity';

/** What applyMutation hands the audit through the transaction's query runner. */
export interface AuditScope {
  actor: Actor;
  operation: string;
  clientAddress: string | null;
  at: Date;
  /** The changes noted so far, written by applyMutation (writeNotedChanges) before it commits. */
  changes: AuditEvent[];
  /**
   * Test runs the write read, by id, with the deployment and purpose it found (neither changes): what
   * its changes touch is then known without reading them again (readiness.service deploymentsChangedBy).
   */
  runsRead: Map<string, RunRead>;
}

export interface RunRead {
  deploymentId: string;
  purpose: string;
}

/** Notes a test run the write in progress has read (nothing outside applyMutation). */
export function noteRunRead(tx: EntityManager, runId: string, run: RunRead) {
  scopeOf(tx.queryRunner)?.runsRead.set(runId, run);
}

/**
 * Never written to the audit trail: its own rows and bookkeeping, e-mail and the kept readiness,
 * consequences of audited changes (secrets in audited records are redacted).
 */
const NOT_AUDITED = new Set(['AuditEvent', 'ProcessedMutation', 'Session', 'SignInCounter', 'OutboundMail', 'MailDigest', 'DeploymentReadiness', 'ReadinessBlocker', 'DeploymentHealth', 'PortfolioTally', 'OpenTaskDue', 'TaskDueTally']);
const SECRET_FIELDS = new Set(['passwordHash', 'totpSecret', 'totpPendingSecret', 'recoveryCodeHashes', 'tokenHash']);
// A file's bytes are its content, not a value to compare: the audit names the file by its hash.
const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'createdAt', 'bytes']);

const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' && 'id' in v ? v.id : v)) : value;

function pick(entity: ObjectLiteral | undefined, fields: string[]) {
  if (!entity) return null;
  const picked: Record<string, unknown> = {};
  for (const f of fields) picked[f] = SECRET_FIELDS.has(f) ? '[redacted]' : plain(entity[f]) ?? null;
  return picked;
}

/**
 * A UUID (version 7) that starts with the current millisecond: the audit trail's rows then join
 * the end of their primary key's index instead of landing on a random page of it, which made the
 * audit insert of a 500-result sync cost as much as the results' own.
 */
export function auditEventId(): string {
  const ms = Date.now().toString(16).padStart(12, '0');
  // A random UUID's last 74 bits (after its version digit) keep its variant bits.
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${randomUUID().slice(15)}`;
}

const scopeOf = (runner: QueryRunner | undefined) => (runner?.data as { audit?: AuditScope } | undefined)?.audit;

/** The record's id: its `id`, or the value of its one primary column (a file's SHA-256). */
export function idOf(metadata: EntityMetadata, entity: ObjectLiteral | undefined): string | null {
  if (!entity) return null;
  const primary = metadata.primaryColumns.length === 1 ? metadata.primaryColumns[0].getEntityValue(entity) : entity.id;
  return primary === undefined || primary === null ? null : String(primary);
}

/**
 * Notes one change of a record for the audit trail of the write in progress (nothing outside
 * applyMutation). Every way of writing ends here: the subscriber below for TypeORM's own
 * writes, insertRows for bulk inserts, and hand-written updates that name the record.
 */
export function noteChange(
  runner: QueryRunner | undefined, metadata: EntityMetadata, entityId: string | null,
  before: Record<string, unknown> | null, after: Record<string, unknown> | null,
) {
  const scope = scopeOf(runner);
  if (!scope || NOT_AUDITED.has(metadata.targetName) || typeof metadata.target !== 'function') return;
  scope.changes.push(Object.assign(new AuditEvent(), {
    id: auditEventId(), at: scope.at, kind: AuditKind.CHANGE, userId: scope.actor.userId, actor: scope.actor.name, role: scope.actor.role,
    operation: scope.operation, entityType: metadata.targetName, entityId,
    before, after, clientAddress: scope.clientAddress,
  }));
}

/** Notes the creation of rows inserted without TypeORM's per-row events (insertRows). */
export function noteInserted(tx: EntityManager, metadata: EntityMetadata, rows: ObjectLiteral[]) {
  // The audit rows and the outcomes written by the write path itself: nothing to pick from them.
  if (!scopeOf(tx.queryRunner) || NOT_AUDITED.has(metadata.targetName)) return;
  for (const row of rows) noteInsert(tx.queryRunner, metadata, row);
}

function noteInsert(runner: QueryRunner | undefined, metadata: EntityMetadata, entity: ObjectLiteral | undefined) {
  noteChange(runner, metadata, idOf(metadata, entity), null, pick(entity, Object.keys(entity ?? {}).filter((f) => !IGNORED_FIELDS.has(f))));
}

/**
 * Notes TypeORM's inserts, saves and removes as they happen; applyMutation writes the notes. A
 * bulk insert through TypeORM is not trusted here: on SQLite it hands the rows back with each
 * other's generated ids, so bulk inserts go through insertRows, which notes them itself.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  afterInsert(event: InsertEvent<ObjectLiteral>) {
    noteInsert(event.queryRunner, event.metadata, event.entity);
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    const changed = [...event.updatedColumns, ...event.updatedRelations].map((c) => c.propertyName).filter((f) => !IGNORED_FIELDS.has(f));
    if (!changed.length) return;
    noteChange(event.queryRunner, event.metadata, idOf(event.metadata, event.entity as ObjectLiteral), pick(event.databaseEntity, changed), pick(event.entity as ObjectLiteral, changed));
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>) {
    // TypeORM clears a removed entity's id; the event keeps it.
    const id = event.entityId ?? idOf(event.metadata, event.databaseEntity ?? event.entity);
    noteChange(event.queryRunner, event.metadata, id === null || id === undefined ? null : String(typeof id === 'object' ? Object.values(id)[0] : id), null, null);
  }
}
