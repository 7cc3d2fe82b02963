import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { findWhereIn } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, FieldProblem } from '../../graphql/errors';
import { FileBlob } from './file-blob.entity';
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
 * Stores `bytes` under their SHA-256 unless already there. The same bytes sent again (a replay, or
 * the same photo attached twice) answer with the record stored first.
 */
export async function storeFile(ctx: Context, bytes: Buffer, fileName: string, contentType: string): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // An upload is a write like the mutations: through the write path, which audits it.
  return applyMutation(ctx, { operation: 'uploadFile', input: {} }, async (tx) => {
    const stored = await tx.findOneBy(FileBlob, { sha256 });
    if (stored) return describe(stored);
    // Two devices uploading the same photo at once: the primary key makes one insert a no-op.
    await tx.createQueryBuilder().insert().into(FileBlob)
      .values({ sha256, fileName, contentType, size: bytes.length, bytes, uploadedBy: ctx.actor.name })
      .orIgnore().execute();
    return describe(await tx.findOneByOrFail(FileBlob, { sha256 }));
  });
}

/** The file with its bytes, or null. */
export function readFile(ctx: Context, sha256: string): Promise<FileBlob | null> {
  return ctx.db.manager.createQueryBuilder(FileBlob, 'f').addSelect('f.bytes').where('f.sha256 = :sha256', { sha256 }).getOne();
}

/** Which of these SHA-256s name uploaded files. */
export async function uploadedFiles(tx: EntityManager, shas: string[]): Promise<Set<string>> {
  const rows = await findWhereIn(tx, FileBlob, 'sha256', shas.filter((s) => SHA256_HEX.test(s)), { sha256: true });
  return new Set(rows.map((row) => row.sha256));
}

/**
 * Refuses references to files that were never uploaded: the outbox uploads an entry's photos before
 * sending it, so a missing file means a broken client, and the record would show a hole.
 */
export async function requireFiles(tx: EntityManager, shas: { field: string; sha256: string }[]) {
  if (!shas.length) return;
  const problems: FieldProblem[] = shas.filter((s) => !SHA256_HEX.test(s.sha256))
    .map((s) => ({ field: s.field, message: `"${s.sha256}" is not a SHA-256 (64 lower-case hex digits).` }));
  const found = await uploadedFiles(tx, shas.map((s) => s.sha256));
  for (const s of shas) {
    if (SHA256_HEX.test(s.sha256) && !found.has(s.sha256)) problems.push({ field: s.field, message: `no file ${s.sha256}; upload it to POST /files first.` });
  }
  if (problems.length) throw badInput(problems);
}
