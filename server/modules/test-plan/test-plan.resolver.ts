import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE } from '../access/roles';
import { notFound } from '../../graphql/errors';
import { TestCase, TestPlan } from './test-plan.entity';
import { findCurrentPlan } from './test-plan.service';

@Resolver(() => TestPlan)
export class TestPlanResolver {
  @Authorized(ANY_ROLE)
  @Query(() => [TestPlan], { description: 'Every version of the CAT plan, newest first.' })
  testPlans(@Ctx() ctx: Context) {
    return ctx.db.manager.find(TestPlan, { order: { version: 'DESC' } });
  }

  @Authorized(ANY_ROLE)
  @Query(() => TestPlan, { description: 'One version of the CAT plan, or the latest published one; NOT_FOUND if there is none.' })
  async testPlan(
    @Arg('version', () => Int, { nullable: true, description: 'Version number; omit for the latest published.' }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    const plan = version ? await ctx.db.manager.findOneBy(TestPlan, { version }) : await findCurrentPlan(ctx.db.manager);
    if (!plan) throw notFound('TestPlan', version ? `version ${version}` : 'latest');
    return plan;
  }

  @FieldResolver(() => [TestCase], { description: 'The cases, in plan order.' })
  cases(@Root() plan: TestPlan, @Ctx() ctx: Context) {
    return ctx.loaders.testCasesOfPlan.load(plan.id);
  }
}
