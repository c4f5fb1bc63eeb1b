import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { latin1Sources, ocrAssets } from './scripts/ocr-assets.ts';
import { opencvWithoutEval } from './scripts/opencv-no-eval.ts';
import { pdfjsAssets } from './scripts/pdfjs-assets.ts';

const isBench = process.env['CE_BENCH'] === '1';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pdfjsAssets(), ocrAssets()],
  resolve: {
    alias: [
      // The evidence worker's OCR runs onnxruntime-web's plain WASM build, which loads
      // ort-wasm-simd-threaded.{mjs,wasm} from the app's ocr/ folder (scripts/ocr-assets.ts);
      // the package's default build would bundle the 28 MB WebGPU variant as well.
      {
        find: /^onnxruntime-web$/u,
        replacement: resolve('node_modules/onnxruntime-web/dist/ort.wasm.min.mjs'),
      },
    ],
  },
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
  worker: { format: 'es', plugins: () => [latin1Sources(), opencvWithoutEval()] },
  server: { host: '127.0.0.1' },
});
