import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { reportBundleSize } from './scripts/report-bundle-size.mjs';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));

/** Prints the chunk sizes after every production build and fails it when the initial JS is over budget. */
function bundleBudget(): Plugin {
  return {
    name: 'ccpor-bundle-budget',
    apply: 'build',
    closeBundle() {
      const { overBudget } = reportBundleSize(fileURLToPath(new URL('./dist', import.meta.url)));
      if (overBudget) this.error('Initial JS is over the 170 KB gzip budget; split a route or drop a dependency.');
    },
  };
}

export default defineConfig({
  root: clientRoot,
  plugins: [
    react(),
    // The app shell is precached so the app starts with no network (DESIGN.md, "Offline and sync").
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
        navigateFallback: '/index.html',
        // The API, uploads, reports and GraphiQL are never the app shell; their answers are never cached.
        navigateFallbackDenylist: [/^\/graphql/, /^\/files/, /^\/reports/, /^\/graphiql/, /^\/calendar/, /^\/healthz/],
        cleanupOutdatedCaches: true,
      },
    }),
    bundleBudget(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget script reads the manifest to tell the entry's static imports from lazy route chunks.
    manifest: true,
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/reports': 'http://127.0.0.1:4000',
    },
  },
});
