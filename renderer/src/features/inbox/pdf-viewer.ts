import type { PDFWorker } from 'pdfjs-dist';

type Pdfjs = typeof import('pdfjs-dist');

/** pdf.js could not be loaded (its code or its worker), as against a file it cannot read. */
export class PdfViewerUnavailable extends Error {}

/**
 * Where pdf.js finds the CMaps, standard fonts and decoders the build copies from pdfjs-dist
 * (scripts/pdfjs-assets.ts): without them Chinese text in STSong-Light draws as a blank page and
 * JPEG 2000 or JBIG2 scans do not draw at all. The app's own files, so they work offline.
 */
export function pdfAssetOptions(base: string = document.baseURI) {
  const folder = (name: string) => new URL(`pdfjs/${name}/`, base).href;
  return {
    cMapUrl: folder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: folder('standard_fonts'),
    wasmUrl: folder('wasm'),
  } as const;
}

let loaded: Promise<{ readonly pdfjs: Pdfjs; readonly worker: PDFWorker }> | undefined;

/**
 * pdf.js and one worker for the whole session, loaded once and early (see `preloadPdfViewer`):
 * every file then opens without fetching code, so evidence still shows when the network goes,
 * and no claim waits for a worker to start. A failed load is tried again at the next file.
 */
export function loadPdfViewer(): Promise<{ readonly pdfjs: Pdfjs; readonly worker: PDFWorker }> {
  loaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(
      'pdfjs-dist/build/pdf.worker.min.mjs',
      import.meta.url,
    ).href;
    const worker = new pdfjs.PDFWorker();
    await worker.promise;
    return { pdfjs, worker };
  })().catch((error: unknown) => {
    loaded = undefined;
    throw new PdfViewerUnavailable(String(error));
  });
  return loaded;
}

/** Starts the load while the reviewer is still online; a failure now is left for later. */
export function preloadPdfViewer(): void {
  loadPdfViewer().catch(() => undefined);
}
