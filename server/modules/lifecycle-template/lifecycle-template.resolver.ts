import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE } from '../access/roles';
import { problem } from '../../graphql/errors';
import { LifecycleTemplate, TemplateTask } from './lifecycle-template.entity';
import { findCurrentTemplate } from './lifecycle-template.service';

@Resolver(() => LifecycleTemplate)
export class LifecycleTemplateResolver {
  @Authorized(ANY_ROLE)
  @Query(() => LifecycleTemplate, { description: 'The published template new deployments start from.' })
  async currentLifecycleTemplate(@Ctx() ctx: Context) {
    const template = await findCurrentTemplate(ctx.db.manager);
    if (!template) throw problem('NOT_FOUND', 'No lifecycle template is published yet.', { noun: 'LifecycleTemplate' });
    return template;
  }

  @FieldResolver(() => [TemplateTask], { description: 'The tasks, in order.' })
  tasks(@Root() template: LifecycleTemplate, @Ctx() ctx: Context) {
    return ctx.db.manager.find(TemplateTask, { where: { templateId: template.id }, order: { number: 'ASC' } });
  }
}
