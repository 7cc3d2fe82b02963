import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { findWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { visibleFiles } from '../access/in-scope.middleware';
import { Attachment } from '../attachment/attachment.entity';
import { badInput, FieldProblem } from '../../graphql/errors';
import { FileBlob, FileUpload } from './file-blob.entity';
import { PHOTO_TYPES } from './file-content';
import { applyMutation } from '../sync/replay';

/** The largest file accepted (docs/sync.md#photos-and-files: at most 10 MB each). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface StoredFile {
  sha256: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
}

const describe = (f: FileBlob): StoredFile => ({
  sha256: f.sha256, fileName: f.fileName, contentType: f.contentType, size: f.size, createdAt: f.createdAt.toISOString(),
});

/**
 * Stores `bytes` under their SHA-256 unless already there, and the caller's upload of them. The same
 * bytes sent again (a replay, or the same photo attached twice) are stored once; each uploader is
 * answered with the name they gave, never another person's.
 */
export async function storeFile(ctx: Context, bytes: Buffer, fileName: string, contentType: string): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // An upload is a write like the mutations: through the write path, which audits it.
  return applyMutation(ctx, { operation: 'uploadFile', input: {} }, async (tx) => {
    // Two devices uploading the same photo at once: the primary keys make one insert a no-op.
    if (!(await tx.findOneBy(FileBlob, { sha256 }))) {
      await tx.createQueryBuilder().insert().into(FileBlob)
        .values({ sha256, fileName, contentType, size: bytes.length, bytes, uploadedBy: ctx.actor.name })
        .orIgnore().execute();
    }
    await tx.createQueryBuilder().insert().into(FileUpload).values({ sha256, userId: ctx.actor.userId!, fileName, contentType }).orIgnore().execute();
    const blob = await tx.findOneByOrFail(FileBlob, { sha256 });
    const upload = await tx.findOneByOrFail(FileUpload, { sha256, userId: ctx.actor.userId! });
    return { ...describe(blob), fileName: upload.fileName, contentType: upload.contentType, createdAt: upload.uploadedAt.toISOString() };
  });
}

/**
 * The file with its bytes, or null when there is none the caller may read (modules/access:
 * uploaded by them, or referred to by a record they may see). Its name is the caller's own upload's,
 * else the attachment's, else the hash: another person's name for it is theirs.
 */
export async function readFile(ctx: Context, sha256: string): Promise<FileBlob | null> {
  if (!(await visibleFiles(ctx, ctx.db.manager, [sha256])).has(sha256)) return null;
  const file = await ctx.db.manager.createQueryBuilder(FileBlob, 'f').addSelect('f.bytes').where('f.sha256 = :sha256', { sha256 }).getOne();
  if (!file) return null;
  const upload = await ctx.db.manager.findOneBy(FileUpload, { sha256, userId: ctx.actor.userId! });
  const attachment = upload ? null : await ctx.db.manager.findOne(Attachment, { where: { sha256 }, select: { fileName: true } });
  file.fileName = upload?.fileName ?? attachment?.fileName ?? sha256;
  return file;
}

/**
 * The uploaded files among these SHA-256s that the caller may refer to, with their media types
 * (modules/access: their own uploads, or files a record they may see refers to). Another
 * organization's file is answered as one never uploaded, so hashes cannot be probed.
 */
export async function uploadedFiles(ctx: Context, tx: EntityManager, shas: string[]): Promise<Map<string, string>> {
  const rows = await findWhereIn(tx, FileBlob, 'sha256', shas.filter((s) => SHA256_HEX.test(s)), { sha256: true, contentType: true });
  const visible = await visibleFiles(ctx, tx, rows.map((row) => row.sha256));
  return new Map(rows.filter((row) => visible.has(row.sha256)).map((row) => [row.sha256, row.contentType]));
}

/** What is wrong with naming this file as a photo, or null (docs/security.md#uploads). */
export function photoProblem(uploaded: Map<string, string>, sha256: string): string | null {
  const type = uploaded.get(sha256);
  if (type === undefined) return `no file ${sha256}; upload it to POST /files first.`;
  return PHOTO_TYPES.includes(type) ? null : `file ${sha256} is not a photo (it is ${type}); attach a JPEG, PNG, WebP or HEIC picture.`;
}

/**
 * Refuses references to files that were never uploaded: the outbox uploads an entry's photos before
 * sending it, so a missing file means a broken client, and the record would show a hole. Where a
 * photo is asked for, a document is refused too.
 */
export async function requireFiles(ctx: Context, tx: EntityManager, shas: { field: string; sha256: string }[], kind: 'photo' | 'document') {
  if (!shas.length) return;
  const problems: FieldProblem[] = shas.filter((s) => !SHA256_HEX.test(s.sha256))
    .map((s) => ({ field: s.field, message: `"${s.sha256}" is not a SHA-256 (64 lower-case hex digits).` }));
  const found = await uploadedFiles(ctx, tx, shas.map((s) => s.sha256));
  for (const s of shas) {
    if (!SHA256_HEX.test(s.sha256)) continue;
    const problem = kind === 'photo' ? photoProblem(found, s.sha256) : found.has(s.sha256) ? null : `no file ${s.sha256}; upload it to POST /files first.`;
    if (problem) problems.push({ field: s.field, message: problem });
  }
  if (problems.length) throw badInput(problems);
}
