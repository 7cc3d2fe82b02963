import type { Outbox } from './outbox';

// Uploads the photos of an entry before the entry itself (docs/sync.md#photos-and-files): POST /files is idempotent by
// SHA-256, so a photo sent twice (a retry, a replayed export) is stored once.

export type UploadOutcome = 'done' | 'network' | 'unauthenticated' | { code: string; message: string };

/** Uploads each photo the store holds; stops at the first failure and says which kind it was. */
export async function uploadFiles(store: Outbox, shas: string[]): Promise<UploadOutcome> {
  for (const sha256 of shas) {
    const file = await store.getFile(sha256);
    // Not on this device (e.g. already sent and pruned, or imported without it): the server says if it lacks it.
    if (!file) continue;
    let response: Response;
    try {
      response = await fetch('/files', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': file.contentType, 'x-file-name': encodeURIComponent(file.fileName) },
        body: file.bytes,
      });
    } catch {
      return 'network';
    }
    if (response.status === 401) return 'unauthenticated';
    if (response.status >= 500 || response.status === 429) return 'network';
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
      const error = body?.errors?.[0];
      return { code: error?.extensions?.code ?? `HTTP_${response.status}`, message: error?.message ?? `The photo ${file.fileName} was refused.` };
    }
    const stored = (await response.json()) as { sha256: string };
    if (stored.sha256 !== sha256) return { code: 'FILE_CHANGED', message: `The photo ${file.fileName} arrived damaged; take it again.` };
  }
  return 'done';
}
