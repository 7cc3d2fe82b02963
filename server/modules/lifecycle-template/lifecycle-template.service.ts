import type { EntityManager } from 'typeorm';
import { LifecycleTemplate } from './lifecycle-template.entity';

/** The template new deployments start from: the latest published version. */
export const findCurrentTemplate = (em: EntityManager) =>
  em.createQueryBuilder(LifecycleTemplate, 't').where('t."publishedAt" IS NOT NULL').orderBy('t.version', 'DESC').getOne();
