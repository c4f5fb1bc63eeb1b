import type { Claim, Staff } from '#shared/contract/index.ts';
import type { EvidenceMimeType, EvidenceResult } from './read-evidence.ts';
import type { CheckAnswer, CheckRequest } from './worker-protocol.ts';

/** Checks one file; the page's side of the evidence worker. */
export interface EvidenceChecker {
  check(
    file: { readonly bytes: Uint8Array; readonly mimeType: EvidenceMimeType },
    claim: Claim,
    staff: Staff,
  ): Promise<EvidenceResult>;
}

/** What the checker needs of a worker: a browser `Worker`, or a stand-in in tests. */
export type CheckWorker = Pick<
  Worker,
  'postMessage' | 'terminate' | 'addEventListener' | 'removeEventListener'
>;

export interface WorkerCheckerOptions {
  /** The app's root URL, from which the worker loads the models and pdf.js's files. */
  readonly base?: string;
  /**
   * How long one file may take before the worker is taken to be stuck. One file is at most one
   * OCR page, and the first also loads the engine: about a minute on a machine as loaded as
   * this project's test machine (docs/evidence-check.md), so three leave room.
   */
  readonly timeoutMs?: number;
  readonly startWorker?: () => CheckWorker;
}

export const checkTimeoutMs = 180_000;

const startEvidenceWorker = (): CheckWorker =>
  new Worker(new URL('./evidence-worker.ts', import.meta.url), {
    type: 'module',
    name: 'evidence-check',
  });

/**
 * Starts the evidence worker (evidence-worker.ts) on first use. Each call is answered in turn;
 * the caller sends one file at a time so the worker never holds a backlog the inbox's order
 * could no longer change. A worker that fails to load, or does not answer in time, is stopped:
 * the waiting checks fail (the caller shows them as unfinished) and the next call starts anew.
 */
export function workerEvidenceChecker(options: WorkerCheckerOptions = {}): EvidenceChecker {
  const base = options.base ?? document.baseURI;
  const timeoutMs = options.timeoutMs ?? checkTimeoutMs;
  const startWorker = options.startWorker ?? startEvidenceWorker;
  let worker: CheckWorker | undefined;
  let nextId = 0;
  const waiting = new Map<number, (answer: CheckAnswer) => void>();

  const stop = (stopped: CheckWorker, message: string) => {
    stopped.terminate();
    if (worker === stopped) worker = undefined;
    for (const [id, settle] of waiting) settle({ id, ok: false, message });
    waiting.clear();
  };
  const start = () => {
    const started = startWorker();
    started.addEventListener('message', (event: MessageEvent<CheckAnswer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
    started.addEventListener('error', (event: ErrorEvent) => {
      stop(started, `证明材料识别程序未能启动：${event.message}`);
    });
    return started;
  };
  return {
    check(file, claim, staff) {
      const running = (worker ??= start());
      nextId += 1;
      const request: CheckRequest = { id: nextId, base, ...file, claim, staff };
      const answered = new Promise<CheckAnswer>((resolve) => waiting.set(request.id, resolve));
      const timer = setTimeout(() => {
        stop(running, `证明材料识别超过 ${String(timeoutMs / 1000)} 秒仍未完成`);
      }, timeoutMs);
      running.postMessage(request, [request.bytes.buffer]);
      return answered.then((answer) => {
        clearTimeout(timer);
        if (answer.ok) return answer.result;
        throw new Error(answer.message);
      });
    },
  };
}
