import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PLANNERS } from '../access/roles';
import { Deployment } from './deployment.entity';
import { AssignDeploymentStaffInput } from './deployment-staff.inputs';
import * as staff from './deployment-staff.service';
import { StaffMember } from './deployment.types';

@Resolver(() => Deployment)
export class DeploymentStaffResolver {
  @Authorized(PLANNERS)
  @Query(() => [StaffMember], { description: 'Active CCPOR team members who can be assigned to deployments (coordinators, administrators, field staff), by name.' })
  assignableStaff(@Ctx() ctx: Context) {
    return staff.assignableStaff(ctx);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Deployment, { description: 'Assigns a deployment’s coordinator and field staff.' })
  assignDeploymentStaff(@Arg('input', () => AssignDeploymentStaffInput, { description: 'Who.' }) input: AssignDeploymentStaffInput, @Ctx() ctx: Context) {
    return staff.assignDeploymentStaff(ctx, input);
  }
}
