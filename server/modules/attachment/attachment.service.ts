import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { FileBlob } from '../file/file-blob.entity';
import { requireFiles } from '../file/file.service';
import type { Context } from '../../graphql/context';
import { Attachment } from './attachment.entity';
import { insertRows } from '../../db/sql';

/** Attaches uploaded files to a meeting or document, refusing shas never uploaded (BAD_USER_INPUT). */
export async function attachFiles(
  ctx: Context, tx: EntityManager, record: { id: string; deploymentId: string }, recordType: Attachment['recordType'], shas: string[],
) {
  const unique = [...new Set(shas)];
  await requireFiles(ctx, tx, unique.map((sha256, i) => ({ field: `attachmentShas[${i}]`, sha256 })), 'document');
  if (!unique.length) return;
  const files = await tx.find(FileBlob, { select: { sha256: true, fileName: true, contentType: true, size: true }, where: { sha256: In(unique) } });
  await insertRows(tx, Attachment, unique.map((sha256) => {
    const file = files.find((f) => f.sha256 === sha256)!;
    return { deploymentId: record.deploymentId, recordType, recordId: record.id, sha256, fileName: file.fileName, contentType: file.contentType, size: file.size };
  }));
}

/** A record's attachments in the order attached, one statement per page of records. */
export function createAttachmentLoaders(db: DataSource) {
  return {
    attachmentsOfRecord: new DataLoader<string, Attachment[]>(async (ids) => {
      const rows = await db.manager.find(Attachment, { where: { recordId: In([...ids]) }, order: { fileName: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
  };
}
