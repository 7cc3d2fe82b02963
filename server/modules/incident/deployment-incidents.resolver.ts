import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Deployment } from '../deployment/deployment.entity';
import { CloseOut, Incident } from './incident.entity';

/** A deployment after go-live: its incidents and the close-out they hold back. */
@Resolver(() => Deployment)
export class DeploymentIncidentsResolver {
  @FieldResolver(() => [Incident], { description: 'Incidents reported after go-live, oldest first.' })
  incidents(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.incidentsOfDeployment.load(d.id);
  }

  @FieldResolver(() => CloseOut, { nullable: true, description: 'The court’s close-out approval, once given.' })
  async closeOut(@Root() d: Deployment, @Ctx() ctx: Context) {
    return (await ctx.loaders.closeOutOfDeployment.load(d.id))[0] ?? null;
  }
}
