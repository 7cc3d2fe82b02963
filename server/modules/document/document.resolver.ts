import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Attachment } from '../attachment/attachment.entity';
import type { Context } from '../../graphql/context';
import { PLANNERS } from '../access/roles';
import { Document } from './document.entity';
import { RecordDocumentInput } from './document.inputs';
import { recordDocument } from './document.service';

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(PLANNERS)
  @Mutation(() => Document, { description: 'Records a document sent or received; it completes the task it fulfils (obeying prerequisites).' })
  recordDocument(@Arg('input', () => RecordDocumentInput, { description: 'The document.' }) input: RecordDocumentInput, @Ctx() ctx: Context) {
    return recordDocument(ctx, input);
  }

  @FieldResolver(() => [Attachment], { description: 'Files attached, by name.' })
  attachments(@Root() record: Document, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfRecord.load(record.id);
  }
}
