import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { DateBound } from '../../graphql/date-bounds';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { HealthStatus } from './health';
import { DeploymentStatus } from './deployment.entity';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { DeploymentOrder } from '../../../rules/enums';
import { ReadinessStatus } from '../readiness/readiness.types';

export { DeploymentOrder };

registerEnumType(DeploymentOrder, {
  name: 'DeploymentOrder',
  description: 'How the deployments list is sorted.',
  valuesConfig: {
    GO_LIVE: { description: 'Target go-live, soonest first (fewest days to go-live first).' },
    GO_LIVE_LATEST: { description: 'Target go-live, latest first (most days to go-live first).' },
    NAME: { description: 'The court’s name, A to Z.' },
    HEALTH: { description: 'Health as of today, worst first (late, at risk, on track), then target go-live.' },
  },
});

@InputType({ description: 'Filters for lists of deployments; all given filters must match.' })
export class DeploymentFilter {
  @Field(() => [Phase], { nullable: true, description: 'Only these phases.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10)
  phase?: Phase[] | null;

  @Field(() => [DeploymentStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10)
  status?: DeploymentStatus[] | null;

  @Field(() => [HealthStatus], { nullable: true, description: 'Only these health statuses (as of today).' })
  @IsOptional() @IsArray() @ArrayMaxSize(10)
  health?: HealthStatus[] | null;

  @Field(() => [ReadinessStatus], { nullable: true, description: 'Only these go-live readiness statuses (GO, NO_GO), as kept per deployment.' })
  @IsOptional() @IsArray() @ArrayMaxSize(2)
  readiness?: ReadinessStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Only courts of these counties, e.g. "Fresno".' })
  @IsOptional() @IsArray() @ArrayMaxSize(58) @Length(1, 60, { each: true })
  county?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only deployments whose court or a participating agency has this in its name (any case).' })
  @IsOptional() @Length(1, 100)
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only deployments led by these coordinators.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  coordinatorIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only deployments with one of these field staff assigned.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  fieldStaffIds?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Only these waves.' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsInt({ each: true })
  wave?: number[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Target go-live on or after this date.' })
  goLiveFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Target go-live on or before this date.' })
  goLiveTo?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Went live on or after this date.' })
  wentLiveFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Went live on or before this date.' })
  wentLiveTo?: string | null;
}

@InputType({ description: 'A new deployment of a court onto CCPOR.' })
export class CreateDeploymentInput extends MutationInput {
  @IdInput('The court being deployed.')
  courtId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Law-enforcement agencies taking part with the court.' })
  @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  leaIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Deployment wave, 1 to 99.' })
  @IsOptional() @IsInt() @Min(1) @Max(99)
  wave?: number | null;

  @Field(() => LocalDateResolver, { description: 'Target go-live date; today or later.' })
  @DateBound('planned')
  targetGoLive!: string;

  @OptionalIdInput('The coordinator who leads it (a COORDINATOR or ADMIN user); omit for none.')
  coordinatorId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'The field staff assigned to its site visits (FIELD_STAFF users).' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  fieldStaffIds?: string[];
}

@InputType({ description: 'Changes to a deployment’s wave or participating LEAs.' })
export class UpdateDeploymentInput extends UpdateMutationInput {
  @IdInput('The deployment to change.')
  deploymentId!: string;

  @Field(() => Int, { nullable: true, description: 'New wave, 1 to 99; omit to keep it.' })
  @IsOptional() @IsInt() @Min(1) @Max(99)
  wave?: number | null;

  @Field(() => [ID], { nullable: true, description: 'The full new list of participating LEAs; omit to keep it.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  leaIds?: string[] | null;
}

@InputType({ description: 'A new target go-live date.' })
export class RescheduleGoLiveInput extends UpdateMutationInput {
  @IdInput('The deployment to reschedule.')
  deploymentId!: string;

  @Field(() => LocalDateResolver, { description: 'New target go-live date; today or later.' })
  @DateBound('planned')
  targetGoLive!: string;
}

@InputType({ description: 'Undoes a saved go-live move: go-live and every task and dependency still open return to their dates before it.' })
export class UndoRescheduleInput extends UpdateMutationInput {
  @IdInput('The move to undo (RescheduleReport.reschedule or Deployment.lastReschedule); baseVersion is the deployment’s.')
  rescheduleId!: string;
}

@InputType({ description: 'Moves a deployment to the next phase through the phase gate.' })
export class AdvancePhaseInput extends UpdateMutationInput {
  @IdInput('The deployment to advance.')
  deploymentId!: string;
}

const SETTABLE_STATUSES = [
  DeploymentStatus.INTERESTED, DeploymentStatus.COMMITTED, DeploymentStatus.IN_PROGRESS,
  DeploymentStatus.ON_HOLD, DeploymentStatus.WITHDRAWN,
];

@InputType({ description: 'A change of a deployment’s status (LIVE and CLOSED have their own actions).' })
export class ChangeDeploymentStatusInput extends UpdateMutationInput {
  @IdInput('The deployment.')
  deploymentId!: string;

  @Field(() => DeploymentStatus, { description: 'The new status: INTERESTED, COMMITTED, IN_PROGRESS, ON_HOLD or WITHDRAWN.' })
  @IsIn(SETTABLE_STATUSES, { message: 'status must be INTERESTED, COMMITTED, IN_PROGRESS, ON_HOLD or WITHDRAWN; LIVE and CLOSED have their own actions' })
  status!: DeploymentStatus;
}
