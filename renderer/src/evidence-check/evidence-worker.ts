import * as pdfjs from 'pdfjs-dist';
import { evidenceAssetUrls } from './app-assets.ts';
import { browserEvidencePlatform } from './browser-platform.ts';
import { checkEvidenceFile, type EvidencePlatform } from './read-evidence.ts';
import type { CheckAnswer, CheckRequest } from './worker-protocol.ts';

/**
 * The evidence worker: reads and checks one file at a time off the page's thread, so the
 * reviewer's J never waits on OCR. The models load on the first scan and stay (one engine here).
 */
pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).href;

let platform: EvidencePlatform | undefined;

async function answer(request: CheckRequest): Promise<CheckAnswer> {
  try {
    platform ??= browserEvidencePlatform({ pdfjs, ...evidenceAssetUrls(request.base) });
    const result = await checkEvidenceFile(
      platform,
      { bytes: request.bytes, mimeType: request.mimeType },
      request.claim,
      request.staff,
    );
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, message: String(error) };
  }
}

// Requests come one at a time (the page waits for each answer), so no queue is kept here.
globalThis.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  void answer(event.data).then((reply) => globalThis.postMessage(reply));
});
