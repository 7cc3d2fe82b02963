import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { EntityManager, In, ObjectLiteral } from 'typeorm';
import { inTransaction, isPostgresSource } from '../../db/data-source';
import { findWhereIn, insertRows, rawQuery } from '../../db/sql';
import { ENTITIES } from '../../db/entities';
import type { Context } from '../../graphql/context';
import type { MutationName } from '../../../rules/mutation-names';
import { badInput, notFound, problem } from '../../graphql/errors';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditScope } from '../audit/audit.subscriber';
import { deploymentsChangedBy, refreshReadiness } from '../readiness/readiness.service';
import { healthChangedBy, lockDeployments, refreshHealthFacts, refreshOpenTasks } from '../deployment/health-facts';
import { Conflict, ConflictStatus, ProcessedMutation, StoredOutcome } from './sync.entity';
import { operationLabel, recordTypeLabel } from '../../../rules/labels';

/** A coded refusal that is itself an outcome to keep (a CONFLICT): its writes are committed, then it is thrown. */
export class Refusal {
  constructor(readonly error: GraphQLError) {}
}

/** A GraphQL mutation's name, or uploadFile for POST /files (a write that is not a mutation). */
export type WriteOperation = MutationName | 'uploadFile';

interface MutationSpec {
  /** The GraphQL mutation's name, e.g. "completeTask". */
  operation: WriteOperation;
  /** The input as received; its mutationId makes the write replay-safe. */
  input: { mutationId?: string | null } & object;
}

/**
 * Applies a write at most once per mutationId (docs/sync.md#replay-safety): in one transaction the
 * id is claimed, the change applied and its outcome stored. A replay gets the stored outcome; the
 * same id with other content gets MUTATION_ID_REUSED; a process that loses a race on the id's
 * primary key answers with the winner's outcome.
 */
export async function applyMutation<T>(
  ctx: Context, spec: MutationSpec, work: (tx: EntityManager) => Promise<T | Refusal>,
): Promise<T> {
  const mutationId = spec.input.mutationId ?? null;
  const inputHash = hashInput(spec);
  try {
    const done = await inTransaction(ctx.db, (tx) => audited(ctx, spec.operation, tx, () => claimAndApply(tx)));
    if ('prior' in done) return replay<T>(ctx, done.prior!, inputHash);
    if (done.result instanceof Refusal) throw done.result.error;
    return done.result as T;
  } catch (error) {
    if (mutationId && isUniqueViolation(error)) {
      const winner = await ctx.db.manager.findOneBy(ProcessedMutation, { mutationId });
      if (winner) return replay<T>(ctx, winner, inputHash);
    }
    throw error;
  }

  async function claimAndApply(tx: EntityManager): Promise<{ prior: ProcessedMutation } | { result: T | Refusal }> {
    // The claim and the look-up of a prior outcome in one statement: only a replay reads the id's row.
    // On PostgreSQL a concurrent claim of the same id waits for the first to end, then finds its row.
    if (mutationId && !(await claim(tx, mutationId, spec.operation, inputHash))) {
      return { prior: await tx.findOneByOrFail(ProcessedMutation, { mutationId }) };
    }
    const result = await work(tx);
    await writeNotedChanges(tx, ctx);
    // Hand-written, as the claim: no query building and no entity events for a row the audit leaves out.
    if (mutationId) await rawQuery(tx, 'UPDATE processed_mutation SET outcome = :outcome WHERE "mutationId" = :mutationId', { outcome: JSON.stringify(toStored(result)), mutationId });
    return { result };
  }
}

/** Claims a mutationId for this write: false when it was processed already (a replay, or a reused id). */
async function claim(tx: EntityManager, mutationId: string, operation: WriteOperation, inputHash: string): Promise<boolean> {
  const claimed = await rawQuery(tx, `INSERT INTO processed_mutation ("mutationId", operation, "inputHash") VALUES (:mutationId, :operation, :inputHash)
    ON CONFLICT ("mutationId") DO NOTHING RETURNING "mutationId"`, { mutationId, operation, inputHash });
  return claimed.length > 0;
}

