#!/usr/bin/env node
// Reports gzip sizes of the built client and checks the initial-JS budget (README.md#architecture:
// React, Apollo and the router alone weigh ~130 KB gzipped, so lazy routes must stay lazy).
// Usage: node client/scripts/report-bundle-size.mjs [distDir]   (default: client/dist)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APP_ENTRY, filesOfEntry, readManifest } from './entry-files.mjs';

/** Budget for the entry chunk plus everything it imports statically, in gzipped bytes. */
export const INITIAL_JS_BUDGET_BYTES = 170 * 1024;

const LOADS = ['initial', 'lazy', 'other page'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints every JS chunk with its gzip size and the initial total, read from `.vite/manifest.json`.
 * @param {string} distDir the Vite outDir
 * @returns {{ initialBytes: number, overBudget: boolean }}
 */
export function reportBundleSize(distDir) {
  const manifest = readManifest(distDir);

  const gzipCache = new Map();
  const gzipSize = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
    return gzipCache.get(file);
  };

  // Static imports load before the app can render; dynamic imports (lazy routes) do not. Other entries
  // (GraphiQL at /graphiql) are pages of their own that the app never loads.
  const initial = filesOfEntry(manifest, APP_ENTRY, { lazy: false });
  const app = filesOfEntry(manifest, APP_ENTRY, { lazy: true });

  const rows = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, bytes: gzipSize(file), load: initial.has(file) ? 'initial' : app.has(file) ? 'lazy' : 'other page' }))
    .sort((a, b) => LOADS.indexOf(a.load) - LOADS.indexOf(b.load) || b.bytes - a.bytes);
  const initialBytes = rows.filter((row) => row.load === 'initial').reduce((sum, row) => sum + row.bytes, 0);
  const overBudget = initialBytes > INITIAL_JS_BUDGET_BYTES;

  const width = Math.max(...rows.map((row) => row.file.length), 'chunk'.length);
  const lines = [
    `${'chunk'.padEnd(width)}  ${'gzip'.padStart(9)}  load`,
    ...rows.map((row) => `${row.file.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${row.load}`),
    `${'initial JS total'.padEnd(width)}  ${kb(initialBytes).padStart(9)}  budget ${kb(INITIAL_JS_BUDGET_BYTES)}${overBudget ? '  OVER BUDGET' : ''}`,
  ];
  console.log(`\nClient bundle (gzip -9)\n${lines.join('\n')}\n`);
  return { initialBytes, overBudget };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  if (reportBundleSize(distDir).overBudget) process.exitCode = 1;
}
