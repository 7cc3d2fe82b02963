import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { FIELD_WORK, PLANNERS } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { TrainingSession } from './training.entity';
import { RecordTrainingHeldInput, ScheduleTrainingInput, UpdateTrainingSessionInput } from './training.inputs';
import * as training from './training.service';

@Resolver(() => TrainingSession)
export class TrainingResolver {
  @Authorized(PLANNERS)
  @Mutation(() => TrainingSession, { description: 'Schedules a training session.' })
  scheduleTraining(@Arg('input', () => ScheduleTrainingInput, { description: 'The session.' }) input: ScheduleTrainingInput, @Ctx() ctx: Context) {
    return training.scheduleTraining(ctx, input);
  }

  // Field staff record a session held (recordTrainingHeld); its trainer, date and mode are the planners'.
  @Authorized(PLANNERS)
  @Mutation(() => TrainingSession, { description: 'Changes a planned training session (planners).' })
  updateTrainingSession(@Arg('input', () => UpdateTrainingSessionInput, { description: 'The changes.' }) input: UpdateTrainingSessionInput, @Ctx() ctx: Context) {
    return training.updateTrainingSession(ctx, input);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => TrainingSession, { description: 'Records that a planned session took place; completes the CCPOR training task (IN_PROGRESS while its prerequisites are open).' })
  recordTrainingHeld(@Arg('input', () => RecordTrainingHeldInput, { description: 'The session.' }) input: RecordTrainingHeldInput, @Ctx() ctx: Context) {
    return training.recordTrainingHeld(ctx, input);
  }
}

@Resolver(() => Deployment)
export class DeploymentTrainingResolver {
  @FieldResolver(() => [TrainingSession], { description: 'Training sessions, by date.' })
  trainingSessions(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.trainingSessionsOfDeployment.load(d.id);
  }
}
