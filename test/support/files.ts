import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Api } from './api';

/** Uploads bytes through POST /files as the PWA does, and answers the stored record. */
export async function uploadFile(api: Api, bytes: Buffer, fileName = 'photo.jpg', contentType = 'image/jpeg') {
  const res = await fetch(`${api.url}/files`, {
    method: 'POST', headers: { ...api.headers, 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName) }, body: new Uint8Array(bytes),
  });
  if (res.status !== 200) throw new Error(`upload failed with ${res.status}: ${await res.text()}`);
  return (await res.json()) as { sha256: string; fileName: string; contentType: string; size: number; createdAt: string };
}

/**
 * Bytes that start as a JPEG does, then `size` random bytes: a photo by its content for tests that
 * store photos without showing them, each with its own SHA-256.
 */
export const photoBytes = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size)]);

/** A Word document (.docx) as its content shows it: a ZIP whose [Content_Types].xml names the main part. */
export function wordDocument(text: string): Buffer {
  const entries: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    // Stored (not deflated) entries: version, flags, method, time and date all zero or fixed.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
