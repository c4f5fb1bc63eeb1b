import { err, type Result } from '#shared/errors/result.ts';
import { defaultImportLimits, refusal, type ImportRefusal } from '#shared/sheets/import/limits.ts';
import type { ImportKind, ImportResult } from '#shared/sheets/import/parse-import.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

/** The part of a Worker the client uses, so tests can hand in a fake. */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export function startImportWorker(): ImportWorker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: '表格导入',
  });
}

export interface ImportOptions {
  /** Past this the worker is terminated, whatever it is doing. */
  readonly timeoutMs?: number;
  readonly createWorker?: () => ImportWorker;
}

/**
 * Parses a picked file in a fresh worker and resolves with its preview or refusal. The worker is
 * always terminated: on an answer, on a crash, and on timeout (a parse stuck in a library loop
 * cannot be interrupted from inside, only killed from outside).
 */
export function importInWorker(
  bytes: Uint8Array,
  kind: ImportKind,
  options: ImportOptions = {},
): Promise<ImportResult | Result<never, ImportRefusal>> {
  const timeoutMs = options.timeoutMs ?? defaultImportLimits.maxMillis + 2_000;
  const worker = (options.createWorker ?? startImportWorker)();
  return new Promise((resolve) => {
    const finish = (result: ImportResult | Result<never, ImportRefusal>): void => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      finish(
        err(
          refusal(
            'timeout',
            '文件读取超时，已停止。请删去无关的工作表和格式，或分批导入。',
            `worker killed after ${timeoutMs} ms`,
          ),
        ),
      );
    }, timeoutMs);
    worker.onmessage = (event) => {
      finish(event.data);
    };
    worker.onerror = (event) => {
      finish(
        err(refusal('unreadable', '读取文件时出错，已停止。请确认文件完好后重试。', event.message)),
      );
    };
    // A copy goes to the worker so the caller's buffer is left intact for a retry.
    const copy = bytes.slice();
    worker.postMessage({ kind, bytes: copy }, [copy.buffer]);
  });
}
