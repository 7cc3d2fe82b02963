import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { Connection, decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { PLANNERS } from '../access/roles';
import { AuditEvent, AuditKind } from './audit-event.entity';

/** A record's id: a UUID, or a file's SHA-256. */
const RECORD_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64})$/i;

const AuditEventConnection = Connection(AuditEvent, 'A page of the audit trail, newest first.');

@InputType({ description: 'Filters for the audit trail; all given must match.' })
class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this user did.' })
  @IsOptional() @IsUUID()
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only what someone whose name (or e-mail, for failed sign-ins) contains this text did.' })
  @IsOptional() @Length(1, 100)
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes of this deployment and of the records that belong to it (tasks, runs, sign-offs…).' })
  @IsOptional() @IsUUID()
  deploymentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this type of record, e.g. Task.' })
  @IsOptional() @Length(1, 40)
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this record: its id, or the SHA-256 of a file.' })
  @IsOptional() @Matches(RECORD_ID, { message: 'entityId must be a UUID, or a SHA-256 (64 hex digits) for a file' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. completeTask or SIGN_IN_FAILED.' })
  @IsOptional() @Length(1, 60)
  operation?: string | null;

  @Field(() => AuditKind, { nullable: true, description: 'Only changes or only security events.' })
  @IsOptional()
  kind?: AuditKind | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}

/**
 * Events of the deployment itself and of every record that carries its id (tables with a
 * "deploymentId" column), found from the entity metadata so that a new such table is included.
 */
function deploymentCondition(ctx: Context) {
  const owned = ctx.db.entityMetadatas
    .filter((m) => m.findColumnWithPropertyName('deploymentId') && m.primaryColumns.length === 1 && m.primaryColumns[0].propertyName === 'id')
    .map((m) => {
      const param = m.findColumnWithPropertyName('deploymentId')!.type === 'uuid' ? ':deploymentUuid' : ':deploymentId';
      return `(a."entityType" = '${m.targetName}' AND a."entityId" IN (SELECT CAST(x.id AS varchar(36)) FROM "${m.tableName}" x WHERE x."deploymentId" = ${param}))`;
    });
  return `((a."entityType" = 'Deployment' AND a."entityId" = :deploymentId)${owned.map((c) => ` OR ${c}`).join('')})`;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(PLANNERS)
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first. Nothing can change or delete it.' })
  async auditEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Filters.' }) filter: AuditEventFilter | null,
    @Ctx() ctx: Context,
  ) {
    if (filter?.from && filter.to && filter.from >= filter.to) throw badInput([{ field: 'filter.to', message: 'must be after from.' }]);
    const query = () => {
      const q = ctx.db.manager.createQueryBuilder(AuditEvent, 'a').where('1 = 1');
      for (const key of ['userId', 'entityType', 'entityId', 'operation', 'kind'] as const) {
        if (filter?.[key]) q.andWhere(`a."${key}" = :${key}`, { [key]: filter[key] });
      }
      // % and _ in the text are letters, not wildcards.
      if (filter?.actor) q.andWhere(`LOWER(a.actor) LIKE :actor ESCAPE '\\'`, { actor: `%${filter.actor.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` });
      // Two names for one value: PostgreSQL types each parameter once, and it meets varchar and uuid columns.
      if (filter?.deploymentId) q.andWhere(deploymentCondition(ctx), { deploymentId: filter.deploymentId, deploymentUuid: filter.deploymentId });
      if (filter?.from) q.andWhere('a.at >= :from', { from: filter.from });
      if (filter?.to) q.andWhere('a.at < :to', { to: filter.to });
      return q;
    };
    const paged = query();
    const cursor = decodeCursor(page.after, 2);
    if (cursor) paged.andWhere('(a.at < :afterAt OR (a.at = :afterAt AND a.id < :afterId))', { afterAt: new Date(cursor[0]), afterId: cursor[1] });
    const rows = await paged.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(page.first + 1).getMany();
    return toConnection(rows, page, await query().getCount(), (a) => [a.at.toISOString(), a.id]);
  }
}
