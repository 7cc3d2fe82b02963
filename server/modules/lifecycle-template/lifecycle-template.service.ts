import { EntityManager, IsNull, Not } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, FieldProblem, invalidTransition, notConfigured, notFound, problem } from '../../graphql/errors';
import { Questionnaire } from '../questionnaire/questionnaire.entity';
import { applyMutation } from '../sync/replay';
import { laneOf } from './default-template';
import {
  CreateLifecycleTemplateDraftInput, PublishLifecycleTemplateInput, SaveLifecycleTemplateDraftInput, TemplateTaskInput,
} from './lifecycle-template.inputs';
import { LifecycleTemplate, TemplateTask } from './lifecycle-template.entity';

/** The template new deployments start from: the latest published version. */
export const findCurrentTemplate = (em: EntityManager) =>
  em.createQueryBuilder(LifecycleTemplate, 't').where('t."publishedAt" IS NOT NULL').orderBy('t.version', 'DESC').getOne();

/**
 * Tasks other parts of the system find by key: going live completes GO_LIVE, close-out completes
 * APPROVAL_CLOSE_OUT, and training, account requests, scanner assessments and accepted
 * questionnaires complete theirs. A version without them would break those actions.
 */
const SYSTEM_TASK_KEYS = ['GO_LIVE', 'APPROVAL_CLOSE_OUT', 'CCPOR_TRAINING', 'ACCOUNT_SET_UPS', 'SCANNER_ASSESSMENT'];

/** Every version, newest first, drafts included. */
export const listTemplates = (em: EntityManager) => em.find(LifecycleTemplate, { order: { version: 'DESC' } });

export async function getTemplate(em: EntityManager, id: string) {
  const template = await em.findOneBy(LifecycleTemplate, { id });
  if (!template) throw notFound('LifecycleTemplate', id);
  return template;
}

/** How many deployments follow each template (they keep the version they started with). */
export async function deploymentCounts(em: EntityManager, templateIds: readonly string[]) {
  const rows = await rawQuery<{ templateId: string; n: number }>(em,
    'SELECT "templateId", COUNT(*) AS n FROM deployment WHERE "templateId" IN (:...ids) GROUP BY "templateId"', { ids: [...templateIds] });
  return templateIds.map((id) => Number(rows.find((r) => r.templateId === id)?.n ?? 0));
}

export function createDraft(ctx: Context, input: CreateLifecycleTemplateDraftInput) {
  return applyMutation(ctx, { operation: 'createLifecycleTemplateDraft', input }, async (tx) => {
    const current = await findCurrentTemplate(tx);
    if (!current) throw notConfigured('LifecycleTemplate', 'No lifecycle template is published to copy from. An administrator must publish one first.');
    const draft = await tx.findOneBy(LifecycleTemplate, { publishedAt: IsNull() });
    if (draft) {
      throw problem('INVALID_TRANSITION', `Version ${draft.version} is already a draft: edit or publish it before starting another.`, {
        noun: 'LifecycleTemplate', id: draft.id, from: 'DRAFT', to: 'DRAFT',
      });
    }
    const [{ top }] = await rawQuery<{ top: number }>(tx, 'SELECT MAX(version) AS top FROM lifecycle_template');
    const template = await tx.save(tx.create(LifecycleTemplate, { version: Number(top) + 1, name: input.name?.trim() || current.name, publishedAt: null }));
    const tasks = await tx.find(TemplateTask, { where: { templateId: current.id }, order: { number: 'ASC' } });
    await tx.save(tasks.map(({ id: _id, template: _t, templateId: _tid, ...task }) => tx.create(TemplateTask, { ...task, templateId: template.id })));
    return template;
  });
}

export function saveDraft(ctx: Context, input: SaveLifecycleTemplateDraftInput) {
  return applyMutation(ctx, { operation: 'saveLifecycleTemplateDraft', input }, async (tx) => {
    const template = await requireDraft(tx, input.templateId, 'changed');
    const problems = taskProblems(input.tasks, await requiredKeys(tx));
    if (problems.length) throw badInput(problems);
    await tx.remove(await tx.findBy(TemplateTask, { templateId: template.id }));
    await tx.save(input.tasks.map((t, i) => tx.create(TemplateTask, {
      templateId: template.id, number: i + 1, key: t.key, title: t.title.trim(), phase: t.phase, party: t.party, lane: laneOf(t.party),
      kind: t.kind, offsetDays: t.offsetDays, required: t.required, prerequisiteNumbers: [...new Set(t.prerequisiteNumbers)].sort((a, b) => a - b),
    })));
    template.name = input.name.trim();
    return tx.save(template);
  });
}

export function publish(ctx: Context, input: PublishLifecycleTemplateInput) {
  return applyMutation(ctx, { operation: 'publishLifecycleTemplate', input }, async (tx) => {
    const template = await requireDraft(tx, input.templateId, 'published');
    // The draft was checked when saved, but a questionnaire published since may name a task it lacks.
    const tasks = await tx.find(TemplateTask, { where: { templateId: template.id }, order: { number: 'ASC' } });
    const problems = taskProblems(tasks, await requiredKeys(tx));
    if (problems.length) throw badInput(problems);
    template.publishedAt = ctx.clock.now();
    return tx.save(template);
  });
}

async function requireDraft(tx: EntityManager, id: string, to: string) {
  const template = await tx.findOneBy(LifecycleTemplate, { id });
  if (!template) throw notFound('LifecycleTemplate', id);
  if (template.publishedAt) {
    throw invalidTransition('LifecycleTemplate', id, 'published', to, 'a published version never changes, because deployments follow it; start a new draft.');
  }
  return template;
}

async function requiredKeys(tx: EntityManager) {
  const questionnaires = await tx.find(Questionnaire, { select: { taskKey: true }, where: { taskKey: Not(IsNull()) } });
  return [...new Set([...SYSTEM_TASK_KEYS, ...questionnaires.map((q) => q.taskKey!)])];
}

type TaskSpec = Pick<TemplateTaskInput, 'key' | 'offsetDays' | 'prerequisiteNumbers'>;

/**
 * A task list deployments can be scheduled from: unique keys, prerequisites among the earlier
 * tasks (so there is no cycle) and due no later than the task, go-live on day 0, and every task
 * the system completes by key still present.
 */
function taskProblems(tasks: TaskSpec[], keys: string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  tasks.forEach((t, i) => {
    const at = `tasks[${i}]`;
    if (tasks.findIndex((o) => o.key === t.key) !== i) problems.push({ field: `${at}.key`, message: `${t.key} is used twice.` });
    for (const n of t.prerequisiteNumbers) {
      if (!Number.isInteger(n) || n < 1 || n > i) {
        problems.push({ field: `${at}.prerequisiteNumbers`, message: `task ${n} is not an earlier task (a task may only wait for tasks above it).` });
      } else if (tasks[n - 1].offsetDays > t.offsetDays) {
        problems.push({ field: `${at}.prerequisiteNumbers`, message: `task ${n} is due after this one (day ${tasks[n - 1].offsetDays} vs ${t.offsetDays}).` });
      }
    }
    if (t.key === 'GO_LIVE' && t.offsetDays !== 0) problems.push({ field: `${at}.offsetDays`, message: 'go-live is day 0.' });
  });
  const missing = keys.filter((k) => !tasks.some((t) => t.key === k));
  if (missing.length) problems.push({ field: 'tasks', message: `must keep the tasks other actions complete: ${missing.join(', ')}.` });
  return problems;
}

