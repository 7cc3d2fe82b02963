import { LocalDateResolver } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { selectionOf } from '../../graphql/lookahead';
import { preloaded } from '../../graphql/preloaded';
import { ANY_ROLE, PLANNERS } from '../access/roles';
import { PageArgs } from '../../graphql/pagination';
import { today } from '../../shared/clock';
import { Dependency } from '../dependency/dependency.entity';
import { Document } from '../document/document.entity';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { Meeting } from '../meeting/meeting.entity';
import { Organization } from '../organization/organization.entity';
import { OPEN_TASK_STATUSES, Task } from '../task/task.entity';
import { Deployment } from './deployment.entity';
import {
  AdvancePhaseInput, ChangeDeploymentStatusInput, CreateDeploymentInput, DeploymentFilter, DeploymentOrder, RescheduleGoLiveInput,
  UndoRescheduleInput, UpdateDeploymentInput,
} from './deployment.inputs';
import { Reschedule } from './reschedule.entity';
import * as deployments from './deployment.service';
import * as list from './deployment-list.service';
import * as reschedules from './reschedule.service';
import * as transitions from './deployment-transition.service';
import { DeploymentConnection, RescheduleReport, StaffMember } from './deployment.types';
import { Health, HealthRow, toHealth } from './health';
import { phasesWithShortWindows } from './scheduling';
import { GoLiveProjection } from './go-live-projection.types';