async function replay<T>(ctx: Context, prior: ProcessedMutation, inputHash: string): Promise<T> {
  const stored = storedResult(prior, inputHash);
  if (stored instanceof GraphQLError) throw stored;
  return (await reviveRefs(ctx, stored.ok)) as T;
}

/** The stored result of a processed mutation (entities still as references), or the error to answer. */
function storedResult(prior: ProcessedMutation, inputHash: string): { ok: unknown } | GraphQLError {
  if (prior.inputHash !== inputHash) return reusedId(prior.mutationId, prior.operation);
  const outcome = prior.outcome!;
  if ('error' in outcome) return problem(outcome.error.code as never, outcome.error.message, outcome.error.details as object | undefined);
  return outcome;
}

const reusedId = (mutationId: string, operation: string) => problem(
  'MUTATION_ID_REUSED',
  `This change’s id (mutationId) was already used for a different change (${operationLabel(operation).toLowerCase()}). Send a new id for a new change.`,
  { mutationId, operation },
);

/** One item's answer in a batch: its result or its coded error, and whether it was applied before. */
interface BatchOutcome<T> {
  result: T | null;
  error: GraphQLError | null;
  replayed: boolean;
}

/**
 * applyMutation for many writes of one operation at once, as a device syncs its outbox: one
 * transaction, one SELECT of the mutationIds already processed, and the outcomes of the new ones
 * stored with one INSERT. Each item keeps applyMutation's semantics: a processed id answers its
 * stored outcome (or MUTATION_ID_REUSED), and an id repeated within the batch answers as a replay
 * of its first occurrence. `work` receives the items to apply and answers each with its result
 * or a coded error; an error writes nothing for that item and stores no outcome, so the device
 * may send it again once the cause is fixed. Losing a race on an id retries the whole batch,
 * which then answers that id from the winner's outcome.
 */
