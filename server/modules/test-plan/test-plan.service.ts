import type { EntityManager } from 'typeorm';
import { DEFAULT_CAT_CASES } from './default-cat-plan';
import { TestCase, TestPlan } from './test-plan.entity';

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
