import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Defect } from '../defect/defect.entity';
import { Deployment } from '../deployment/deployment.entity';
import { TestRun } from '../test-run/test-run.entity';

/** Deployment fields of acceptance testing, readiness and post go-live. */
@Resolver(() => Deployment)
export class DeploymentCatResolver {
  @FieldResolver(() => [TestRun], { description: 'CAT runs, oldest first.' })
  testRuns(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.testRunsOfDeployment.load(d.id);
  }

  @FieldResolver(() => [Defect], { description: 'Defects raised in any run, oldest first.' })
  defects(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.defectsOfDeployment.load(d.id);
  }
}