export async function applyMutationBatch<I extends { mutationId?: string | null } & object, T>(
  ctx: Context, operation: MutationName, inputs: I[], work: (tx: EntityManager, fresh: I[]) => Promise<(T | GraphQLError)[]>,
): Promise<BatchOutcome<T>[]> {
  const hashes = inputs.map((input) => hashInput({ operation, input }));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await applyBatchOnce(ctx, operation, inputs, hashes, work);
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

type Plan =
  | { kind: 'fresh'; at: number }
  | { kind: 'prior'; stored: { ok: unknown } | GraphQLError }
  | { kind: 'repeat'; of: number; sameContent: boolean };

async function applyBatchOnce<I extends { mutationId?: string | null } & object, T>(
  ctx: Context, operation: MutationName, inputs: I[], hashes: string[],
  work: (tx: EntityManager, fresh: I[]) => Promise<(T | GraphQLError)[]>,
): Promise<BatchOutcome<T>[]> {
  const { plans, results } = await inTransaction(ctx.db, (tx) => audited(ctx, operation, tx, async () => {
    const ids = inputs.map((i) => i.mutationId).filter((id): id is string => !!id);
    const prior = new Map((await findWhereIn(tx, ProcessedMutation, 'mutationId', ids)).map((p) => [p.mutationId, p]));
    const firstAt = new Map<string, number>();
    const fresh: number[] = [];
    const plans: Plan[] = inputs.map((input, i) => {
      const id = input.mutationId;
      if (id && prior.has(id)) return { kind: 'prior', stored: storedResult(prior.get(id)!, hashes[i]) };
      if (id && firstAt.has(id)) return { kind: 'repeat', of: firstAt.get(id)!, sameContent: hashes[firstAt.get(id)!] === hashes[i] };
      if (id) firstAt.set(id, i);
      fresh.push(i);
      return { kind: 'fresh', at: fresh.length - 1 };
    });
    const results = fresh.length ? await work(tx, fresh.map((i) => inputs[i])) : [];
    await writeNotedChanges(tx, ctx);
    const processed = fresh.flatMap((i, at) => {
      const id = inputs[i].mutationId;
      const result = results[at];
      return id && !(result instanceof GraphQLError)
        ? [{ mutationId: id, operation, inputHash: hashes[i], outcome: toStored(result) }]
        : [];
    });
    await insertRows(tx, ProcessedMutation, processed);
    return { plans, results };
  }));

  const replayed = await reviveRefs(ctx, plans.map((p) => (p.kind === 'prior' && !(p.stored instanceof GraphQLError) ? p.stored.ok : null))) as unknown[];
  const answer = (plan: Plan, i: number): BatchOutcome<T> => {
    if (plan.kind === 'fresh') {
      const r = results[plan.at];
      return r instanceof GraphQLError ? { result: null, error: r, replayed: false } : { result: r, error: null, replayed: false };
    }
    if (plan.kind === 'prior') {
      return plan.stored instanceof GraphQLError
        ? { result: null, error: plan.stored, replayed: true }
        : { result: replayed[i] as T, error: null, replayed: true };
    }
    if (!plan.sameContent) return { result: null, error: reusedId(inputs[i].mutationId!, operation), replayed: true };
    return { ...answer(plans[plan.of], plan.of), replayed: true };
  };
  return plans.map(answer);
}

/**
 * Runs a write with its audit scope on the transaction's query runner: every change made in it is
 * noted there (audit.subscriber.ts noteChange), by TypeORM's events and by insertRows alike.
 */
async function audited<T>(ctx: Context, operation: string, tx: EntityManager, work: () => Promise<T>): Promise<T> {
  const audit: AuditScope = { actor: ctx.actor, operation, clientAddress: ctx.clientAddress, at: ctx.clock.now(), changes: [], runsRead: new Map() };
  tx.queryRunner!.data = { audit };
  try {
    return await work();
  } finally {
    tx.queryRunner!.data = {};
  }
}

/**
 * The write path writes the audit events itself, all of one write with one statement, in the
 * write's transaction: the changes are noted as they are made and written here before the outcome
 * is stored (docs/security.md#audit-trail). The same notes name the deployments whose kept
 * readiness and health dates the write may have changed, refreshed here too (docs/domain.md#readiness,
 * docs/domain.md#health), with the partners' e-mail of what that change means for them (docs/mail.md).
 */
async function writeNotedChanges(tx: EntityManager, ctx: Context) {
  const audit = (tx.queryRunner!.data as { audit: AuditScope }).audit;
  const readiness = await deploymentsChangedBy(tx, audit.changes, audit.runsRead);
  const health = await healthChangedBy(tx, audit.changes);
  await lockDeployments(tx, [...new Set([...readiness, ...health])].sort());
  await refreshReadiness(tx, readiness, ctx);
  await refreshHealthFacts(tx, health);
  await refreshOpenTasks(tx, health);
  const changes = audit.changes.splice(0);
  await insertRows(tx, AuditEvent, changes);
}

function hashInput(spec: MutationSpec): string {
  const { mutationId: _ignored, ...content } = spec.input;
  return createHash('sha256').update(spec.operation).update('\0').update(stableJson(content)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const entityNames = new Map<unknown, string>(ENTITIES.map((e) => [e, e.name]));
const entityByName = new Map<string, (typeof ENTITIES)[number]>(ENTITIES.map((e) => [e.name, e]));

interface Ref { $ref: string; id: string }
const isRef = (v: unknown): v is Ref => !!v && typeof v === 'object' && '$ref' in (v as object);

/** Stores entities as references, so a replay answers with the records as they are now. */
function toStored(result: unknown): StoredOutcome {
  if (result instanceof Refusal) {
    const { code, details } = result.error.extensions as { code: string; details?: unknown };
    return { error: { message: result.error.message, code, details } };
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Date || v === null || typeof v !== 'object') return v;
    const name = entityNames.get((v as object).constructor);
    if (name) return { $ref: name, id: (v as { id: string }).id };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  return { ok: walk(result) };
}

async function reviveRefs(ctx: Context, stored: unknown): Promise<unknown> {
  const wanted = new Map<string, Set<string>>();
  const collect = (v: unknown) => {
    if (isRef(v)) wanted.set(v.$ref, (wanted.get(v.$ref) ?? new Set()).add(v.id));
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(stored);
  const loaded = new Map<string, ObjectLiteral>();
  for (const [name, ids] of wanted) {
    const rows: ObjectLiteral[] = await ctx.db.manager.findBy(entityByName.get(name)!, { id: In([...ids]) } as never);
    for (const row of rows) loaded.set(`${name}:${row.id}`, row);
  }
  const build = (v: unknown): unknown => {
    if (isRef(v)) return loaded.get(`${v.$ref}:${v.id}`) ?? null;
    if (Array.isArray(v)) return v.map(build);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, build(x)]));
    return v;
  };
  return build(stored);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Loads a record to change it, locking its row on PostgreSQL so concurrent writers queue. */
export async function loadForUpdate<E extends ObjectLiteral>(
  tx: EntityManager, entity: { new (): E; name: string }, id: string, noun = entity.name,
): Promise<E> {
  const found = await tx.findOne(entity, {
    where: { id } as never,
    ...(isPostgresSource(tx) ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!found) throw notFound(noun, id);
  return found;
}

interface VersionCheck<E> {
  operation: MutationName;
  mutationId?: string | null;
  baseVersion?: number | null;
  /** Where the input carries it, for a refusal that names it (`tasks[2].baseVersion` in a list). */
  field?: string;
  record: E & { id: string; version: number; updatedBy?: string | null; updatedAt?: Date };
  deploymentId: string | null;
  /** The values the sender wants to write, by field name. */
  attempted: Record<string, unknown>;
}

/**
 * Optimistic concurrency (docs/sync.md#versions-and-conflicts): an update without a baseVersion is
 * refused with BAD_USER_INPUT; one based on an older version changes nothing, and the attempt and
 * the server's values are kept as a Conflict and answered with CONFLICT (stored under the
 * mutationId, so a replay answers the same).
 */
export async function refuseIfStale<E>(tx: EntityManager, ctx: Context, check: VersionCheck<E>): Promise<Refusal | null> {
  const { record, baseVersion } = check;
  const noun = record.constructor.name;
  // Nothing is applied blind: an update that does not say which version it saw is refused, not applied.
  if (baseVersion === undefined || baseVersion === null) {
    throw badInput([{
      field: check.field ?? 'baseVersion',
      message: 'is needed: send the version of the record as you last saw it (its version field), so that a change someone made meanwhile is not overwritten.',
    }]);
  }
  if (baseVersion === record.version) return null;
  const server = await recordValues(tx, record, Object.keys(check.attempted));
  const conflict = await tx.save(tx.create(Conflict, {
    mutationId: check.mutationId ?? null,
    operation: check.operation,
    entityType: noun,
    entityId: record.id,
    deploymentId: check.deploymentId,
    attempted: check.attempted,
    server,
    baseVersion,
    serverVersion: record.version,
    serverUpdatedBy: record.updatedBy ?? null,
    serverUpdatedAt: record.updatedAt ?? null,
    createdBy: ctx.actor.name,
    status: ConflictStatus.OPEN,
  }));
  return new Refusal(problem(
    'CONFLICT',
    `The ${recordTypeLabel(noun).toLowerCase()} was changed by ${record.updatedBy ?? 'someone else'} since you saw it (your copy is version ${baseVersion}, it is now version ${record.version}). Nothing was changed: compare the values and make your change again on the current version.`,
    {
      conflictId: conflict.id, noun, id: record.id, baseVersion, version: record.version, server,
      attempted: check.attempted, updatedBy: record.updatedBy ?? null, updatedAt: record.updatedAt?.toISOString() ?? null,
    },
  ));
}

/**
 * The input fields that set a record's to-many relation (a join table), by record type: a conflict
 * keeps the relation's ids under the input's name, so both sides can be compared field by field.
 */
const RELATION_FIELDS: Record<string, Record<string, string>> = {
  Deployment: { leaIds: 'participatingLeas', fieldStaffIds: 'fieldStaff' },
};

/** A record's values of the named fields, as a conflict keeps them: columns as they are, relations as their sorted ids. */
export async function recordValues(manager: EntityManager, record: object, keys: string[]): Promise<Record<string, unknown>> {
  const type = record.constructor as { name: string };
  const relations = RELATION_FIELDS[type.name] ?? {};
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    values[key] = relations[key]
      ? (await manager.createQueryBuilder().relation(type as never, relations[key]).of((record as { id: string }).id).loadMany<{ id: string }>()).map((r) => r.id).sort()
      : (record as Record<string, unknown>)[key] ?? null;
  }
  return values;
}
