import type { PDFPageProxy } from 'pdfjs-dist';
import type { RgbaImage } from '#shared/evidence/index.ts';

/** What pdf.js needs of a canvas, met by OffscreenCanvas in a worker and @napi-rs/canvas in Node. */
export interface PixelCanvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): {
    fillStyle: unknown;
    fillRect(x: number, y: number, width: number, height: number): void;
    getImageData(x: number, y: number, width: number, height: number): RgbaImage;
  } | null;
}

/** Draws one page on white at `scale` and hands back its pixels, for OCR and the image hash. */
export async function drawPage(
  page: PDFPageProxy,
  scale: number,
  makeCanvas: (width: number, height: number) => PixelCanvas,
): Promise<RgbaImage> {
  const viewport = page.getViewport({ scale });
  const canvas = makeCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // pdf.js draws on any canvas with the 2D API; its types name only the page's own.
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: image.width, height: image.height };
}
