// Which built files belong to which HTML entry, read from Vite's `.vite/manifest.json`. The PWA
// (index.html) and GraphiQL (graphiql.html) are two entries of one build that share chunks (React);
// the budget counts only the PWA's, and the service worker precaches only the PWA's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The PWA's entry in the manifest. */
export const APP_ENTRY = 'index.html';

/**
 * @typedef {{ file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[],
 *   dynamicImports?: string[], css?: string[], assets?: string[] }} ManifestChunk
 */

/** @param {string} distDir the Vite outDir @returns {Record<string, ManifestChunk>} */
export function readManifest(distDir) {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}; build with build.manifest enabled.`);
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

/**
 * The files (paths relative to distDir) an entry loads before it can render (`lazy: false`: its static
 * imports) or may ever load (`lazy: true`: dynamic imports too, with their CSS and assets).
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string} entry a manifest key, e.g. 'index.html'
 * @param {{ lazy: boolean }} options
 * @returns {Set<string>}
 */
export function filesOfEntry(manifest, entry, { lazy }) {
  if (!manifest[entry]) throw new Error(`The build has no entry ${entry}.`);
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    if (!lazy) {
      for (const imported of chunk.imports ?? []) visit(imported);
      return;
    }
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(imported);
  };
  visit(entry);
  return files;
}