@Resolver(() => Deployment)
export class DeploymentResolver {
  @Authorized(ANY_ROLE)
  @Query(() => DeploymentConnection, { description: 'Deployments, filtered and sorted as a coordinator or a reporting tool asks.' })
  deployments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DeploymentFilter, { nullable: true, description: 'Filters; all given must match.' }) filter: DeploymentFilter | null,
    @Arg('orderBy', () => DeploymentOrder, { defaultValue: DeploymentOrder.GO_LIVE, description: 'The order; a cursor belongs to the order it was read in.' }) orderBy: DeploymentOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A selection of plain columns, the listed children and health is read in one statement.
    return list.listDeployments(ctx, page, filter, orderBy, list.compilePage(ctx, info.schema, selectionOf(info)));
  }

  @Authorized(ANY_ROLE)
  @Query(() => Deployment, { description: 'One deployment; NOT_FOUND if there is none with this id.' })
  deployment(@Arg('id', () => ID, { description: 'Deployment id.' }) id: string, @Ctx() ctx: Context) {
    return list.getDeployment(ctx, id);
  }

  @Authorized(PLANNERS)
  @Query(() => RescheduleReport, { description: 'What moving go-live to a date would change, without changing anything.' })
  previewReschedule(
    @Arg('deploymentId', () => ID, { description: 'Deployment id.' }) deploymentId: string,
    @Arg('targetGoLive', () => LocalDateResolver, { description: 'The go-live date to try.' }) targetGoLive: string,
    @Ctx() ctx: Context,
  ) {
    return reschedules.previewReschedule(ctx, deploymentId, targetGoLive);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Deployment, { description: "Creates a court's deployment with every task of the current template and the seven onboarding dependencies." })
  createDeployment(@Arg('input', () => CreateDeploymentInput, { description: 'The new deployment.' }) input: CreateDeploymentInput, @Ctx() ctx: Context) {
    return deployments.createDeployment(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Deployment, { description: 'Changes the wave or the participating LEAs.' })
  updateDeployment(@Arg('input', () => UpdateDeploymentInput, { description: 'The changes.' }) input: UpdateDeploymentInput, @Ctx() ctx: Context) {
    return deployments.updateDeployment(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => RescheduleReport, { description: 'Moves go-live: open tasks not moved by hand follow it; completed and pinned tasks stay.' })
  rescheduleGoLive(@Arg('input', () => RescheduleGoLiveInput, { description: 'The new date.' }) input: RescheduleGoLiveInput, @Ctx() ctx: Context) {
    return reschedules.rescheduleGoLive(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => RescheduleReport, { description: 'Undoes the latest go-live move: go-live and every open task and dependency return to their dates before it (pins included).' })
  undoReschedule(@Arg('input', () => UndoRescheduleInput, { description: 'The move to undo.' }) input: UndoRescheduleInput, @Ctx() ctx: Context) {
    return reschedules.undoReschedule(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Deployment, { description: 'Moves to the next phase when every required task of the current one is done or waived (else PHASE_GATE_BLOCKED).' })
  advancePhase(@Arg('input', () => AdvancePhaseInput, { description: 'The deployment.' }) input: AdvancePhaseInput, @Ctx() ctx: Context) {
    return transitions.advancePhase(ctx, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Deployment, { description: 'Commits, starts, holds, resumes or withdraws a deployment.' })
  changeDeploymentStatus(@Arg('input', () => ChangeDeploymentStatusInput, { description: 'The new status.' }) input: ChangeDeploymentStatusInput, @Ctx() ctx: Context) {
    return transitions.changeDeploymentStatus(ctx, input);
  }

  // A preloaded child is answered as it is, not in a promise: a compiled page's deployments then
  // complete without a promise, a microtask and an object awaited per deployment.
  @FieldResolver(() => Organization, { description: 'The court being deployed.' })
  court(@Root() d: Deployment, @Ctx() ctx: Context) {
    return preloaded<Organization>(d, 'court') ?? ctx.loaders.organization.load(d.courtId).then((court) => court!);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'The CCPOR coordinator who leads the deployment.' })
  async coordinator(@Root() d: Deployment, @Ctx() ctx: Context) {
    return d.coordinatorId ? ((await ctx.loaders.user.load(d.coordinatorId)) ?? null) : null;
  }

  @FieldResolver(() => [StaffMember], { description: 'Field staff assigned to the site visits, by name.' })
  fieldStaff(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.fieldStaffOfDeployment.load(d.id);
  }

  @FieldResolver(() => Reschedule, { nullable: true, description: 'The latest go-live move (undo it with undoReschedule unless undone); null if go-live never moved.' })
  lastReschedule(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.latestRescheduleOfDeployment.load(d.id);
  }

  @FieldResolver(() => [Organization], { description: 'Law-enforcement agencies taking part.' })
  participatingLeas(@Root() d: Deployment, @Ctx() ctx: Context) {
    return preloaded<Organization[]>(d, 'participatingLeas') ?? ctx.loaders.leasOfDeployment.load(d.id);
  }

  @FieldResolver(() => Health, { description: 'Health derived from today’s date, with its reasons.' })
  health(@Root() d: Deployment, @Ctx() ctx: Context) {
    const row = preloaded<HealthRow>(d, 'health');
    return row ? toHealth(row) : ctx.loaders.health.load(d.id).then(toHealth);
  }

  @FieldResolver(() => GoLiveProjection, {
    nullable: true,
    description: "When the deployment is projected to be ready from each party's past waits and the remaining tasks, and whether go-live is at risk; null once live, on hold, withdrawn or closed.",
  })
  goLiveProjection(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.goLiveProjection.load(d);
  }

  @FieldResolver(() => [Task], { description: 'Every task, in template order; only those with the given template keys when `keys` is given.' })
  tasks(
    @Root() d: Deployment, @Ctx() ctx: Context,
    // A screen that shows a few kinds of task (My work: the test dates) need not take all 25 of each deployment.
    @Arg('keys', () => [String], { nullable: true, description: 'Only the tasks with these template keys, e.g. COURT_ACCEPTANCE_TESTING.' }) keys?: string[] | null,
  ) {
    const loaded = preloaded<Task[]>(d, 'tasks');
    if (!keys) return loaded ?? ctx.loaders.tasksOfDeployment.load(d.id);
    const only = (tasks: Task[]) => tasks.filter((task) => keys.includes(task.key));
    return loaded ? only(loaded) : ctx.loaders.tasksOfDeployment.load(d.id).then(only);
  }

  @FieldResolver(() => [Task], { description: 'Open tasks by due date, soonest first.' })
  async nextDueTasks(
    @Root() d: Deployment, @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 3, description: 'How many (1 to 25).' }) limit: number,
  ) {
    const tasks = await ctx.loaders.tasksOfDeployment.load(d.id);
    return tasks.filter((t) => OPEN_TASK_STATUSES.includes(t.status))
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number - b.number)
      .slice(0, Math.max(1, Math.min(limit, 25)));
  }

  @FieldResolver(() => [Task], { description: 'Tasks whose due date had already passed when the deployment was created.' })
  async tasksPastDueAtCreation(@Root() d: Deployment, @Ctx() ctx: Context) {
    return (await ctx.loaders.tasksOfDeployment.load(d.id)).filter((t) => t.pastDueAtCreation);
  }

  @FieldResolver(() => [Phase], { description: 'The current and later phases whose window is too short for this go-live.' })
  phasesWithShortWindows(@Root() d: Deployment, @Ctx() ctx: Context) {
    if (d.actualGoLive) return [];
    return phasesWithShortWindows(d.targetGoLive, d.phase, d.phaseEnteredOn, today(ctx.clock));
  }

  @FieldResolver(() => [Dependency], { description: 'The onboarding dependencies.' })
  dependencies(@Root() d: Deployment, @Ctx() ctx: Context) {
    return preloaded<Dependency[]>(d, 'dependencies') ?? ctx.loaders.dependenciesOfDeployment.load(d.id);
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings recorded, by date.' })
  meetings(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.meetingsOfDeployment.load(d.id);
  }

  @FieldResolver(() => [Document], { description: 'Documents sent and received, by date.' })
  documents(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.documentsOfDeployment.load(d.id);
  }
}
