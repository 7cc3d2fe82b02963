import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE } from '../access/roles';
import { MutationIdInput } from '../sync/sync.inputs';
import * as calendars from './calendar.service';
import * as notifications from './notification.service';
import {
  CalendarFeedInfo, CreatedCalendarFeed, MarkNotificationsReadInput, NotificationFeed, NotificationReadState,
} from './notification.types';

@Resolver()
export class NotificationResolver {
  @Authorized(ANY_ROLE)
  @Query(() => NotificationFeed, {
    description: 'What changed on my deployments (changes by others, from the audit trail) and which of their tasks became overdue, over the last 30 days.',
  })
  notifications(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many of the latest to return (1 to 100).' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return notifications.notificationFeed(ctx, first);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => NotificationReadState, { description: 'Marks my notifications read up to an instant.' })
  markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput, { description: 'Up to when.' }) input: MarkNotificationsReadInput, @Ctx() ctx: Context) {
    return notifications.markNotificationsRead(ctx, input);
  }

  @Authorized(ANY_ROLE)
  @Query(() => CalendarFeedInfo, { nullable: true, description: 'My calendar feed, if I have one (its secret address is shown only when created).' })
  myCalendarFeed(@Ctx() ctx: Context) {
    return calendars.myCalendarFeed(ctx);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => CreatedCalendarFeed, {
    description: 'Creates my secret calendar feed address (due dates of my tasks, meetings, training and go-lives of my deployments); an earlier one stops working.',
  })
  createCalendarFeed(@Arg('input', () => MutationIdInput, { description: 'Its mutationId.' }) input: MutationIdInput, @Ctx() ctx: Context) {
    return calendars.createCalendarFeed(ctx, input);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => Boolean, { description: 'Revokes my calendar feed: its address answers 404 from now on. False if I had none.' })
  revokeCalendarFeed(@Arg('input', () => MutationIdInput, { description: 'Its mutationId.' }) input: MutationIdInput, @Ctx() ctx: Context) {
    return calendars.revokeCalendarFeed(ctx, input);
  }
}
