import { EntityManager, In, ObjectLiteral } from 'typeorm';
import { isPostgresSource } from '../../db/data-source';
import { ENTITIES } from '../../db/entities';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { validationProblems } from '../../graphql/validation';
import { badInput, invalidTransition, problem } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { deploymentScope } from '../access/scope';
import { REAPPLIERS } from './conflict-reappliers';
import { ConflictFilter, ResolveConflictInput } from './conflict.inputs';
import type { ConflictCurrentState } from './conflict.types';
import { applyMutation, loadForUpdate, recordValues, Refusal } from './replay';
import { Conflict, ConflictResolution, ConflictStatus } from './sync.entity';
import { CONFLICT_RESOLUTION_LABELS, recordTypeLabel } from '../../../rules/labels';

const entityByName = new Map<string, (typeof ENTITIES)[number]>(ENTITIES.map((e) => [e.name, e]));

/** SQL for a conflict's arrival as sortable text, the same on both databases (SQLite keeps it as text). */
const arrivalSql = (db: EntityManager | Context['db']) =>
  isPostgresSource(db) ? `to_char(c."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')` : 'c."createdAt"';

/** Conflicts, newest first, filtered per deployment, sender, status or record. */
export async function listConflicts(ctx: Context, page: PageArgs, filter: ConflictFilter | null | undefined) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.deploymentId) { where.push('c."deploymentId" = :deploymentId'); params.deploymentId = filter.deploymentId; }
  if (filter?.createdBy) { where.push('c."createdBy" = :createdBy'); params.createdBy = filter.createdBy; }
  if (filter?.status) { where.push('c.status = :status'); params.status = filter.status; }
  if (filter?.entityId) { where.push('c."entityId" = :entityId'); params.entityId = filter.entityId; }
  // Only conflicts of deployments the caller may see (modules/access/scope.ts), counts included.
  const scope = deploymentScope(ctx);
  if (scope.sql !== '1 = 1') {
    // The conflict keeps the deployment's id as text.
    where.push(`c."deploymentId" IN (SELECT CAST(d.id AS varchar) FROM deployment d WHERE ${scope.sql})`);
    Object.assign(params, scope.params);
  }
  const arrival = arrivalSql(ctx.db);
  const pageWhere = [...where];
  const cursor = decodeCursor(page.after, 2);
  if (cursor) {
    pageWhere.push(`(${arrival} < :afterArrival OR (${arrival} = :afterArrival AND c.id < :afterId))`);
    Object.assign(params, { afterArrival: cursor[0], afterId: cursor[1] });
  }
  const clause = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  const rows = await rawQuery<{ id: string; arrival: string }>(ctx.db,
    `SELECT c.id, ${arrival} AS arrival FROM conflict c ${clause(pageWhere)} ORDER BY arrival DESC, c.id DESC LIMIT ${page.first + 1}`, params);
  const [{ total }] = await rawQuery<{ total: number }>(ctx.db, `SELECT COUNT(*) AS total FROM conflict c ${clause(where)}`, params);
  const byId = new Map((await ctx.db.manager.findBy(Conflict, { id: In(rows.map((r) => r.id)) })).map((c) => [c.id, c]));
  const arrivalOf = new Map(rows.map((r) => [r.id, String(r.arrival)]));
  return toConnection(rows.map((r) => byId.get(r.id)!), page, Number(total), (c) => [arrivalOf.get(c.id)!, c.id]);
}

/**
 * Resolves an open conflict (docs/sync.md#versions-and-conflicts). Keeping mine or merging applies the values
 * through the same function as the refused operation, so its validation and side effects run; taking
 * theirs writes nothing to the record. Both values stay on the conflict, with the outcome, who and when.
 */
