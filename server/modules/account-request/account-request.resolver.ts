import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PLANNERS, TASK_PROGRESS } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { Organization } from '../organization/organization.entity';
import { AccountRequest } from './account-request.entity';
import { ChangeAccountRequestStatusInput, RequestAccountInput } from './account-request.inputs';
import * as accounts from './account-request.service';

@Resolver(() => AccountRequest)
export class AccountRequestResolver {
  @Authorized(TASK_PROGRESS)
  @Mutation(() => AccountRequest, { description: 'Requests a CCPOR account for a person of the court or a participating LEA.' })
  requestAccount(@Arg('input', () => RequestAccountInput, { description: 'The request.' }) input: RequestAccountInput, @Ctx() ctx: Context) {
    return accounts.requestAccount(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => AccountRequest, {
    description: 'Approves, activates or rejects an account request; when every request is ACTIVE or REJECTED the access dependency is met.',
  })
  changeAccountRequestStatus(
    @Arg('input', () => ChangeAccountRequestStatusInput, { description: 'The new status.' }) input: ChangeAccountRequestStatusInput, @Ctx() ctx: Context,
  ) {
    return accounts.changeAccountRequestStatus(ctx, input);
  }

  @FieldResolver(() => Organization, { description: 'The court or LEA the person works for.' })
  async organization(@Root() r: AccountRequest, @Ctx() ctx: Context) {
    return (await ctx.loaders.organization.load(r.organizationId))!;
  }
}

@Resolver(() => Deployment)
export class DeploymentAccountResolver {
  @FieldResolver(() => [AccountRequest], { description: 'CCPOR account requests, by person name.' })
  accountRequests(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.accountRequestsOfDeployment.load(d.id);
  }
}
