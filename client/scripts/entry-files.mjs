// Which built files belong to which HTML entry, read from Vite's `.vite/manifest.json`. The PWA
// (index.html) and GraphiQL (graphiql.html) are two entries of one build that share chunks (React);
// the budget counts only the PWA's, and the service worker precaches only the PWA's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The PWA's entry in the manifest. */
export const APP_ENTRY = 'index.html';

/** Loaded on every visit, once the page has rendered, to register the service worker. */
const WORKBOX_WINDOW = '../node_modules/workbox-window/build/workbox-window.prod.mjs';

/**
 * What each first visit loads beyond the entry's static imports, as manifest keys: workbox-window and the route
 * chunks the router fetches for it (a signed-out visit to / is sent to sign-in before the list's chunk
 * loads: app.router.tsx's signedInScreen). The budget counts these with their static imports;
 * test/e2e/first-visit-weight.test.ts checks that Chromium fetches exactly those files.
 */
export const FIRST_VISITS = {
  'signed out, /': [WORKBOX_WINDOW, 'src/features/session/sign-in.page.tsx'],
  'signed in, /my-work': [WORKBOX_WINDOW, 'src/features/my-work/my-work.page.tsx'],
};

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

/**
 * The JS files a first visit loads: the app entry and the visit's chunks, each with its static imports.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string[]} chunks manifest keys, e.g. FIRST_VISITS['signed out, /']
 * @returns {Set<string>}
 */
export function filesOfVisit(manifest, chunks) {
  const files = new Set();
  for (const key of [APP_ENTRY, ...chunks]) for (const file of filesOfEntry(manifest, key, { lazy: false })) files.add(file);
  return new Set([...files].filter((file) => file.endsWith('.js')));
}
