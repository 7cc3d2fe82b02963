import type { Context } from '../../graphql/context';
import { attachFiles } from '../attachment/attachment.service';
import { applyMutation } from '../sync/replay';
import { refuseDatesOutOfBounds } from '../../graphql/date-bounds';
import { fulfil, resolveFulfilledTask } from '../task/fulfilled-task';
import { Meeting, MeetingKind } from './meeting.entity';
import { RecordMeetingInput } from './meeting.inputs';
import { formatDate } from '../../../rules/dates';

/** The lifecycle task each kind of meeting fulfils. */
const TASK_OF_MEETING: Partial<Record<MeetingKind, string>> = {
  [MeetingKind.MANAGEMENT_AWARENESS]: 'MANAGEMENT_AWARENESS',
  [MeetingKind.INTRODUCTION]: 'INTRODUCTION_MEETING',
  [MeetingKind.KICK_OFF]: 'KICK_OFF_MEETING',
  [MeetingKind.DEPENDENCY_REVIEW]: 'DEPENDENCY_REVIEW',
  [MeetingKind.SCHEDULING]: 'ESTABLISH_SCHEDULES',
};

export function recordMeeting(ctx: Context, input: RecordMeetingInput) {
  return applyMutation(ctx, { operation: 'recordMeeting', input }, async (tx) => {
    const { task } = await resolveFulfilledTask(tx, ctx, input.deploymentId, input.taskId, TASK_OF_MEETING[input.kind] ?? null);
    refuseDatesOutOfBounds(ctx, [{ field: 'meetingOn', kind: input.held ? 'happened' : 'planned', date: input.meetingOn }]);
    const meeting = await tx.save(tx.create(Meeting, {
      deploymentId: input.deploymentId, kind: input.kind, title: input.title.trim(), meetingOn: input.meetingOn,
      held: input.held, attendees: input.attendees, notes: input.notes ?? null, taskId: task?.id ?? null,
      recordedBy: ctx.actor.name,
    }));
    await attachFiles(ctx, tx, meeting, 'Meeting', input.attachmentShas ?? []);
    if (input.held) await fulfil(tx, ctx, task, `Meeting "${meeting.title}" held on ${formatDate(meeting.meetingOn)}`);
    return meeting;
  });
}