export function resolveConflict(ctx: Context, input: ResolveConflictInput) {
  return applyMutation(ctx, { operation: 'resolveConflict', input }, async (tx) => {
    const conflict = await loadForUpdate(tx, Conflict, input.conflictId, 'Conflict');
    if (conflict.status !== ConflictStatus.OPEN) {
      throw invalidTransition('Conflict', conflict.id, conflict.status, ConflictStatus.RESOLVED, `${conflict.resolvedBy} already resolved it (${conflict.resolution ? CONFLICT_RESOLUTION_LABELS[conflict.resolution].toLowerCase() : 'resolved'}).`);
    }
    const values = valuesToApply(conflict, input);
    const record = await currentRecord(tx, conflict);
    // The person decided against the values they saw; if the record moved on since, they must look again.
    if (record.version !== input.baseVersion) {
      throw problem('CONFLICT',
        `The ${recordTypeLabel(conflict.entityType).toLowerCase()} changed again while you compared (it is now version ${record.version}, not ${input.baseVersion}). Nothing was changed: compare again and resolve on the current version.`,
        {
          conflictId: conflict.id, noun: conflict.entityType, id: conflict.entityId, baseVersion: input.baseVersion, version: record.version,
          server: await recordValues(tx, record, Object.keys(conflict.attempted)), attempted: conflict.attempted, updatedBy: record.updatedBy ?? null,
          updatedAt: record.updatedAt instanceof Date ? record.updatedAt.toISOString() : null,
        });
    }
    let after: ObjectLiteral = record;
    if (values) {
      const reapplier = REAPPLIERS[conflict.operation];
      if (!reapplier) {
        throw badInput([{ field: 'resolution', message: `${conflict.operation} cannot be applied again from here: take theirs, then send ${conflict.operation} again with baseVersion ${record.version}.` }]);
      }
      const operationInput = Object.assign(new reapplier.input(), reapplier.toInput ? reapplier.toInput(values) : values, {
        [reapplier.idField]: conflict.entityId, baseVersion: input.baseVersion, mutationId: input.mutationId ?? null,
      });
      refuseInvalid(operationInput);
      const applied = await reapplier.apply(tx, ctx, operationInput as never);
      if (applied instanceof Refusal) return applied;
      after = applied;
    }
    Object.assign(conflict, {
      status: ConflictStatus.RESOLVED, resolution: input.resolution, resolvedValues: await recordValues(tx, after, Object.keys(conflict.attempted)),
      resolvedVersion: after.version, resolvedBy: ctx.actor.name, resolvedAt: ctx.clock.now(), resolutionMutationId: input.mutationId ?? null,
    });
    return tx.save(conflict);
  });
}

function valuesToApply(conflict: Conflict, input: ResolveConflictInput): Record<string, unknown> | null {
  if (input.resolution !== ConflictResolution.MERGE) {
    if (input.values) throw badInput([{ field: 'values', message: 'are sent only with MERGE.' }]);
    return input.resolution === ConflictResolution.KEEP_MINE ? conflict.attempted : null;
  }
  if (!input.values) throw badInput([{ field: 'values', message: 'MERGE needs the merged values.' }]);
  const unknown = Object.keys(input.values).filter((k) => !(k in conflict.attempted));
  if (unknown.length) {
    throw badInput(unknown.map((k) => ({ field: `values.${k}`, message: `the refused update did not change ${k}; merge only ${Object.keys(conflict.attempted).join(', ')}.` })));
  }
  return input.values;
}

/** The conflicted record now (null when it no longer exists), for the person comparing before resolving. */
export async function currentState(ctx: Context, conflict: Conflict): Promise<ConflictCurrentState | null> {
  const entity = entityByName.get(conflict.entityType);
  const record: ObjectLiteral | null = entity ? await ctx.db.manager.findOneBy(entity, { id: conflict.entityId } as never) : null;
  if (!record) return null;
  return {
    version: record.version, values: await recordValues(ctx.db.manager, record, Object.keys(conflict.attempted)),
    updatedBy: record.updatedBy ?? null, updatedAt: record.updatedAt instanceof Date ? record.updatedAt : null,
  };
}

async function currentRecord(tx: EntityManager, conflict: Conflict): Promise<ObjectLiteral> {
  const entity = entityByName.get(conflict.entityType);
  const record = entity ? await tx.findOneBy(entity, { id: conflict.entityId } as never) : null;
  if (!record) throw problem('NOT_FOUND', `The ${recordTypeLabel(conflict.entityType).toLowerCase()} no longer exists; the conflict cannot be resolved.`, { noun: conflict.entityType, id: conflict.entityId });
  return record;
}

/** The merged values go through the same rules as the operation's own input. */
function refuseInvalid(operationInput: object) {
  const problems = validationProblems(operationInput);
  if (problems.length) throw badInput(problems.map((p) => ({ ...p, field: `values.${p.field}` })));
}

