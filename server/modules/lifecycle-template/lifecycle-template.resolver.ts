import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ADMINS, ANY_ROLE } from '../access/roles';
import { problem } from '../../graphql/errors';
import { LifecycleTemplate, TemplateTask } from './lifecycle-template.entity';
import {
  CreateLifecycleTemplateDraftInput, PublishLifecycleTemplateInput, SaveLifecycleTemplateDraftInput,
} from './lifecycle-template.inputs';
import * as templates from './lifecycle-template.service';

/** Per request: the deployment counts of every template asked for, in one query. */
const countLoaders = new WeakMap<Context, DataLoader<string, number>>();
const countLoader = (ctx: Context) => {
  if (!countLoaders.has(ctx)) countLoaders.set(ctx, new DataLoader((ids) => templates.deploymentCounts(ctx.db.manager, ids)));
  return countLoaders.get(ctx)!;
};

@Resolver(() => LifecycleTemplate)
export class LifecycleTemplateResolver {
  @Authorized(ANY_ROLE)
  @Query(() => LifecycleTemplate, { description: 'The published template new deployments start from.' })
  async currentLifecycleTemplate(@Ctx() ctx: Context) {
    const template = await templates.findCurrentTemplate(ctx.db.manager);
    if (!template) throw problem('NOT_FOUND', 'No lifecycle template is published yet.', { noun: 'LifecycleTemplate' });
    return template;
  }

  @Authorized(ADMINS)
  @Query(() => [LifecycleTemplate], { description: 'Every version of the lifecycle template, newest first, the draft (if any) included.' })
  lifecycleTemplates(@Ctx() ctx: Context) {
    return templates.listTemplates(ctx.db.manager);
  }

  @Authorized(ADMINS)
  @Query(() => LifecycleTemplate, { description: 'One version of the lifecycle template; NOT_FOUND if there is none with this id.' })
  lifecycleTemplate(@Arg('id', () => ID, { description: 'Template id.' }) id: string, @Ctx() ctx: Context) {
    return templates.getTemplate(ctx.db.manager, id);
  }

  @Authorized(ADMINS)
  @Mutation(() => LifecycleTemplate, { description: 'Starts a draft of the next version, a copy of the current published one. One draft at a time.' })
  createLifecycleTemplateDraft(
    @Arg('input', () => CreateLifecycleTemplateDraftInput, { description: 'The draft.' }) input: CreateLifecycleTemplateDraftInput,
    @Ctx() ctx: Context,
  ) {
    return templates.createDraft(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => LifecycleTemplate, { description: 'Replaces a draft’s name and tasks. Published versions never change.' })
  saveLifecycleTemplateDraft(
    @Arg('input', () => SaveLifecycleTemplateDraftInput, { description: 'The draft’s name and tasks.' }) input: SaveLifecycleTemplateDraftInput,
    @Ctx() ctx: Context,
  ) {
    return templates.saveDraft(ctx, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => LifecycleTemplate, {
    description: 'Publishes a draft: deployments created from now on start from it; existing deployments keep the version they started with.',
  })
  publishLifecycleTemplate(
    @Arg('input', () => PublishLifecycleTemplateInput, { description: 'The draft.' }) input: PublishLifecycleTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return templates.publish(ctx, input);
  }

  @FieldResolver(() => [TemplateTask], { description: 'The tasks, in order.' })
  tasks(@Root() template: LifecycleTemplate, @Ctx() ctx: Context) {
    return ctx.db.manager.find(TemplateTask, { where: { templateId: template.id }, order: { number: 'ASC' } });
  }

  @FieldResolver(() => Int, { description: 'How many deployments follow this version (those created while it was current).' })
  deploymentCount(@Root() template: LifecycleTemplate, @Ctx() ctx: Context) {
    return countLoader(ctx).load(template.id);
  }
}
