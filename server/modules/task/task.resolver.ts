import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE, PLANNERS, TASK_ASSIGNERS, TASK_PROGRESS } from '../access/roles';
import { PageArgs } from '../../graphql/pagination';
import { Deployment } from '../deployment/deployment.entity';
import { Task } from './task.entity';
import { AssignTaskInput, MoveTaskInput, TaskActionInput, WaiveTaskInput } from './task.inputs';
import * as assignees from './task-assignee.service';
import * as tasks from './task.service';
import { TaskAssignee, TaskConnection, TasksDueFilter } from './task.types';

@Resolver(() => Task)
export class TaskResolver {
  @Authorized(ANY_ROLE)
  @Query(() => TaskConnection, { description: 'Open tasks due in a date range across deployments under way, by due date.' })
  tasksDue(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TasksDueFilter, { description: 'Date range and filters.' }) filter: TasksDueFilter,
    @Ctx() ctx: Context,
  ) {
    return tasks.listTasksDue(ctx, page, filter);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => Task, { description: 'Starts an OPEN task.' })
  startTask(@Arg('input', () => TaskActionInput, { description: 'The task.' }) input: TaskActionInput, @Ctx() ctx: Context) {
    return tasks.startTask(ctx, input);
  }

  @Authorized(TASK_PROGRESS)
  @Mutation(() => Task, { description: 'Completes a task whose prerequisites are done or waived (else PREREQUISITES_OPEN).' })
  completeTask(@Arg('input', () => TaskActionInput, { description: 'The task.' }) input: TaskActionInput, @Ctx() ctx: Context) {
    return tasks.completeTask(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Task, { description: 'Waives a task this deployment does not need, with the reason.' })
  waiveTask(@Arg('input', () => WaiveTaskInput, { description: 'The task and reason.' }) input: WaiveTaskInput, @Ctx() ctx: Context) {
    return tasks.waiveTask(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Task, { description: 'Reopens a DONE or WAIVED task.' })
  reopenTask(@Arg('input', () => TaskActionInput, { description: 'The task.' }) input: TaskActionInput, @Ctx() ctx: Context) {
    return tasks.reopenTask(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Task, { description: 'Moves an open task’s due date by hand and pins it there.' })
  moveTask(@Arg('input', () => MoveTaskInput, { description: 'The task and its new date.' }) input: MoveTaskInput, @Ctx() ctx: Context) {
    return tasks.moveTask(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Task, { description: 'Unpins a task moved by hand: it returns to its offset from go-live.' })
  unpinTask(@Arg('input', () => TaskActionInput, { description: 'The task.' }) input: TaskActionInput, @Ctx() ctx: Context) {
    return tasks.unpinTask(ctx, input);
  }

  @Authorized(TASK_ASSIGNERS)
  @Query(() => [TaskAssignee], { description: 'The people a task may be assigned to, by name (a partner chooses among their own organization and the coordinator).' })
  async taskAssignees(@Arg('taskId', () => ID, { description: 'The task.' }) taskId: string, @Ctx() ctx: Context) {
    const task = await ctx.db.manager.findOneByOrFail(Task, { id: taskId });
    await tasks.requireTaskAccess(ctx, ctx.db.manager, task);
    return assignees.assigneeChoices(ctx.db.manager, ctx, task);
  }

  @Authorized(TASK_ASSIGNERS)
  @Mutation(() => Task, { description: 'Names the person who answers for an open task, or clears it (else ASSIGNEE_NOT_ALLOWED); the person named is e-mailed.' })
  assignTask(@Arg('input', () => AssignTaskInput, { description: 'The task and the person.' }) input: AssignTaskInput, @Ctx() ctx: Context) {
    return assignees.assignTask(ctx, input);
  }

  @FieldResolver(() => TaskAssignee, { nullable: true, description: 'The person who answers for the task; null while unassigned.' })
  async assignee(@Root() task: Task, @Ctx() ctx: Context) {
    return task.assigneeId ? ((await ctx.loaders.user.load(task.assigneeId)) ?? null) : null;
  }

  @FieldResolver(() => [Task], { description: 'Tasks that must be done or waived before this one can complete.' })
  prerequisites(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.loaders.prerequisitesOfTask.load(task.id);
  }

  @FieldResolver(() => Deployment, { description: 'The deployment the task belongs to.' })
  async deployment(@Root() task: Task, @Ctx() ctx: Context) {
    return (await ctx.loaders.deployment.load(task.deploymentId))!;
  }
}
