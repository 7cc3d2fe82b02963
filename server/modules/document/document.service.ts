import type { Context } from '../../graphql/context';
import { attachFiles } from '../attachment/attachment.service';
import { applyMutation } from '../sync/replay';
import { refuseDatesOutOfBounds } from '../../graphql/date-bounds';
import { fulfil, resolveFulfilledTask } from '../task/fulfilled-task';
import { Document } from './document.entity';
import { RecordDocumentInput } from './document.inputs';
import { formatDate } from '../../../rules/dates';
import { DIRECTION_LABELS } from '../../../rules/labels';

export function recordDocument(ctx: Context, input: RecordDocumentInput) {
  return applyMutation(ctx, { operation: 'recordDocument', input }, async (tx) => {
    const { task } = await resolveFulfilledTask(tx, ctx, input.deploymentId, input.taskId, null);
    refuseDatesOutOfBounds(ctx, [{ field: 'exchangedOn', kind: 'happened', date: input.exchangedOn }]);
    const document = await tx.save(tx.create(Document, {
      deploymentId: input.deploymentId, title: input.title.trim(), direction: input.direction, exchangedOn: input.exchangedOn,
      reference: input.reference ?? null, taskId: task?.id ?? null, recordedBy: ctx.actor.name,
    }));
    await attachFiles(ctx, tx, document, 'Document', input.attachmentShas ?? []);
    await fulfil(tx, ctx, task, `Document "${document.title}" ${DIRECTION_LABELS[document.direction].toLowerCase()} on ${formatDate(document.exchangedOn)}`);
    return document;
  });
}
