import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim, Staff } from '#shared/contract/index.ts';
import { unfinishedResult } from './read-evidence.ts';
import { workerEvidenceChecker } from './evidence-checker.ts';
import type { CheckAnswer, CheckRequest } from './worker-protocol.ts';

/** A worker that answers only when told to. */
class HeldWorker extends EventTarget {
  readonly requests: CheckRequest[] = [];
  isTerminated = false;
  postMessage(request: CheckRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.isTerminated = true;
  }
  answer(answer: CheckAnswer) {
    this.dispatchEvent(new MessageEvent('message', { data: answer }));
  }
  failToLoad(message: string) {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

const claim = { id: 'C1' } as Claim;
const staff = { id: 'S1' } as Staff;
const file = () => ({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png' as const });

describe('workerEvidenceChecker', () => {
  let workers: HeldWorker[];
  const checker = () =>
    workerEvidenceChecker({
      base: 'http://app.test/',
      timeoutMs: 60_000,
      startWorker: () => {
        const worker = new HeldWorker();
        workers.push(worker);
        return worker;
      },
    });

  beforeEach(() => {
    workers = [];
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers with the worker’s result when it answers in time', async () => {
    const checking = checker().check(file(), claim, staff);
    const result = unfinishedResult();
    workers[0]?.answer({ id: 1, ok: true, result });
    await expect(checking).resolves.toEqual(result);
    expect(workers.map((w) => w.isTerminated)).toEqual([false]);
  });

  it('stops a worker that does not answer in time, and starts a new one for the next file', async () => {
    const evidence = checker();
    const checking = evidence.check(file(), claim, staff);
    const failed = expect(checking).rejects.toThrow('证明材料识别超过 60 秒仍未完成');
    await vi.advanceTimersByTimeAsync(60_000);
    await failed;
    void evidence.check(file(), claim, staff);
    expect(workers.map((w) => [w.isTerminated, w.requests.length])).toEqual([
      [true, 1],
      [false, 1],
    ]);
  });

  it('fails the waiting check when the worker cannot load', async () => {
    const checking = checker().check(file(), claim, staff);
    workers[0]?.failToLoad('SyntaxError');
    await expect(checking).rejects.toThrow('证明材料识别程序未能启动：SyntaxError');
    expect(workers[0]?.isTerminated).toBe(true);
  });

  it('fails with the worker’s message when the check itself broke', async () => {
    const checking = checker().check(file(), claim, staff);
    workers[0]?.answer({ id: 1, ok: false, message: 'EvalError: 不允许执行字符串代码' });
    await expect(checking).rejects.toThrow('EvalError: 不允许执行字符串代码');
  });
});
