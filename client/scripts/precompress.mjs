// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the client build, so that the
// server (server/http/built-files.ts) sends them as they are instead of compressing on each request.
// Node's own zlib: nothing is downloaded. Usage: node client/scripts/precompress.mjs [distDir]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text that compresses; images and fonts are compressed formats already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

/** Below this a compressed copy saves less than the bytes its negotiation costs (the server's own threshold). */
export const PRECOMPRESS_MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Compresses every compressible file of `distDir` at the highest levels (a build pays once, every
 * visit gains); a copy that would not be smaller is not written, and then neither is its sibling.
 * gzip -9 is what the bundle budget counts (report-bundle-size.mjs), so the figure is the bytes sent.
 * @param {string} distDir
 * @returns {Promise<number>} how many files got compressed copies
 */
export async function precompress(distDir) {
  const files = (await filesUnder(distDir)).filter((file) => COMPRESSIBLE.test(file) && !file.includes(`${path.sep}.vite${path.sep}`));
  const written = await Promise.all(files.map(async (file) => {
    const bytes = await readFile(file);
    if (bytes.length < PRECOMPRESS_MIN_BYTES) return false;
    const [br, gz] = await Promise.all([
      brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      gzipAsync(bytes, { level: 9 }),
    ]);
    if (gz.length >= bytes.length) return false;
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    return true;
  }));
  return written.filter(Boolean).length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  console.log(`${await precompress(distDir)} files precompressed (brotli and gzip) in ${distDir}`);
}
