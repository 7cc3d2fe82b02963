import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { TASK_PROGRESS } from '../access/roles';
import { Connection, PageArgs } from '../../graphql/pagination';
import { ConflictFilter, ResolveConflictInput } from './conflict.inputs';
import * as conflicts from './conflict.service';
import { ConflictCurrentState } from './conflict.types';
import { Conflict } from './sync.entity';

const ConflictConnection = Connection(Conflict, 'A page of conflicts, newest first.');

@Resolver(() => Conflict)
export class ConflictResolver {
  @Authorized(TASK_PROGRESS)
  @Query(() => ConflictConnection, { description: 'Conflicts of updates sent with a stale baseVersion, newest first: per deployment, per sender, open or resolved.' })
  conflicts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ConflictFilter, { nullable: true, description: 'Filters; all given must match.' }) filter: ConflictFilter | null,
    @Ctx() ctx: Context,
  ) {
    return conflicts.listConflicts(ctx, page, filter);
  }

  @FieldResolver(() => ConflictCurrentState, { nullable: true, description: 'The record as it is now (null when it no longer exists).' })
  current(@Root() conflict: Conflict, @Ctx() ctx: Context) {
    return conflicts.currentState(ctx, conflict);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => Conflict, {
    description: 'Resolves an open conflict: keep mine, take theirs or merge, based on the record’s current version (else CONFLICT). Both values stay on the conflict.',
  })
  resolveConflict(@Arg('input', () => ResolveConflictInput, { description: 'The resolution.' }) input: ResolveConflictInput, @Ctx() ctx: Context) {
    return conflicts.resolveConflict(ctx, input);
  }
}
