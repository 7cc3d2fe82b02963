import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Attachment } from '../attachment/attachment.entity';
import type { Context } from '../../graphql/context';
import { PLANNERS } from '../access/roles';
import { Meeting } from './meeting.entity';
import { RecordMeetingInput } from './meeting.inputs';
import { recordMeeting } from './meeting.service';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized(PLANNERS)
  @Mutation(() => Meeting, { description: 'Records a meeting; a held meeting completes the task it fulfils (obeying prerequisites).' })
  recordMeeting(@Arg('input', () => RecordMeetingInput, { description: 'The meeting.' }) input: RecordMeetingInput, @Ctx() ctx: Context) {
    return recordMeeting(ctx, input);
  }

  @FieldResolver(() => [Attachment], { description: 'Files attached, by name.' })
  attachments(@Root() record: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfRecord.load(record.id);
  }
}
