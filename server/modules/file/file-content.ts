// file-type is an ES module; the CommonJS server loads it with require(), which Node runs for ES
// modules from 20.19 on (package.json's engines).
import { fileTypeFromBuffer } from 'file-type';

// What may be uploaded, told by the bytes, never by the file name or the declared type
// (docs/security.md#uploads).

/** Photos: scanner stations, CAT attempts and questionnaire answers. */
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];

const OFFICE_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/rtf',
];

/** Word, Excel and PowerPoint files before 2007 share one container format (CFB). */
const LEGACY_OFFICE_TYPES = ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'];
const CFB = 'application/x-cfb';

/** Documents attached to meetings and documents: PDF, images and office formats. */
export const DOCUMENT_TYPES: readonly string[] = ['application/pdf', ...PHOTO_TYPES, 'image/tiff', 'image/gif', ...OFFICE_TYPES, ...LEGACY_OFFICE_TYPES];

/**
 * The media type of `bytes` as their content shows it, or null when it is none that may be
 * uploaded. An old office file needs its declared type to say which it is: the bytes cannot tell a
 * .doc from a .xls (or from an installer, which shares the container).
 */
export async function uploadableType(bytes: Buffer, declared: string): Promise<string | null> {
  const sniffed = (await fileTypeFromBuffer(bytes))?.mime;
  if (sniffed === CFB) return LEGACY_OFFICE_TYPES.includes(declared) ? declared : null;
  return sniffed && DOCUMENT_TYPES.includes(sniffed) ? sniffed : null;
}
