import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PLANNERS } from '../access/roles';
import { today } from '../../shared/clock';
import { daysBetween } from '../../shared/dates';
import { Dependency } from './dependency.entity';
import { UpdateDependencyInput } from './dependency.inputs';
import * as dependencies from './dependency.service';

@Resolver(() => Dependency)
export class DependencyResolver {
  @Authorized(PLANNERS)
  @Mutation(() => Dependency, { description: 'Changes a dependency’s status, the party waited on, owner or reference; a note is the not-applicable reason, or else a shared comment on it.' })
  updateDependency(@Arg('input', () => UpdateDependencyInput, { description: 'The change.' }) input: UpdateDependencyInput, @Ctx() ctx: Context) {
    return dependencies.updateDependency(ctx, input);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days it has waited on `waitingOn`, while WAITING.' })
  daysWaiting(@Root() d: Dependency, @Ctx() ctx: Context) {
    return d.waitingSince ? daysBetween(d.waitingSince, today(ctx.clock)) : null;
  }
}
