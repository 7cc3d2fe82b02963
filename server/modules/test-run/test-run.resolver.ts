import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE, FIELD_WORK, TASK_PROGRESS } from '../access/roles';
import { Defect, DefectSeverity, SETTLED_DEFECT_STATUSES } from '../defect/defect.entity';
import { Deployment } from '../deployment/deployment.entity';
import { SignOff } from '../sign-off/sign-off.entity';
import { TestCase, TestPlan } from '../test-plan/test-plan.entity';
import { TestResult, TestRun } from './test-run.entity';
import { RecordTestResultInput, RecordTestResultsInput, StartTestRunInput } from './test-run.inputs';
import * as runs from './test-run.service';
import { RecordTestResultsPayload, RunCase, RunSummary } from './test-run.types';

@Resolver(() => TestRun)
export class TestRunResolver {
  @Authorized(ANY_ROLE)
  @Query(() => TestRun, { description: 'One test run; NOT_FOUND if there is none with this id.' })
  testRun(@Arg('id', () => ID, { description: 'Test run id.' }) id: string, @Ctx() ctx: Context) {
    return runs.getTestRun(ctx, id);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => TestRun, { description: 'Starts a CAT run on the latest published plan; an images-only court’s CARPOS cases start NOT_APPLICABLE.' })
  startTestRun(@Arg('input', () => StartTestRunInput, { description: 'The run.' }) input: StartTestRunInput, @Ctx() ctx: Context) {
    return runs.startTestRun(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => TestResult, { description: 'Records one attempt at a test case (append-only: a re-test adds another).' })
  recordTestResult(@Arg('input', () => RecordTestResultInput, { description: 'The attempt.' }) input: RecordTestResultInput, @Ctx() ctx: Context) {
    return runs.recordTestResult(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => RecordTestResultsPayload, {
    description: 'Records many attempts of one run in one request, each at most once by its mutationId, each answered on its own (as recordTestResult would).',
  })
  recordTestResults(@Arg('input', () => RecordTestResultsInput, { description: 'The run and its attempts.' }) input: RecordTestResultsInput, @Ctx() ctx: Context) {
    return runs.recordTestResults(ctx, input);
  }

  @FieldResolver(() => Deployment, { description: 'The deployment tested.' })
  async deployment(@Root() run: TestRun, @Ctx() ctx: Context) {
    return (await ctx.loaders.deployment.load(run.deploymentId))!;
  }

  @FieldResolver(() => TestPlan, { description: 'The plan version the run follows.' })
  async plan(@Root() run: TestRun, @Ctx() ctx: Context) {
    return (await ctx.loaders.testPlan.load(run.planId))!;
  }

  @FieldResolver(() => RunSummary, { description: 'Counts by case status, pass rate and open defects, computed now.' })
  async summary(@Root() run: TestRun, @Ctx() ctx: Context): Promise<RunSummary> {
    const [row, defects] = await Promise.all([ctx.loaders.runStatus.load(run.id), ctx.loaders.defectsOfRun.load(run.id)]);
    const open = defects.filter((d) => !SETTLED_DEFECT_STATUSES.includes(d.status));
    const applicable = row.total - row.notApplicable;
    const { runId: _r, ...counts } = row;
    return {
      ...counts,
      // Percent, one decimal: the one unit of pass rates, in the reports too (docs/domain.md#court-acceptance-testing).
      passPercent: applicable ? Math.round((1000 * row.passed) / applicable) / 10 : null,
      openDefects: {
        critical: open.filter((d) => d.severity === DefectSeverity.CRITICAL).length,
        major: open.filter((d) => d.severity === DefectSeverity.MAJOR).length,
        minor: open.filter((d) => d.severity === DefectSeverity.MINOR).length,
      },
    };
  }

  @FieldResolver(() => [RunCase], { description: 'Every case of the plan with its computed status and attempt history, in plan order.' })
  async cases(@Root() run: TestRun, @Ctx() ctx: Context): Promise<RunCase[]> {
    const [statuses, attempts, cases] = await Promise.all([
      ctx.loaders.caseStatusesOfRun.load(run.id), ctx.loaders.attemptsOfRun.load(run.id), ctx.loaders.testCasesOfPlan.load(run.planId),
    ]);
    const caseById = new Map(cases.map((c) => [c.id, c]));
    return statuses.map((s) => {
      const history = attempts.filter((a) => a.caseId === s.caseId);
      return {
        testCase: caseById.get(s.caseId)!, status: s.status, attempts: history,
        latestAttempt: history.find((a) => a.id === s.attemptId) ?? null,
      };
    });
  }

  @FieldResolver(() => [SignOff], { description: 'Sign-offs of this run, oldest first (re-signing adds one).' })
  signOffs(@Root() run: TestRun, @Ctx() ctx: Context) {
    return ctx.loaders.signOffsOfRun.load(run.id);
  }

  @FieldResolver(() => [Defect], { description: 'Defects raised in this run, oldest first.' })
  defects(@Root() run: TestRun, @Ctx() ctx: Context) {
    return ctx.loaders.defectsOfRun.load(run.id);
  }
}

@Resolver(() => TestResult)
export class TestResultResolver {
  @FieldResolver(() => TestCase, { description: 'The test case attempted.' })
  async testCase(@Root() attempt: TestResult, @Ctx() ctx: Context) {
    return (await ctx.loaders.testCase.load(attempt.caseId))!;
  }

  @FieldResolver(() => [Defect], { description: 'Defects this attempt is linked to.' })
  defects(@Root() attempt: TestResult, @Ctx() ctx: Context) {
    return ctx.loaders.defectsOfAttempt.load(attempt.id);
  }
}
