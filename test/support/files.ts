import type { Api } from './api';

/** Uploads bytes through POST /files as the PWA does, and answers the stored record. */
export async function uploadFile(api: Api, bytes: Buffer, fileName = 'photo.jpg', contentType = 'image/jpeg') {
  const res = await fetch(`${api.url}/files`, {
    method: 'POST', headers: { ...api.headers, 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName) }, body: new Uint8Array(bytes),
  });
  if (res.status !== 200) throw new Error(`upload failed with ${res.status}: ${await res.text()}`);
  return (await res.json()) as { sha256: string; fileName: string; contentType: string; size: number; createdAt: string };
}
