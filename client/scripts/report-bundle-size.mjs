#!/usr/bin/env node
// Reports gzip sizes of the built client and checks the initial-JS budget (DESIGN/STACK-NOTES:
// React, Apollo and the router alone weigh ~130 KB gzipped, so lazy routes must stay lazy).
// Usage: node client/scripts/report-bundle-size.mjs [distDir]   (default: client/dist)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budget for the entry chunk plus everything it imports statically, in gzipped bytes. */
export const INITIAL_JS_BUDGET_BYTES = 170 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints every JS chunk with its gzip size and the initial total, read from `.vite/manifest.json`.
 * @param {string} distDir the Vite outDir
 * @returns {{ initialBytes: number, overBudget: boolean }}
 */
export function reportBundleSize(distDir) {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}; build with build.manifest enabled.`);
  /** @type {Record<string, { file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

  const gzipCache = new Map();
  const gzipSize = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
    return gzipCache.get(file);
  };

  // Static imports load before the app can render; dynamic imports (lazy routes) do not.
  const initial = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const rows = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, bytes: gzipSize(file), initial: initial.has(file) }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.bytes - a.bytes);
  const initialBytes = rows.filter((row) => row.initial).reduce((sum, row) => sum + row.bytes, 0);
  const overBudget = initialBytes > INITIAL_JS_BUDGET_BYTES;

  const width = Math.max(...rows.map((row) => row.file.length), 'chunk'.length);
  const lines = [
    `${'chunk'.padEnd(width)}  ${'gzip'.padStart(9)}  load`,
    ...rows.map((row) => `${row.file.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${row.initial ? 'initial' : 'lazy'}`),
    `${'initial JS total'.padEnd(width)}  ${kb(initialBytes).padStart(9)}  budget ${kb(INITIAL_JS_BUDGET_BYTES)}${overBudget ? '  OVER BUDGET' : ''}`,
  ];
  console.log(`\nClient bundle (gzip -9)\n${lines.join('\n')}\n`);
  return { initialBytes, overBudget };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  if (reportBundleSize(distDir).overBudget) process.exitCode = 1;
}
