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

/**
 * Starts the evidence worker (evidence-worker.ts) on first use. Each call is answered in turn;
 * the caller sends one file at a time so the worker never holds a backlog the inbox's order
 * could no longer change.
 */
export function workerEvidenceChecker(base: string = document.baseURI): EvidenceChecker {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, (answer: CheckAnswer) => void>();
  const start = () => {
    const started = new Worker(new URL('./evidence-worker.ts', import.meta.url), {
      type: 'module',
      name: 'evidence-check',
    });
    started.addEventListener('message', (event: MessageEvent<CheckAnswer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
    // The worker's code failed to load: every waiting check fails, and the next call starts anew.
    started.addEventListener('error', (event) => {
      for (const [id, settle] of waiting) settle({ id, ok: false, message: event.message });
      waiting.clear();
      worker = undefined;
    });
    return started;
  };
  return {
    check(file, claim, staff) {
      worker ??= start();
      nextId += 1;
      const request: CheckRequest = { id: nextId, base, ...file, claim, staff };
      const answered = new Promise<CheckAnswer>((resolve) => waiting.set(request.id, resolve));
      worker.postMessage(request, [request.bytes.buffer]);
      return answered.then((answer) => {
        if (answer.ok) return answer.result;
        throw new Error(answer.message);
      });
    },
  };
}
