import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, FieldProblem, invalidTransition, notFound } from '../../graphql/errors';
import { insertRows } from '../../db/sql';
import { applyMutation, loadForUpdate, refuseIfStale } from '../sync/replay';
import { DEFAULT_CAT_CASES } from './default-cat-plan';
import { TestPlanDraft } from './test-plan-draft.entity';
import { TestCase, TestPlan } from './test-plan.entity';
import { SaveTestPlanDraftInput, StartTestPlanDraftInput, TestPlanDraftActionInput } from './test-plan.inputs';

/** The plan new test runs use: the latest published version. */
export const findCurrentPlan = (em: EntityManager) =>
  em.createQueryBuilder(TestPlan, 'p').where('p."publishedAt" IS NOT NULL').orderBy('p.version', 'DESC').getOne();

/** Publishes version 1 of the CAT plan unless it exists (reference data; idempotent). */
export async function seedDefaultCatPlan(tx: EntityManager, now: Date) {
  if (await tx.findOneBy(TestPlan, { version: 1 })) return;
  const plan = await tx.save(tx.create(TestPlan, { version: 1, name: 'CCPOR Court Acceptance Testing', publishedAt: now }));
  await tx.insert(TestCase, DEFAULT_CAT_CASES.map((c, i) => ({
    planId: plan.id, position: i + 1, key: c.key, title: c.title, area: c.area, preconditions: c.preconditions,
    steps: c.steps, expectedResult: c.expectedResult, criticality: c.criticality, requiresCarpos: c.requiresCarpos ?? false,
  })));
}

// ---------------------------------------------------------------------------------------------
// Drafts: the next version is edited apart, then published as a whole. Runs keep the plan version
// they started with, because a run's cases belong to that version's rows, which never change.

export const findDraft = (em: EntityManager) => em.findOne(TestPlanDraft, { where: {}, order: { updatedAt: 'DESC' } });

export function startTestPlanDraft(ctx: Context, input: StartTestPlanDraftInput) {
  return applyMutation(ctx, { operation: 'startTestPlanDraft', input }, async (tx) => {
    const existing = await findDraft(tx);
    if (existing) {
      throw invalidTransition('TestPlanDraft', existing.id, 'a draft in progress', 'a second draft', 'there is one draft at a time; edit, publish or discard the one in progress.');
    }
    const from = input.fromVersion ? await tx.findOneBy(TestPlan, { version: input.fromVersion }) : await findCurrentPlan(tx);
    if (!from || !from.publishedAt) throw notFound('TestPlan', `version ${input.fromVersion ?? 'latest'}`, input.fromVersion ? `CAT plan version ${input.fromVersion} is not published.` : 'No CAT plan is published yet.');
    const cases = await tx.find(TestCase, { where: { planId: from.id }, order: { position: 'ASC' } });
    return tx.save(tx.create(TestPlanDraft, {
      basedOnVersion: from.version, name: from.name, updatedBy: ctx.actor.name,
      cases: cases.map((c) => ({
        key: c.key, title: c.title, area: c.area, preconditions: c.preconditions, steps: c.steps,
        expectedResult: c.expectedResult, criticality: c.criticality, requiresCarpos: c.requiresCarpos,
      })),
    }));
  });
}

export function saveTestPlanDraft(ctx: Context, input: SaveTestPlanDraftInput) {
  return applyMutation(ctx, { operation: 'saveTestPlanDraft', input }, async (tx) => {
    const draft = await loadForUpdate(tx, TestPlanDraft, input.draftId, 'TestPlanDraft');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'saveTestPlanDraft', mutationId: input.mutationId, baseVersion: input.baseVersion, record: draft, deploymentId: null,
      attempted: { name: input.name, cases: input.cases },
    });
    if (stale) return stale;
    const problems: FieldProblem[] = [];
    const firstAt = new Map<string, number>();
    input.cases.forEach((c, i) => {
      const key = c.key.toUpperCase();
      if (firstAt.has(key)) problems.push({ field: `cases.${i}.key`, message: `${c.key} is also case ${firstAt.get(key)! + 1}; keys are unique in a plan.` });
      else firstAt.set(key, i);
      if (c.steps.some((s) => !s.trim())) problems.push({ field: `cases.${i}.steps`, message: 'a step is empty; remove it or write it.' });
    });
    if (problems.length) throw badInput(problems);
    draft.name = input.name.trim();
    draft.cases = input.cases.map((c) => ({
      key: c.key.toUpperCase(), title: c.title.trim(), area: c.area, preconditions: c.preconditions.trim(), steps: c.steps.map((s) => s.trim()),
      expectedResult: c.expectedResult.trim(), criticality: c.criticality, requiresCarpos: c.requiresCarpos,
    }));
    draft.updatedBy = ctx.actor.name;
    return tx.save(draft);
  });
}

export function publishTestPlanDraft(ctx: Context, input: TestPlanDraftActionInput) {
  return applyMutation(ctx, { operation: 'publishTestPlanDraft', input }, async (tx) => {
    const draft = await loadForUpdate(tx, TestPlanDraft, input.draftId, 'TestPlanDraft');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'publishTestPlanDraft', mutationId: input.mutationId, baseVersion: input.baseVersion, record: draft, deploymentId: null, attempted: {},
    });
    if (stale) return stale;
    const latest = await tx.findOne(TestPlan, { where: {}, order: { version: 'DESC' } });
    const plan = await tx.save(tx.create(TestPlan, { version: (latest?.version ?? 0) + 1, name: draft.name, publishedAt: ctx.clock.now() }));
    await insertRows(tx, TestCase, draft.cases.map((c, i) => ({
      planId: plan.id, position: i + 1, key: c.key, title: c.title, area: c.area, preconditions: c.preconditions,
      steps: c.steps, expectedResult: c.expectedResult, criticality: c.criticality, requiresCarpos: c.requiresCarpos ?? false,
    })));
    await tx.remove(draft);
    return plan;
  });
}

export function discardTestPlanDraft(ctx: Context, input: TestPlanDraftActionInput) {
  return applyMutation(ctx, { operation: 'discardTestPlanDraft', input }, async (tx) => {
    const draft = await loadForUpdate(tx, TestPlanDraft, input.draftId, 'TestPlanDraft');
    const stale = await refuseIfStale(tx, ctx, {
      operation: 'discardTestPlanDraft', mutationId: input.mutationId, baseVersion: input.baseVersion, record: draft, deploymentId: null, attempted: {},
    });
    if (stale) return stale;
    await tx.remove(draft);
    return true;
  });
}
