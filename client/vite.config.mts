import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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
  plugins: [react(), bundleBudget()],
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
