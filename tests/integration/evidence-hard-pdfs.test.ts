import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCertificate } from '../../provincial-api/seed/certificate-layouts.ts';
import { scanOf } from '../../provincial-api/seed/files.ts';
import { textPdf } from '../../provincial-api/seed/pdf-writer.ts';
import { createRandom } from '../../provincial-api/seed/random.ts';
import { launchChromium, newPage, screenshotDir } from '../e2e/browser.ts';
import { certificateFacts, serveForBrowser } from './evidence-fixtures.ts';

/**
 * Issue 13's three hard PDFs, as the seed writes them, drawn by pdf.js (the project's
 * pdfjs-dist) in Chromium: Chinese text in the non-embedded STSong-Light, a JPEG 2000 scan and a
 * JBIG2 scan. Given cMapUrl, standardFontDataUrl and wasmUrl from the package's own folders,
 * each page shows ink where the certificate's title stands; without them the text page is blank.
 */

const files = new Map<string, Buffer>();
let server: Awaited<ReturnType<typeof serveForBrowser>>;
let browser: Browser;

const page = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<script type="module">
  import * as pdfjs from '/modules/pdfjs-dist/build/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/modules/pdfjs-dist/build/pdf.worker.mjs';
  const assets = { cMapUrl: '/modules/pdfjs-dist/cmaps/', cMapPacked: true, standardFontDataUrl: '/modules/pdfjs-dist/standard_fonts/', wasmUrl: '/modules/pdfjs-dist/wasm/' };
  // Draws page 1 at 1 px a point and counts dark pixels inside the box (x, y, width, height).
  window.inkIn = async (name, withAssets, box) => {
    const doc = await pdfjs.getDocument({ url: '/files/' + name, ...(withAssets ? assets : {}) }).promise;
    const pdfPage = await doc.getPage(1);
    const viewport = pdfPage.getViewport({ scale: 1 });
    const canvas = document.createElement('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    canvas.title = name + (withAssets ? '' : ' (no assets)');
    document.body.append(canvas);
    await pdfPage.render({ canvas, viewport }).promise;
    const pixels = canvas.getContext('2d').getImageData(box[0], box[1], box[2], box[3]).data;
    let dark = 0;
    for (let p = 0; p < pixels.length; p += 4) {
      const alpha = pixels[p + 3];
      if (alpha > 0 && pixels[p] + pixels[p + 1] + pixels[p + 2] < 3 * 110) dark++;
    }
    return dark;
  };
</script>`;

beforeAll(async () => {
  const drawing = drawCertificate('completion', certificateFacts);
  files.set('stsong.pdf', textPdf(drawing));
  files.set('jpx.pdf', (await scanOf(drawing, createRandom(1), 2)).bytes);
  files.set('jbig2.pdf', (await scanOf(drawing, createRandom(2), 3)).bytes);
  const pages = new Map<string, { body: Buffer | string; type: string }>([
    ['/', { body: page, type: 'text/html; charset=utf-8' }],
  ]);
  for (const [name, bytes] of files)
    pages.set(`/files/${name}`, { body: bytes, type: 'application/pdf' });
  server = await serveForBrowser(pages);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

// The title 结业证书, 40 pt, centred at x 421 on a baseline at y 110 (certificate-layouts.ts).
const titleBox = [330, 70, 180, 48] as const;

describe('the seed’s hard PDFs in Chromium', () => {
  it('draws each one’s title given the CMaps, standard fonts and decoders, and the text one blank without', async () => {
    const tab = await newPage(browser);
    await tab.goto(server.url);
    await tab.waitForFunction(() => 'inkIn' in window);
    const ink = (name: string, withAssets: boolean) =>
      tab.evaluate(
        ([n, w, box]) =>
          (
            window as unknown as {
              inkIn: (n: string, w: boolean, b: readonly number[]) => Promise<number>;
            }
          ).inkIn(n, w, box),
        [name, withAssets, titleBox] as const,
      );
    const seen = {
      stsong: await ink('stsong.pdf', true),
      jpx: await ink('jpx.pdf', true),
      jbig2: await ink('jbig2.pdf', true),
      stsongWithoutCMaps: await ink('stsong.pdf', false),
    };
    console.log('dark pixels where the title stands', seen);
    await tab.screenshot({ path: `${screenshotDir}/evidence-hard-pdfs.png`, fullPage: true });
    expect({
      stsong: seen.stsong > 300,
      jpx: seen.jpx > 300,
      jbig2: seen.jbig2 > 300,
      stsongWithoutCMaps: seen.stsongWithoutCMaps,
    }).toEqual({ stsong: true, jpx: true, jbig2: true, stsongWithoutCMaps: 0 });
  }, 180_000);
});
