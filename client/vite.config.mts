import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { ManifestTransform } from 'workbox-build';
import { APP_ENTRY, filesOfEntry, readManifest } from './scripts/entry-files.mjs';
import { precompress } from './scripts/precompress.mjs';
import { reportBundleSize } from './scripts/report-bundle-size.mjs';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));

const distDir = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * GraphiQL (graphiql.html, served at /graphiql) is a second entry of the build. Its code and Monaco's
 * workers weigh megabytes and serve only people exploring the API, so the service worker precaches
 * only what the app itself (index.html, its lazy routes included) can load. The SW is generated after
 * the bundle is written, so Vite's manifest is on disk by then.
 */
const onlyAppFiles: ManifestTransform = async (entries) => {
  const app = filesOfEntry(readManifest(distDir), APP_ENTRY, { lazy: true });
  const manifest = entries.filter((entry) => (entry.url.startsWith('assets/') ? app.has(entry.url) : entry.url !== 'graphiql.html'));
  return { manifest, warnings: [] };
};

/** Prints the chunk sizes after every production build and fails it when a first visit's JS is over budget. */
function bundleBudget(): Plugin {
  return {
    name: 'ccpor-bundle-budget',
    apply: 'build',
    closeBundle() {
      const { overBudget } = reportBundleSize(distDir);
      if (overBudget) this.error('A first visit loads over 170 KB of JS (gzip); split a route or drop a dependency.');
    },
  };
}

/**
 * The chunks whose code runs as they load (React, Apollo and the router in `vendor`; Chart.js with the
 * first chart), marked with V8's explicit compile hint so that Chromium compiles all their functions
 * while it streams the file, on a background thread, instead of each on the main thread when first
 * called: the portfolio's first chart took 104–136 ms of Lighthouse's simulated main thread instead
 * of 131–215 (docs/benchmarks.md). Other engines read a comment. Only these: a function compiled and
 * never called costs memory.
 */
const COMPILED_AS_THEY_STREAM = ['vendor', 'chart.setup'];

/**
 * Writes brotli and gzip copies of the build's text files for the server to send as they are. It runs
 * after every other plugin's closeBundle, so the service worker vite-plugin-pwa writes there is included.
 */
function precompressed(): Plugin {
  return {
    name: 'ccpor-precompress',
    apply: 'build',
    closeBundle: { order: 'post', sequential: true, handler: () => precompress(distDir).then(() => undefined) },
  };
}

export default defineConfig({
  root: clientRoot,
  resolve: {
    // rxjs (under Apollo) and workbox-window (the update prompt) as ES2015 and later: their default ES5
    // builds carry class and spread helpers, in every first download.
    conditions: ['es2015', ...defaultClientConditions],
    alias: { 'workbox-window': 'workbox-window/build/workbox-window.prod.mjs' },
  },
  plugins: [
    react(),
    // The app shell is precached so the app starts with no network (docs/sync.md#app-updates-and-installing).
    // 'prompt': a new version waits until the person reloads (UpdatePrompt), never mid-form.
    VitePWA({
      registerType: 'prompt',
      strategies: 'generateSW',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'CCPOR Deploy',
        short_name: 'CCPOR Deploy',
        description: 'Plan and track CCPOR deployments of California courts and law-enforcement agencies.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1b3a5c',
        background_color: '#f4f6f8',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        manifestTransforms: [onlyAppFiles],
        // Workbox checks sizes before onlyAppFiles runs, and GraphiQL's Monaco (~3 MB, dropped there) is
        // over its 2 MiB default; the app's own chunks are far below either limit.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API, uploads, reports and GraphiQL are never the app shell; their answers are never cached.
        navigateFallbackDenylist: [/^\/graphql/, /^\/files/, /^\/reports/, /^\/graphiql/, /^\/calendar/, /^\/healthz/],
        cleanupOutdatedCaches: true,
      },
    }),
    bundleBudget(),
    precompressed(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No modulepreload polyfill in every first visit: the browsers the build targets without
    // modulepreload (Safari before 17, Firefox 114) still load the same modules, found as they are imported.
    modulePreload: { polyfill: false },
    // The budget script reads the manifest to tell the entry's static imports from lazy route chunks.
    manifest: true,
    rollupOptions: {
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)) },
      output: {
        // After minifying, which drops comments; the magic comment counts only as the file's first line.
        postBanner: (chunk) => (COMPILED_AS_THEY_STREAM.includes(chunk.name) ? '//# allFunctionsCalledOnLoad' : ''),
        codeSplitting: {
          // The libraries every visit loads in one chunk: one gzip stream compresses better than several
          // and carries no imports between them (2.4 KB less in each first visit). The headline labels
          // stay a chunk of their own, not merged with every other label (rules/headline-labels.ts).
          groups: [
            { name: 'vendor', tags: ['$initial'], test: /node_modules[\\/](react|react-dom|scheduler|react-router|@apollo[\\/]client|rxjs|optimism|@wry|tslib|idb)[\\/]/, priority: 2 },
            { name: 'common', test: /rules[\\/](dates|statuses|limits|headline-labels)\.ts$|src[\\/]app[\\/](load-failed\.component|local-date\.utils|graphql-errors\.utils)\.tsx?$/, priority: 1 },
            { name: 'headline-labels', test: /rules[\\/]headline-labels\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
  // Monaco's workers (GraphiQL's only workers) are ES modules that split into chunks.
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/reports': 'http://127.0.0.1:4000',
    },
  },
});
