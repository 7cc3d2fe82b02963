import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { SIGNERS } from '../access/roles';
import { Organization } from '../organization/organization.entity';
import { TestRun } from '../test-run/test-run.entity';
import { changesSince } from './runs-now';
import { SignOff, SignOffStatus } from './sign-off.entity';
import { SignOffRunInput } from './sign-off.inputs';
import * as signOffs from './sign-off.service';

@Resolver(() => SignOff)
export class SignOffResolver {
  @Authorized(SIGNERS)
  @Mutation(() => SignOff, {
    description: 'Signs off a run for a party (SIGN_OFF_BLOCKED while a CRITICAL case is not PASSED or NOT_APPLICABLE, or a CRITICAL or MAJOR defect is open).',
  })
  signOffRun(@Arg('input', () => SignOffRunInput, { description: 'The sign-off.' }) input: SignOffRunInput, @Ctx() ctx: Context) {
    return signOffs.signOffRun(ctx, input);
  }

  @FieldResolver(() => SignOffStatus, { description: 'CURRENT, or STALE once a later attempt or defect change altered what was signed.' })
  async status(@Root() s: SignOff, @Ctx() ctx: Context) {
    return changesSince(s.basis, await ctx.loaders.runNow.load(s.runId)).length ? SignOffStatus.STALE : SignOffStatus.CURRENT;
  }

  @FieldResolver(() => [String], { description: 'What changed since signing, in words; empty while CURRENT.' })
  async staleBecause(@Root() s: SignOff, @Ctx() ctx: Context) {
    return changesSince(s.basis, await ctx.loaders.runNow.load(s.runId));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The court or LEA that signed; null for the CCPOR team.' })
  async organization(@Root() s: SignOff, @Ctx() ctx: Context) {
    return s.organizationId ? (await ctx.loaders.organization.load(s.organizationId)) ?? null : null;
  }

  @FieldResolver(() => TestRun, { description: 'The run signed off.' })
  async run(@Root() s: SignOff, @Ctx() ctx: Context) {
    return (await ctx.loaders.testRun.load(s.runId))!;
  }
}
