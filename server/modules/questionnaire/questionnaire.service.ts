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
import { Organization } from '../organization/organization.entity';
import { MailKind } from '../mail/mail.entity';
import { partnersOf, queueMail } from '../mail/outbox';
import { Questionnaire, QuestionnaireResponse } from './questionnaire.entity';
import { figure, MAX_LENGTH, MIN_SAID } from '../../../rules/limits';
import {
  PublishQuestionnaireInput, QuestionInput, RetireQuestionnaireInput, ReviewResponseInput, SaveResponseInput, StartResponseInput, SubmitResponseInput,
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

/** The answers a version accepts as a draft: those to its questions, shown and valid. */
const accepted = (questionnaire: Questionnaire, answers: Answers) => checkAnswers(questionnaire.questions, answers, { complete: false }).kept;

/**
 * Retires a superseded version: every response on it not yet accepted moves to the latest version
 * (docs/domain.md#questionnaires), keeping the answers that version accepts; a submitted one is
 * returned, so that it is answered again and submitted on the latest version.
 */
export function retireQuestionnaire(ctx: Context, input: RetireQuestionnaireInput) {
  return applyMutation(ctx, { operation: 'retireQuestionnaire', input }, async (tx) => {
    const questionnaire = await loadForUpdate(tx, Questionnaire, input.questionnaireId, 'Questionnaire');
    const latest = await tx.findOneOrFail(Questionnaire, { where: { key: questionnaire.key }, order: { version: 'DESC' } });
    const named = `version ${questionnaire.version} of the ${questionnaire.title}`;
    if (latest.id === questionnaire.id) {
      throw badInput([{ field: 'questionnaireId', message: `${named} is its latest; publish a new version before retiring this one.` }]);
    }
    if (questionnaire.retiredAt) throw badInput([{ field: 'questionnaireId', message: `${named} was already retired by ${questionnaire.retiredBy}.` }]);
    Object.assign(questionnaire, { retiredAt: ctx.clock.now(), retiredBy: ctx.actor.name });
    const saved = await tx.save(questionnaire);
    const open = await tx.find(QuestionnaireResponse, { where: { questionnaireId: questionnaire.id }, order: { id: 'ASC' } });
    for (const response of open.filter((r) => r.status !== ResponseStatus.ACCEPTED)) {
      Object.assign(response, { questionnaireId: latest.id, answers: accepted(latest, response.answers), updatedBy: ctx.actor.name });
      if (response.status === ResponseStatus.SUBMITTED) {
        Object.assign(response, {
          status: ResponseStatus.RETURNED, reviewedBy: ctx.actor.name, reviewedAt: ctx.clock.now(),
          reviewComment: `${named} was retired: answer version ${latest.version} and submit again.`,
        });
      }
      await tx.save(response);
    }
    return saved;
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

/** The partners are asked to answer a questionnaire started for them, or to correct one returned to them. */
async function mailToAnswer(tx: EntityManager, ctx: Context, response: QuestionnaireResponse, title: string, returned: boolean) {
  const deployment = await tx.findOneByOrFail(Deployment, { id: response.deploymentId });
  const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
  await queueMail(tx, ctx, await partnersOf(tx, deployment.id), {
    kind: MailKind.QUESTIONNAIRE_TO_ANSWER,
    subject: `${returned ? 'Questionnaire returned to correct' : 'Questionnaire to answer'}: ${title}, ${court.name}`,
    action: returned
      ? `Correct and submit again: ${ctx.actor.name} returned ${title} of ${court.name} to you.`
      : `Answer ${title} for ${court.name} and submit it.`,
    route: `/deployments/${deployment.id}/questionnaires/${response.id}`,
  });
}

export function startResponse(ctx: Context, input: StartResponseInput) {
  return applyMutation(ctx, { operation: 'startResponse', input }, async (tx) => {
    const deployment = await tx.findOneByOrFail(Deployment, { id: input.deploymentId });
    const latest = await tx.findOne(Questionnaire, { where: { key: input.questionnaireKey }, order: { version: 'DESC' } });
    if (!latest) throw badInput([{ field: 'questionnaireKey', message: `no questionnaire has the key “${input.questionnaireKey}”.` }]);
    // The version the form was filled in, while it is accepted (a form filled in offline may be older).
    const filled = input.questionnaireVersion ? await tx.findOneBy(Questionnaire, { key: latest.key, version: input.questionnaireVersion }) : latest;
    if (!filled) {
      throw badInput([{ field: 'questionnaireVersion', message: `the ${latest.title} has no version ${input.questionnaireVersion}; the latest is ${latest.version}.` }]);
    }
    const questionnaire = filled.retiredAt ? latest : filled;
    const existing = await tx.findOneBy(QuestionnaireResponse, { deploymentId: deployment.id, questionnaireKey: questionnaire.key });
    if (existing) {
      throw badInput([{ field: 'questionnaireKey', message: `the deployment already has a response to ${questionnaire.title} (${RESPONSE_STATUS_LABELS[existing.status].toLowerCase()}); save answers to it instead.` }]);
    }
    await refuseTakenId(tx, QuestionnaireResponse, input.id);
    const given = merged({}, input.answers ?? {});
    const answers = await checked(ctx, tx, questionnaire, filled.retiredAt ? accepted(questionnaire, given) : given, false);
    const response = await tx.save(tx.create(QuestionnaireResponse, {
      ...(input.id ? { id: input.id } : {}), deploymentId: deployment.id, questionnaireId: questionnaire.id, questionnaireKey: questionnaire.key,
      status: ResponseStatus.DRAFT, answers, filledOnSite: input.filledOnSite, reviewComment: null, submittedBy: null, submittedAt: null,
      reviewedBy: null, reviewedAt: null, taskId: null, startedBy: ctx.actor.name, updatedBy: ctx.actor.name,
    }));
    await mailToAnswer(tx, ctx, response, questionnaire.title, false);
    return response;
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
  const saved = await tx.save(response);
  const questionnaire = await tx.findOneByOrFail(Questionnaire, { id: response.questionnaireId });
  await mailToAnswer(tx, ctx, saved, questionnaire.title, true);
  return saved;
}

export async function getResponse(ctx: Context, id: string) {
  const response = await ctx.db.manager.findOneBy(QuestionnaireResponse, { id });
  if (!response) throw notFound('QuestionnaireResponse', id);
  return response;
}
