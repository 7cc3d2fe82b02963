import { IsDate } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationInput } from '../sync/sync.inputs';
import { NotificationKind } from '../../../rules/enums';

export { NotificationKind };

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    CHANGED: { description: 'Someone else changed records of the deployment (from the audit trail).' },
    OVERDUE: { description: 'An open task passed its due date.' },
    MENTIONED: { description: 'Someone mentioned me in a comment I may read.' },
  },
});

@ObjectType({ description: 'One thing that happened on one of my deployments.' })
export class Notification {
  @Field(() => ID, { description: 'Stable id of the notification.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'A change, a task become overdue, or a mention.' })
  kind!: NotificationKind;

  @Field(() => DateTimeResolver, { description: 'When it happened (for OVERDUE, the start of the first day past due, California time).' })
  at!: Date;

  @Field(() => ID, { description: 'The deployment.' })
  deploymentId!: string;

  @Field(() => String, { description: 'The deployment’s court.' })
  courtName!: string;

  @Field(() => String, { description: 'What happened, in a sentence.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Who did it (CHANGED and MENTIONED).' })
  actor!: string | null;

  @Field(() => Boolean, { description: 'Whether it happened after my read marker.' })
  unread!: boolean;
}

@ObjectType({ description: 'My notifications: the latest ones and how many I have not read.' })
export class NotificationFeed {
  @Field(() => [Notification], { description: 'The latest notifications of the last 30 days, newest first.' })
  items!: Notification[];

  @Field(() => Int, { description: 'Notifications of the last 30 days after my read marker.' })
  unreadCount!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Everything at or before this instant is read; null if I never marked anything read.' })
  readUpTo!: Date | null;
}

@InputType({ description: 'Marks my notifications read up to an instant.' })
export class MarkNotificationsReadInput extends MutationInput {
  @Field(() => DateTimeResolver, { description: 'Everything at or before this instant becomes read (usually the newest notification shown). The marker never moves back.' })
  @IsDate()
  upTo!: Date;
}

@ObjectType({ description: 'My personal calendar feed (the secret itself is shown only once, when created).' })
export class CalendarFeedInfo {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new calendar feed with its secret address; the address is shown only this once.' })
export class CreatedCalendarFeed {
  @Field(() => String, { nullable: true, description: 'The path of the feed, /calendar/<secret>.ics, to add to a calendar application after this site’s address; null in the answer to a resend of the same mutationId, as it is shown only once.' })
  path!: string | null;

  @Field(() => CalendarFeedInfo, { description: 'The feed.' })
  feed!: CalendarFeedInfo;
}

@ObjectType({ description: 'Where my read marker stands.' })
export class NotificationReadState {
  @Field(() => DateTimeResolver, { description: 'Everything at or before this instant is read.' })
  readUpTo!: Date;
}
