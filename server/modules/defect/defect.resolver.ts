import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { TASK_PROGRESS } from '../access/roles';
import { TestResult, TestRun } from '../test-run/test-run.entity';
import { Defect } from './defect.entity';
import { RaiseDefectInput, UpdateDefectInput } from './defect.inputs';
import * as defects from './defect.service';

@Resolver(() => Defect)
export class DefectResolver {
  @Authorized(TASK_PROGRESS)
  @Mutation(() => Defect, { description: 'Raises a defect from FAILED attempts of a run.' })
  raiseDefect(@Arg('input', () => RaiseDefectInput, { description: 'The defect.' }) input: RaiseDefectInput, @Ctx() ctx: Context) {
    return defects.raiseDefect(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => Defect, { description: 'Moves a defect (OPEN → FIXED → VERIFIED, WONT_FIX, or back to OPEN) and links more attempts.' })
  updateDefect(@Arg('input', () => UpdateDefectInput, { description: 'The change.' }) input: UpdateDefectInput, @Ctx() ctx: Context) {
    return defects.updateDefect(ctx, input);
  }

  @FieldResolver(() => [TestResult], { description: 'The attempts linked to the defect, oldest first.' })
  attempts(@Root() defect: Defect, @Ctx() ctx: Context) {
    return ctx.loaders.attemptsOfDefect.load(defect.id);
  }

  @FieldResolver(() => TestRun, { description: 'The run whose attempts showed the defect.' })
  async run(@Root() defect: Defect, @Ctx() ctx: Context) {
    return (await ctx.loaders.testRun.load(defect.runId))!;
  }
}
