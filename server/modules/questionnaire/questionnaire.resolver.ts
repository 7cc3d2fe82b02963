import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ADMINS, ANY_ROLE, PLANNERS, TASK_PROGRESS } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { Questionnaire, QuestionnaireResponse } from './questionnaire.entity';
import { PublishQuestionnaireInput, RetireQuestionnaireInput, ReviewResponseInput, SaveResponseInput, StartResponseInput, SubmitResponseInput } from './questionnaire.inputs';
import * as questionnaires from './questionnaire.service';

@Resolver(() => QuestionnaireResponse)
export class QuestionnaireResolver {
  @Authorized(ANY_ROLE)
  @Query(() => [Questionnaire], { description: 'The latest version of every questionnaire, by key.' })
  questionnaires(@Ctx() ctx: Context) {
    return questionnaires.latestQuestionnaires(ctx.db.manager);
  }

  @Authorized(ANY_ROLE)
  @Query(() => Questionnaire, { description: 'A questionnaire version: the latest, or the version asked for; NOT_FOUND if there is none.' })
  questionnaire(
    @Arg('key', () => String, { description: 'Which questionnaire, e.g. BUSINESS_OPERATION.' }) key: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version number; omit for the latest.' }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return questionnaires.findQuestionnaire(ctx.db.manager, key, version);
  }

  @Authorized(ANY_ROLE)
  @Query(() => QuestionnaireResponse, { description: 'One questionnaire response; NOT_FOUND if there is none with this id.' })
  questionnaireResponse(@Arg('id', () => ID, { description: 'Response id.' }) id: string, @Ctx() ctx: Context) {
    return questionnaires.getResponse(ctx, id);
  }

  @Authorized(ADMINS)
  @Mutation(() => Questionnaire, { description: 'Publishes a new version of a questionnaire. Published versions never change.' })
  publishQuestionnaire(@Arg('input', () => PublishQuestionnaireInput, { description: 'The new version.' }) input: PublishQuestionnaireInput, @Ctx() ctx: Context) {
    return questionnaires.publishQuestionnaire(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => Questionnaire, {
    description: 'Retires a superseded questionnaire version: responses on it not yet accepted move to the latest version, editable (a submitted one is returned with a comment saying why), and a response started on it later starts on the latest.',
  })
  retireQuestionnaire(@Arg('input', () => RetireQuestionnaireInput, { description: 'The version to retire.' }) input: RetireQuestionnaireInput, @Ctx() ctx: Context) {
    return questionnaires.retireQuestionnaire(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => QuestionnaireResponse, { description: 'Starts a deployment’s DRAFT response to a questionnaire, on the version it was filled in (or the latest); it keeps that version until the version is retired.' })
  startResponse(@Arg('input', () => StartResponseInput, { description: 'The response.' }) input: StartResponseInput, @Ctx() ctx: Context) {
    return questionnaires.startResponse(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => QuestionnaireResponse, { description: 'Saves answers to a DRAFT or RETURNED response, checking only the answers given.' })
  saveResponse(@Arg('input', () => SaveResponseInput, { description: 'The answers.' }) input: SaveResponseInput, @Ctx() ctx: Context) {
    return questionnaires.saveResponse(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => QuestionnaireResponse, { description: 'Submits a response; BAD_USER_INPUT names each question that fails.' })
  submitResponse(@Arg('input', () => SubmitResponseInput, { description: 'The response.' }) input: SubmitResponseInput, @Ctx() ctx: Context) {
    return questionnaires.submitResponse(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => QuestionnaireResponse, { description: 'Accepts a submitted response; completes the task it fulfils (IN_PROGRESS while its prerequisites are open).' })
  acceptResponse(@Arg('input', () => ReviewResponseInput, { description: 'The review.' }) input: ReviewResponseInput, @Ctx() ctx: Context) {
    return questionnaires.acceptResponse(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => QuestionnaireResponse, { description: 'Returns a submitted response to the court with comments.' })
  returnResponse(@Arg('input', () => ReviewResponseInput, { description: 'The review; a comment is required.' }) input: ReviewResponseInput, @Ctx() ctx: Context) {
    return questionnaires.returnResponse(ctx, input);
  }

  @FieldResolver(() => Questionnaire, { name: 'questionnaire', description: 'The questionnaire version answered.' })
  async questionnaireOf(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context) {
    return (await ctx.loaders.questionnaire.load(r.questionnaireId))!;
  }
}

@Resolver(() => Deployment)
export class DeploymentQuestionnaireResolver {
  @FieldResolver(() => [QuestionnaireResponse], { description: 'Questionnaire responses, by questionnaire.' })
  questionnaireResponses(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.responsesOfDeployment.load(d.id);
  }
}
