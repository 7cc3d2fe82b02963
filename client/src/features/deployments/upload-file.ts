/** What POST /files answers for a stored file. */
export interface UploadedFile {
  sha256: string;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Uploads one file through POST /files (docs/sync.md#photos-and-files): the raw bytes with their
 * type, the name in X-File-Name, which is also the CSRF guard. Uploads go direct, not through the
 * outbox, so they need a connection; the record that references the file then goes through it.
 */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const res = await fetch('/files', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `The file could not be uploaded (HTTP ${res.status}).`);
  }
  return (await res.json()) as UploadedFile;
}
