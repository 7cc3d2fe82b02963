import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { log } from '../../shared/log';

/**
 * The app's persisted documents: server/persisted-documents/<hash>.graphql, one file per document any
 * build of the app has sent, written by codegen (client/scripts/persisted-documents.cjs) and never
 * removed, so an outbox entry queued under an older build still sends after an upgrade
 * (docs/sync.md#operations-sent-by-hash). Read from the repository, beside the source or the build.
 */
const serverDir = path.resolve(__dirname, '../..');
const repoRoot = path.basename(path.dirname(serverDir)) === 'dist' ? path.dirname(path.dirname(serverDir)) : path.dirname(serverDir);
export const PERSISTED_DOCUMENTS_DIR = path.join(repoRoot, 'server', 'persisted-documents');

const HASH_FILE = /^([0-9a-f]{64})\.graphql$/;

/** Every persisted document by its hash (the lower-case hex SHA-256 of its text); a file whose name is not its text's hash is refused. */
export function loadPersistedDocuments(dir = PERSISTED_DOCUMENTS_DIR): ReadonlyMap<string, string> {
  const documents = new Map<string, string>();
  if (!fs.existsSync(dir)) {
    log('warn', 'no persisted documents: the app sends its operations by hash and each will be refused', { dir });
    return documents;
  }
  for (const file of fs.readdirSync(dir)) {
    const hash = HASH_FILE.exec(file)?.[1];
    if (!hash) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    if (createHash('sha256').update(text).digest('hex') !== hash) {
      throw new Error(`${path.join(dir, file)} is not the document its name says (its text's SHA-256 differs): restore it from git; persisted documents are never edited.`);
    }
    documents.set(hash, text);
  }
  return documents;
}
