import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE, PLANNERS } from '../access/roles';
import { Defect } from '../defect/defect.entity';
import { Deployment } from '../deployment/deployment.entity';
import { CloseOut, Incident } from '../incident/incident.entity';
import { TestRun } from '../test-run/test-run.entity';
import { GoLiveInput } from './go-live.inputs';
import * as goLive from './go-live.service';
import { Readiness } from './readiness.types';

/** Deployment fields of acceptance testing, readiness and post go-live, and the goLive action. */
@Resolver(() => Deployment)
export class DeploymentCatResolver {
  @Authorized(ANY_ROLE)
  @Query(() => Readiness, { description: 'Go-live readiness of a deployment, computed now (the same answer as Deployment.readiness and goLive).' })
  deploymentReadiness(@Arg('deploymentId', () => ID, { description: 'Deployment id.' }) deploymentId: string, @Ctx() ctx: Context) {
    return goLive.getReadiness(ctx, deploymentId);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Deployment, {
    description: 'Takes the deployment live when readiness is GO (else NOT_READY with the blockers): actual go-live today, status LIVE, phase POST_GO_LIVE.',
  })
  goLive(@Arg('input', () => GoLiveInput, { description: 'The deployment.' }) input: GoLiveInput, @Ctx() ctx: Context) {
    return goLive.goLive(ctx, input);
  }

  @FieldResolver(() => Readiness, { description: 'Go-live readiness computed now: GO, or NO_GO with every blocker.' })
  readiness(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.readiness.load(d.id);
  }

  @FieldResolver(() => [TestRun], { description: 'CAT runs, oldest first.' })
  testRuns(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.testRunsOfDeployment.load(d.id);
  }

  @FieldResolver(() => [Defect], { description: 'Defects raised in any run, oldest first.' })
  defects(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.defectsOfDeployment.load(d.id);
  }

  @FieldResolver(() => [Incident], { description: 'Incidents reported after go-live, oldest first.' })
  incidents(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.incidentsOfDeployment.load(d.id);
  }

  @FieldResolver(() => CloseOut, { nullable: true, description: 'The court’s close-out approval, once given.' })
  async closeOut(@Root() d: Deployment, @Ctx() ctx: Context) {
    return (await ctx.loaders.closeOutOfDeployment.load(d.id))[0] ?? null;
  }
}
