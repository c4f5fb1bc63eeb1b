import type { ExportMessage, ExportRequest } from './export-protocol.ts';
import { buildSheet } from './build-sheet.ts';

/**
 * Builds one workbook away from the page, so a 20,000-person roster leaves the screen responsive
 * and its progress can be painted while the rows are laid out.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportMessage, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  buildSheet(event.data, (fraction) => scope.postMessage({ type: 'progress', fraction })).then(
    (bytes) => scope.postMessage({ type: 'done', bytes }, [bytes.buffer]),
    (failure: unknown) => scope.postMessage({ type: 'failed', detail: String(failure) }),
  );
};
