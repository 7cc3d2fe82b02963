import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PLANNERS } from '../access/roles';
import { Deployment } from './deployment.entity';
import { GoLiveInput } from './go-live.inputs';
import * as goLive from './go-live.service';

@Resolver(() => Deployment)
export class GoLiveResolver {
  @Authorized(PLANNERS)
  @Mutation(() => Deployment, {
    description: 'Takes the deployment live when readiness is GO (else NOT_READY with the blockers): actual go-live today, status LIVE, phase POST_GO_LIVE.',
  })
  goLive(@Arg('input', () => GoLiveInput, { description: 'The deployment.' }) input: GoLiveInput, @Ctx() ctx: Context) {
    return goLive.goLive(ctx, input);
  }
}
