import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { getReadiness } from './readiness.service';
import { Readiness } from './readiness.types';

@Resolver(() => Deployment)
export class ReadinessResolver {
  @Authorized(ANY_ROLE)
  @Query(() => Readiness, { description: 'Go-live readiness of a deployment, computed now (the same answer as Deployment.readiness and goLive).' })
  deploymentReadiness(@Arg('deploymentId', () => ID, { description: 'Deployment id.' }) deploymentId: string, @Ctx() ctx: Context) {
    return getReadiness(ctx, deploymentId);
  }

  @FieldResolver(() => Readiness, { description: 'Go-live readiness computed now: GO, or NO_GO with every blocker.' })
  readiness(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.readiness.load(d.id);
  }
}
