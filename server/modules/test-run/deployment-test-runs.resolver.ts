import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Deployment } from '../deployment/deployment.entity';
import { TestRun } from './test-run.entity';

@Resolver(() => Deployment)
export class DeploymentTestRunsResolver {
  @FieldResolver(() => [TestRun], { description: 'CAT runs, oldest first.' })
  testRuns(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.testRunsOfDeployment.load(d.id);
  }
}
