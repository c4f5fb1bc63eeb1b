import type { ExportMessage, ExportRequest } from './export-protocol.ts';

/** The page-side fallback is loaded only when needed: it carries the whole xlsx writer. */
async function buildHere(
  request: ExportRequest,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  const { buildSheet } = await import('./build-sheet.ts');
  return buildSheet(request, onProgress);
}

/**
 * Builds a sheet in a worker and reports progress (0…1). Should the worker fail to start or
 * crash (an old runtime, a blocked worker), the same builder runs on the page instead: slower to
 * paint, same bytes.
 */
export function exportSheet(
  request: ExportRequest,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), {
      type: 'module',
      name: '报表导出',
    });
  } catch {
    return buildHere(request, onProgress);
  }
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<ExportMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress(message.fraction);
          return;
        case 'done':
          finish();
          resolve(message.bytes);
          return;
        case 'failed':
          finish();
          reject(new Error(message.detail));
          return;
        default:
          throw new Error(`Unhandled message: ${String(message satisfies never)}`);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      buildHere(request, onProgress).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
