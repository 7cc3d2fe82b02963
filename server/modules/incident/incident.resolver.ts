import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CLOSE_OUT_APPROVERS, INCIDENT_REPORTERS, PLANNERS } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { Incident } from './incident.entity';
import { ApproveCloseOutInput, ReportIncidentInput, UpdateIncidentInput } from './incident.inputs';
import * as incidents from './incident.service';

@Resolver(() => Incident)
export class IncidentResolver {
  @Authorized(INCIDENT_REPORTERS)
  @Mutation(() => Incident, { description: 'Reports an incident of a deployment that went live.' })
  reportIncident(@Arg('input', () => ReportIncidentInput, { description: 'The incident.' }) input: ReportIncidentInput, @Ctx() ctx: Context) {
    return incidents.reportIncident(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Incident, { description: 'Moves an incident (OPEN → INVESTIGATING → RESOLVED → CLOSED) or changes its severity.' })
  updateIncident(@Arg('input', () => UpdateIncidentInput, { description: 'The change.' }) input: UpdateIncidentInput, @Ctx() ctx: Context) {
    return incidents.updateIncident(ctx, input);
  }

  @Authorized(CLOSE_OUT_APPROVERS)
  @Mutation(() => Deployment, {
    description: 'The court approves close-out: the deployment becomes CLOSED (INVALID_TRANSITION while a SEV1 or SEV2 incident is unresolved).',
  })
  approveCloseOut(@Arg('input', () => ApproveCloseOutInput, { description: 'The approval.' }) input: ApproveCloseOutInput, @Ctx() ctx: Context) {
    return incidents.approveCloseOut(ctx, input);
  }
}
