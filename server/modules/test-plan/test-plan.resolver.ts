import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE, PLANNERS } from '../access/roles';
import { notFound } from '../../graphql/errors';
import { TestPlanDraft } from './test-plan-draft.entity';
import { TestCase, TestPlan } from './test-plan.entity';
import { SaveTestPlanDraftInput, StartTestPlanDraftInput, TestPlanDraftActionInput } from './test-plan.inputs';
import * as plans from './test-plan.service';
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
    if (!plan) throw notFound('TestPlan', version ? `version ${version}` : 'latest', version ? `CAT plan version ${version} does not exist.` : 'No CAT plan is published yet.');
    return plan;
  }

  @Authorized(PLANNERS)
  @Query(() => TestPlanDraft, { nullable: true, description: 'The draft of the next CAT plan version, if one is being edited.' })
  testPlanDraft(@Ctx() ctx: Context) {
    return plans.findDraft(ctx.db.manager);
  }

  @Authorized(PLANNERS)
  @Mutation(() => TestPlanDraft, { description: 'Starts the draft of the next CAT plan version as a copy of a published one (one draft at a time).' })
  startTestPlanDraft(@Arg('input', () => StartTestPlanDraftInput, { description: 'Which version to copy.' }) input: StartTestPlanDraftInput, @Ctx() ctx: Context) {
    return plans.startTestPlanDraft(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => TestPlanDraft, { description: 'Saves the draft’s name and cases (titles, steps, expected results, order).' })
  saveTestPlanDraft(@Arg('input', () => SaveTestPlanDraftInput, { description: 'The whole draft.' }) input: SaveTestPlanDraftInput, @Ctx() ctx: Context) {
    return plans.saveTestPlanDraft(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => TestPlan, { description: 'Publishes the draft as the next CAT plan version: new runs use it; existing runs keep their version.' })
  publishTestPlanDraft(@Arg('input', () => TestPlanDraftActionInput, { description: 'The draft.' }) input: TestPlanDraftActionInput, @Ctx() ctx: Context) {
    return plans.publishTestPlanDraft(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Boolean, { description: 'Discards the draft; the published versions stay as they are.' })
  discardTestPlanDraft(@Arg('input', () => TestPlanDraftActionInput, { description: 'The draft.' }) input: TestPlanDraftActionInput, @Ctx() ctx: Context) {
    return plans.discardTestPlanDraft(ctx, input);
  }

  @FieldResolver(() => [TestCase], { description: 'The cases, in plan order.' })
  cases(@Root() plan: TestPlan, @Ctx() ctx: Context) {
    return ctx.loaders.testCasesOfPlan.load(plan.id);
  }
}
