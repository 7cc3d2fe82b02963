import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Deployment } from '../deployment/deployment.entity';
import { Defect } from './defect.entity';

@Resolver(() => Deployment)
export class DeploymentDefectsResolver {
  @FieldResolver(() => [Defect], { description: 'Defects raised in any run, oldest first.' })
  defects(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.defectsOfDeployment.load(d.id);
  }
}
