import { parseImport } from '#shared/sheets/import/parse-import.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

/**
 * Parses one untrusted file away from the UI thread. The worker is started per file and
 * terminated after it, so whatever a hostile file does to this realm (a stalled regex, a polluted
 * prototype) dies with it; only the structured-cloned result comes back.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { kind, bytes } = event.data;
  scope.postMessage(parseImport(bytes, kind));
};
