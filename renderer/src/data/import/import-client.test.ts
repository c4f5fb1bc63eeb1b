import { describe, expect, it, vi } from 'vitest';
import { importInWorker, type ImportWorker } from './import-client.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

/** A stand-in worker: answers with what the test says, or never. */
function fakeWorker(answer?: (request: ImportRequest) => ImportResponse) {
  const terminate = vi.fn();
  const worker: ImportWorker = {
    onmessage: null as ImportWorker['onmessage'],
    onerror: null as ImportWorker['onerror'],
    terminate,
    postMessage(request: ImportRequest) {
      if (answer === undefined) return;
      const data = answer(request);
      queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent<ImportResponse>));
    },
  };
  return { worker, terminate };
}

const preview: ImportResponse = {
  ok: true,
  value: {
    kind: 'staff',
    preview: { kind: 'staff', format: 'csv', rows: [], report: [], accepted: 0, refused: 0 },
  },
};

describe('importInWorker', () => {
  it('resolves with the worker answer and terminates it when the parse finishes', async () => {
    const { worker, terminate } = fakeWorker(() => preview);
    const result = await importInWorker(new Uint8Array([1]), 'staff', {
      createWorker: () => worker,
    });
    expect(result).toEqual(preview);
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('kills the worker and refuses when the parse runs past the timeout', async () => {
    vi.useFakeTimers();
    const { worker, terminate } = fakeWorker();
    const pending = importInWorker(new Uint8Array([1]), 'staff', {
      createWorker: () => worker,
      timeoutMs: 50,
    });
    await vi.advanceTimersByTimeAsync(60);
    const result = await pending;
    vi.useRealTimers();
    expect(result.ok ? 'ok' : result.error.reason).toBe('timeout');
    expect(terminate).toHaveBeenCalledTimes(1);
  });
});
