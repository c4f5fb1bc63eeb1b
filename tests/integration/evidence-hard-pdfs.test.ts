import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCertificate } from '../../provincial-api/seed/certificate-layouts.ts';
import { scanOf } from '../../provincial-api/seed/files.ts';
import { textPdf } from '../../provincial-api/seed/pdf-writer.ts';
import { createRandom } from '../../provincial-api/seed/random.ts';
import { launchChromium, newPage, screenshotDir } from '../e2e/browser.ts';

/**
 * Issue 13's three hard PDFs, as the seed writes them, drawn by pdf.js (the project's
 * pdfjs-dist) in Chromium: Chinese text in the non-embedded STSong-Light, a JPEG 2000 scan and a
 * JBIG2 scan. Given cMapUrl, standardFontDataUrl and wasmUrl from the package's own folders,
 * each page shows ink where the certificate's title stands; without them the text page is blank.
 */

const facts = {
  name: '刘涛',
  idNumber: '370102198803136256',
  title: '医院感染防控专题研修班',
  organizer: '山东省卫生健康委员会',
  startDate: '2025-06-12',
  endDate: '2025-06-14',
  hours: 24,
  certificateNo: 'JX2025100200',
  issueDate: '2025-06-20',
};

const pdfjsDir = join(import.meta.dirname, '../../node_modules/pdfjs-dist');
const files = new Map<string, Buffer>();
let server: Server;
let base: string;
let browser: Browser;

const page = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<script type="module">
  import * as pdfjs from '/pdfjs/build/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
  const assets = { cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/' };
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
  const drawing = drawCertificate('completion', facts);
  files.set('stsong.pdf', textPdf(drawing));
  files.set('jpx.pdf', (await scanOf(drawing, createRandom(1), 2)).bytes);
  files.set('jbig2.pdf', (await scanOf(drawing, createRandom(2), 3)).bytes);
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (body: Buffer | string, type: string) => {
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    };
    if (path === '/') return send(page, 'text/html; charset=utf-8');
    const file = files.get(path.replace('/files/', ''));
    if (path.startsWith('/files/') && file !== undefined) return send(file, 'application/pdf');
    const inside = normalize(path.replace(/^\/pdfjs\//u, '')).replace(/^(\.\.[/\\])+/u, '');
    readFile(join(pdfjsDir, inside)).then(
      (bytes) =>
        send(
          bytes,
          path.endsWith('.mjs')
            ? 'text/javascript'
            : path.endsWith('.wasm')
              ? 'application/wasm'
              : 'application/octet-stream',
        ),
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
});

// The title 结业证书, 40 pt, centred at x 421 on a baseline at y 110 (certificate-layouts.ts).
const titleBox = [330, 70, 180, 48] as const;

describe('the seed’s hard PDFs in Chromium', () => {
  it('draws each one’s title given the CMaps, standard fonts and decoders, and the text one blank without', async () => {
    const tab = await newPage(browser);
    await tab.goto(base);
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
