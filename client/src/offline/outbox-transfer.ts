import type { Outbox, OutboxEntry, StoredFile } from './outbox';

// Export and import of the outbox (docs/sync.md#export-and-import): a person whose tablet is failing, or
// whose browser may evict its data, saves their unsent changes and photos to a file, and imports
// it later (on this device or another). Entries keep their mutationId, so each is still applied at
// most once whatever happens to the file: an entry already in the outbox is skipped, and the
// server answers a replay from its record.

export const EXPORT_FORMAT = 'ccpor-outbox';

interface ExportedFile {
  sha256: string;
  fileName: string;
  contentType: string;
  base64: string;
}

export interface OutboxExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  entries: OutboxEntry[];
  files: ExportedFile[];
}

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the stack on a large photo.
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** SHA-256 of bytes as 64 lower-case hex digits (what POST /files answers). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A person's unsent entries with their photos, as one JSON document. */
export async function exportOutbox(store: Outbox, userId: string): Promise<OutboxExport> {
  const entries = (await store.list(userId)).filter((entry) => entry.state !== 'SENT');
  const files: ExportedFile[] = [];
  for (const sha256 of new Set(entries.flatMap((entry) => entry.fileShas ?? []))) {
    const file = await store.getFile(sha256);
    if (file) files.push({ sha256, fileName: file.fileName, contentType: file.contentType, base64: toBase64(file.bytes) });
  }
  return { format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), entries, files };
}

export interface ImportOutcome {
  added: number;
  /** Entries already in the outbox (same mutationId). */
  skipped: number;
  files: number;
}

/**
 * Puts an export back: photos whose bytes match their SHA-256, then the entries, in their order.
 * Throws with a message for a person when the file is not an export of this app.
 */
export async function importOutbox(store: Outbox, text: string): Promise<ImportOutcome> {
  let parsed: Partial<OutboxExport>;
  try {
    parsed = JSON.parse(text) as Partial<OutboxExport>;
  } catch {
    throw new Error('This file is not an export of unsent changes (it is not JSON).');
  }
  if (parsed.format !== EXPORT_FORMAT || parsed.version !== 1 || !Array.isArray(parsed.entries) || !Array.isArray(parsed.files)) {
    throw new Error('This file is not an export of unsent changes from CCPOR Deploy.');
  }
  const malformed = parsed.entries.find((entry) => typeof entry?.mutationId !== 'string' || typeof entry.operationName !== 'string' || typeof entry.userId !== 'string');
  if (malformed) throw new Error('The export is damaged: an entry has no mutationId, operation or author. Nothing was imported.');
  const files: StoredFile[] = [];
  for (const file of parsed.files) {
    const bytes = fromBase64(file.base64);
    if ((await sha256Hex(bytes)) !== file.sha256) throw new Error(`The export is damaged: photo ${file.fileName} does not match its checksum. Nothing was imported.`);
    files.push({ sha256: file.sha256, fileName: file.fileName, contentType: file.contentType, bytes });
  }
  for (const file of files) await store.putFile(file);
  const entries = parsed.entries.map((entry) => ({ ...entry, variables: { ...entry.variables, input: { ...entry.variables.input, mutationId: entry.mutationId } } }));
  return { ...(await store.addExisting(entries)), files: files.length };
}
