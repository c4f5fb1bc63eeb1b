import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { pdfjsAssets } from './scripts/pdfjs-assets.ts';

const isBench = process.env['CE_BENCH'] === '1';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pdfjsAssets()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    // `npm run bench` builds the app with its benchmark page into dist/bench; releases never have it.
    outDir: isBench ? '../dist/bench' : '../dist/renderer',
    emptyOutDir: true,
    ...(isBench
      ? {
          rolldownOptions: {
            input: { main: resolve('renderer/index.html'), bench: resolve('renderer/bench.html') },
          },
        }
      : {}),
    target: 'es2023',
    // Readable names in CPU profiles (tests/bench/probe-profile.ts); releases are always minified.
    minify: process.env['CE_PROFILE'] !== '1',
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
