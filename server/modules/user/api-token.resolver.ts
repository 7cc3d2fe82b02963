import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isUUID } from 'class-validator';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { ADMINS } from '../access/roles';
import { ApiToken, User } from './user.entity';
import { ApiTokenConnection, ApiTokenFilter } from './user.types';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(ADMINS)
  @Query(() => ApiTokenConnection, { description: 'Every user’s API tokens, newest first: the administrators’ overview (revoke with revokeApiToken).' })
  async apiTokens(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ApiTokenFilter, { nullable: true, description: 'Filters.' }) filter: ApiTokenFilter | null,
    @Ctx() ctx: Context,
  ) {
    const query = () => {
      const q = ctx.db.manager.createQueryBuilder(ApiToken, 't').where('1 = 1');
      if (filter?.userId) q.andWhere('t."userId" = :userId', { userId: filter.userId });
      if (filter?.active === true) q.andWhere('t."revokedAt" IS NULL');
      if (filter?.active === false) q.andWhere('t."revokedAt" IS NOT NULL');
      return q;
    };
    const paged = query();
    // The cursor names the last token; its createdAt is compared as stored, because SQLite's default
    // timestamp has whole seconds and would not equal a JavaScript Date sent back.
    const cursor = decodeCursor(page.after, 1);
    const afterAt = '(SELECT c."createdAt" FROM api_token c WHERE c.id = :afterId)';
    if (cursor && !isUUID(String(cursor[0]))) throw badInput([{ field: 'after', message: 'is not a cursor from this list; pass pageInfo.endCursor of the previous page.' }]);
    if (cursor) paged.andWhere(`(t."createdAt" < ${afterAt} OR (t."createdAt" = ${afterAt} AND t.id < :afterId))`, { afterId: cursor[0] });
    const rows = await paged.orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC').limit(page.first + 1).getMany();
    return toConnection(rows, page, await query().getCount(), (t) => [t.id]);
  }

  @FieldResolver(() => User, { description: 'The person the token acts as.' })
  async owner(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(token.userId))!;
  }
}
