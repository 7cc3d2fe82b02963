import { outbox } from './outbox';
import { sha256Hex } from './outbox-transfer';

// Photos taken on-site (docs/sync.md#photos-and-files): downscaled on the device to at most 1,600 px
// on the long side, kept as JPEG beside the outbox by SHA-256, and uploaded by the sync engine
// before the entry that refers to them. Only the screens that take photos import this module.

const MAX_SIDE_PX = 1_600;
const JPEG_QUALITY = 0.85;

/** A photo ready to attach to a change: its SHA-256 and a local address for a preview. */
export interface KeptPhoto {
  sha256: string;
  fileName: string;
  previewUrl: string;
}

async function downscale(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE_PX / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot process photos (no canvas).');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be converted to JPEG.'))), 'image/jpeg', JPEG_QUALITY),
  );
}

/** Downscales a photo from the camera or the library and keeps it on this device until it is sent. */
export async function keepPhoto(file: File): Promise<KeptPhoto> {
  const jpeg = await downscale(file);
  const bytes = await jpeg.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const fileName = `${(file.name || 'photo').replace(/\.[^.]*$/, '')}.jpg`;
  await (await outbox()).putFile({ sha256, fileName, contentType: 'image/jpeg', bytes });
  return { sha256, fileName, previewUrl: URL.createObjectURL(jpeg) };
}
