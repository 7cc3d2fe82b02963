import { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import type { MutationName } from '../../../rules/mutation-names';
import { badInput, invalidTransition, notFound, statusList, statusWords } from '../../graphql/errors';
import { Deployment } from '../deployment/deployment.entity';
import { requireFiles } from '../file/file.service';
import { TemplateTask } from '../lifecycle-template/lifecycle-template.entity';
import { refuseTakenId } from '../sync/client-id';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { fulfil } from '../task/fulfilled-task';
import { Task } from '../task/task.entity';
import { Answers, checkAnswers, checkQuestions, QuestionSpec } from '../../../rules/questionnaire';
import { ResponseStatus } from './questionnaire.enums';
import { Questionnaire, QuestionnaireResponse } from './questionnaire.entity';
import { figure, MAX_LENGTH, MIN_SAID } from '../../../rules/limits';
import {
  PublishQuestionnaireInput, QuestionInput, ReviewResponseInput, SaveResponseInput, StartResponseInput, SubmitResponseInput,
} from './questionnaire.inputs';
import { RESPONSE_STATUS_LABELS } from '../../../rules/labels';
import { today } from '../../shared/clock';
import { formatDate } from '../../../rules/dates';

const EDITABLE = [ResponseStatus.DRAFT, ResponseStatus.RETURNED];

// ---------------------------------------------------------------------------------------------
// Questionnaires

/** The latest version of every questionnaire, by key. */
export function latestQuestionnaires(em: EntityManager) {
  return em.createQueryBuilder(Questionnaire, 'q')
    .where('q.version = (SELECT MAX(l.version) FROM questionnaire l WHERE l.key = q.key)')
    .orderBy('q.key', 'ASC').getMany();
}

export async function findQuestionnaire(em: EntityManager, key: string, version?: number | null) {
  const found = await em.findOne(Questionnaire, { where: version ? { key, version } : { key }, order: { version: 'DESC' } });
  if (!found) throw notFound('Questionnaire', version ? `${key} version ${version}` : key, `There is no questionnaire “${key}”${version ? ` version ${version}` : ''}.`);
  return found;
}

const toSpec = (q: QuestionInput): QuestionSpec => ({
  key: q.key, label: q.label.trim(), help: q.help ?? null, type: q.type, required: q.required, unit: q.unit ?? null,
  min: q.min ?? null, max: q.max ?? null, choices: q.choices?.map((c) => ({ value: c.value, label: c.label })) ?? null,
  visibleWhen: q.visibleWhen ? { questionKey: q.visibleWhen.questionKey, equals: q.visibleWhen.equals } : null,
  questions: q.questions?.map(toSpec) ?? null,
});

export function publishQuestionnaire(ctx: Context, input: PublishQuestionnaireInput) {
  return applyMutation(ctx, { operation: 'publishQuestionnaire', input }, async (tx) => {
    const questions = input.questions.map(toSpec);
    const problems = checkQuestions(questions);
    if (input.taskKey && !(await tx.existsBy(TemplateTask, { key: input.taskKey }))) {
      problems.push({ field: 'taskKey', message: `no lifecycle task has the key ${input.taskKey}.` });
    }
    if (problems.length) throw badInput(problems);
    const latest = await tx.findOne(Questionnaire, { where: { key: input.key }, order: { version: 'DESC' } });
    return tx.save(tx.create(Questionnaire, {
      key: input.key, version: (latest?.version ?? 0) + 1, title: input.title.trim(), description: input.description ?? null,
      taskKey: input.taskKey ?? null, questions, publishedBy: ctx.actor.name, publishedAt: ctx.clock.now(),
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// Responses

/** Checks answers against the response's version, and that every photo they name was uploaded. */
async function checked(ctx: Context, tx: EntityManager, questionnaire: Questionnaire, answers: Answers, complete: boolean) {
  const result = checkAnswers(questionnaire.questions, answers, { complete });
  if (result.problems.length) throw badInput(result.problems.map((p) => ({ field: `answers.${p.field}`, message: p.message })));
  await requireFiles(ctx, tx, result.photos.map((p) => ({ field: `answers.${p.field}`, sha256: p.sha256 })), 'photo');
  return result.kept;
}

/** Answers with the changes applied: a key set to null clears its answer. */
const merged = (current: Answers, changes: Answers) =>
  Object.fromEntries(Object.entries({ ...current, ...changes }).filter(([, v]) => v !== null && v !== undefined));

export function startResponse(ctx: Context, input: StartResponseInput) {
  return applyMutation(ctx, { operation: 'startResponse', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    const questionnaire = await tx.findOne(Questionnaire, { where: { key: input.questionnaireKey }, order: { version: 'DESC' } });
    if (!questionnaire) throw badInput([{ field: 'questionnaireKey', message: `no questionnaire has the key “${input.questionnaireKey}”.` }]);
    const existing = await tx.findOneBy(QuestionnaireResponse, { deploymentId: deployment.id, questionnaireKey: questionnaire.key });
    if (existing) {
      throw badInput([{ field: 'questionnaireKey', message: `the deployment already has a response to ${questionnaire.title} (${RESPONSE_STATUS_LABELS[existing.status].toLowerCase()}); save answers to it instead.` }]);
    }
    await refuseTakenId(tx, QuestionnaireResponse, input.id);
    const answers = await checked(ctx, tx, questionnaire, merged({}, input.answers ?? {}), false);
    return tx.save(tx.create(QuestionnaireResponse, {
      ...(input.id ? { id: input.id } : {}), deploymentId: deployment.id, questionnaireId: questionnaire.id, questionnaireKey: questionnaire.key,
      status: ResponseStatus.DRAFT, answers, filledOnSite: input.filledOnSite, reviewComment: null, submittedBy: null, submittedAt: null,
      reviewedBy: null, reviewedAt: null, taskId: null, startedBy: ctx.actor.name, updatedBy: ctx.actor.name,
    }));
  });
}

/** Loads a response for a change: locked and version-checked; a stale change becomes a Conflict. */
async function loadResponse(
  tx: EntityManager, ctx: Context, operation: MutationName, input: { responseId: string; mutationId?: string | null; baseVersion?: number | null },
  attempted: Record<string, unknown>,
): Promise<QuestionnaireResponse | Refusal> {
  const response = await loadForUpdate(tx, QuestionnaireResponse, input.responseId, 'QuestionnaireResponse');
  const stale = await refuseIfStale(tx, ctx, { operation, mutationId: input.mutationId, baseVersion: input.baseVersion, record: response, deploymentId: response.deploymentId, attempted });
  return stale ?? response;
}

function requireStatus(response: QuestionnaireResponse, allowed: ResponseStatus[], to: ResponseStatus | string) {
  if (!allowed.includes(response.status)) {
    throw invalidTransition('QuestionnaireResponse', response.id, response.status, to, `only a response that is ${statusList('QuestionnaireResponse', allowed)} can become ${statusWords('QuestionnaireResponse', to)}.`);
  }
}

export const saveResponse = (ctx: Context, input: SaveResponseInput) =>
  applyMutation(ctx, { operation: 'saveResponse', input }, (tx) => applySave(tx, ctx, input));

export async function applySave(tx: EntityManager, ctx: Context, input: SaveResponseInput): Promise<QuestionnaireResponse | Refusal> {
  const response = await loadResponse(tx, ctx, 'saveResponse', input, { answers: input.answers });
  if (response instanceof Refusal) return response;
  requireStatus(response, EDITABLE, ResponseStatus.DRAFT);
  const questionnaire = await tx.findOneByOrFail(Questionnaire, { id: response.questionnaireId });
  response.answers = await checked(ctx, tx, questionnaire, merged(response.answers, input.answers), false);
  response.status = ResponseStatus.DRAFT;
  response.updatedBy = ctx.actor.name;
  return tx.save(response);
}

export const submitResponse = (ctx: Context, input: SubmitResponseInput) =>
  applyMutation(ctx, { operation: 'submitResponse', input }, (tx) => applySubmit(tx, ctx, input));

/** Submits: every answer is validated against its question, and each failing question is named. */
export async function applySubmit(tx: EntityManager, ctx: Context, input: SubmitResponseInput): Promise<QuestionnaireResponse | Refusal> {
  const response = await loadResponse(tx, ctx, 'submitResponse', input, { status: ResponseStatus.SUBMITTED, ...(input.answers ? { answers: input.answers } : {}) });
  if (response instanceof Refusal) return response;
  requireStatus(response, EDITABLE, ResponseStatus.SUBMITTED);
  const questionnaire = await tx.findOneByOrFail(Questionnaire, { id: response.questionnaireId });
  response.answers = await checked(ctx, tx, questionnaire, merged(response.answers, input.answers ?? {}), true);
  Object.assign(response, { status: ResponseStatus.SUBMITTED, submittedBy: ctx.actor.name, submittedAt: ctx.clock.now(), updatedBy: ctx.actor.name });
  return tx.save(response);
}

export const acceptResponse = (ctx: Context, input: ReviewResponseInput) =>
  applyMutation(ctx, { operation: 'acceptResponse', input }, (tx) => applyAccept(tx, ctx, input));

/** Accepts: completes the task the questionnaire fulfils, obeying its prerequisites. */
export async function applyAccept(tx: EntityManager, ctx: Context, input: ReviewResponseInput): Promise<QuestionnaireResponse | Refusal> {
  const response = await loadResponse(tx, ctx, 'acceptResponse', input, { status: ResponseStatus.ACCEPTED, ...(input.comment ? { reviewComment: input.comment } : {}) });
  if (response instanceof Refusal) return response;
  requireStatus(response, [ResponseStatus.SUBMITTED], ResponseStatus.ACCEPTED);
  const questionnaire = await tx.findOneByOrFail(Questionnaire, { id: response.questionnaireId });
  const task = questionnaire.taskKey ? await tx.findOneBy(Task, { deploymentId: response.deploymentId, key: questionnaire.taskKey }) : null;
  Object.assign(response, {
    status: ResponseStatus.ACCEPTED, reviewComment: input.comment?.trim() ?? response.reviewComment, reviewedBy: ctx.actor.name,
    reviewedAt: ctx.clock.now(), taskId: task?.id ?? null, updatedBy: ctx.actor.name,
  });
  const saved = await tx.save(response);
  await fulfil(tx, ctx, task, `${questionnaire.title} (version ${questionnaire.version}) accepted on ${formatDate(today(ctx.clock))}`);
  return saved;
}

export const returnResponse = (ctx: Context, input: ReviewResponseInput) =>
  applyMutation(ctx, { operation: 'returnResponse', input }, (tx) => applyReturn(tx, ctx, input));

export async function applyReturn(tx: EntityManager, ctx: Context, input: ReviewResponseInput): Promise<QuestionnaireResponse | Refusal> {
  if (!input.comment?.trim()) throw badInput([{ field: 'comment', message: `say what the court should correct (${MIN_SAID} to ${figure(MAX_LENGTH.notes)} characters).` }]);
  const response = await loadResponse(tx, ctx, 'returnResponse', input, { status: ResponseStatus.RETURNED, reviewComment: input.comment });
  if (response instanceof Refusal) return response;
  requireStatus(response, [ResponseStatus.SUBMITTED], ResponseStatus.RETURNED);
  Object.assign(response, {
    status: ResponseStatus.RETURNED, reviewComment: input.comment.trim(), reviewedBy: ctx.actor.name, reviewedAt: ctx.clock.now(), updatedBy: ctx.actor.name,
  });
  return tx.save(response);
}

export async function getResponse(ctx: Context, id: string) {
  const response = await ctx.db.manager.findOneBy(QuestionnaireResponse, { id });
  if (!response) throw notFound('QuestionnaireResponse', id);
  return response;
}
