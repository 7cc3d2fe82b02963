#!/usr/bin/env node
// Reports gzip sizes of the built client and checks the first visits' JS budget (README.md#architecture:
// React, Apollo and the router alone weigh ~130 KB gzipped, so lazy routes must stay lazy). The sizes
// are those of the gzip -9 copies the server sends (precompress.mjs); the figures of each first visit
// go to .vite/first-visit.json, which test/e2e/first-visit-weight.test.ts compares with Chromium's.
// Usage: node client/scripts/report-bundle-size.mjs [distDir]   (default: client/dist)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APP_ENTRY, filesOfEntry, filesOfVisit, FIRST_VISITS, readManifest } from './entry-files.mjs';

/**
 * Budget for each first visit's JS (the entry, the visit's route chunks and their static imports),
 * gzipped. The build fails when a first visit is over it; test/e2e/first-visit-weight.test.ts holds
 * Chromium's count of the same files to it.
 */
export const INITIAL_JS_BUDGET_BYTES = 170 * 1024;

const LOADS = ['initial', 'first visit', 'lazy', 'other page'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints every JS chunk with its gzip size and each first visit's total, read from `.vite/manifest.json`,
 * and writes those totals to `.vite/first-visit.json`.
 * @param {string} distDir the Vite outDir
 * @returns {{ initialBytes: number, visits: Record<string, number>, overBudget: boolean }}
 */
export function reportBundleSize(distDir) {
  const manifest = readManifest(distDir);

  const gzipCache = new Map();
  const gzipSize = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
    return gzipCache.get(file);
  };

  // Static imports load before the app can render; a first visit also loads its routes' chunks; other
  // dynamic imports load later or never. Other entries (GraphiQL at /graphiql) are pages of their own.
  const initial = filesOfEntry(manifest, APP_ENTRY, { lazy: false });
  const visits = Object.entries(FIRST_VISITS).map(([name, chunks]) => {
    const files = [...filesOfVisit(manifest, chunks)].sort();
    return { name, files, bytes: files.reduce((sum, file) => sum + gzipSize(file), 0) };
  });
  const firstVisit = new Set(visits.flatMap((visit) => visit.files));
  const app = filesOfEntry(manifest, APP_ENTRY, { lazy: true });

  const loadOf = (file) => (initial.has(file) ? 'initial' : firstVisit.has(file) ? 'first visit' : app.has(file) ? 'lazy' : 'other page');
  const rows = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, bytes: gzipSize(file), load: loadOf(file) }))
    .sort((a, b) => LOADS.indexOf(a.load) - LOADS.indexOf(b.load) || b.bytes - a.bytes);
  const initialBytes = rows.filter((row) => row.load === 'initial').reduce((sum, row) => sum + row.bytes, 0);
  const overBudget = visits.some((visit) => visit.bytes > INITIAL_JS_BUDGET_BYTES);
  const verdict = (bytes) => `budget ${kb(INITIAL_JS_BUDGET_BYTES)}  ${bytes > INITIAL_JS_BUDGET_BYTES ? 'MISSED' : 'met'}`;

  const width = Math.max(...rows.map((row) => row.file.length), ...visits.map((visit) => `first visit, ${visit.name}`.length));
  const lines = [
    `${'chunk'.padEnd(width)}  ${'gzip'.padStart(9)}  load`,
    ...rows.map((row) => `${row.file.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${row.load}`),
    `${'initial JS total'.padEnd(width)}  ${kb(initialBytes).padStart(9)}  ${verdict(initialBytes)}`,
    ...visits.map((visit) => `${`first visit, ${visit.name}`.padEnd(width)}  ${kb(visit.bytes).padStart(9)}  ${verdict(visit.bytes)}`),
  ];
  console.log(`\nClient bundle (gzip -9)\n${lines.join('\n')}\n`);
  writeFileSync(path.join(distDir, '.vite', 'first-visit.json'), `${JSON.stringify({
    budgetBytes: INITIAL_JS_BUDGET_BYTES,
    visits: Object.fromEntries(visits.map(({ name, files, bytes }) => [name, { files, bytes }])),
  }, null, 2)}\n`);
  return { initialBytes, visits: Object.fromEntries(visits.map((visit) => [visit.name, visit.bytes])), overBudget };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  if (reportBundleSize(distDir).overBudget) process.exitCode = 1;
}
