import { BehaviorSubject } from 'rxjs';
import { appError } from '#shared/errors/result.ts';
import type { WriteGuard } from './outbox.ts';

/** `writer`: this window decides, undoes and syncs; `elsewhere`: another window of the app does. */
export type WindowRole = 'writer' | 'elsewhere';

export const openElsewhereMessage =
  '本程序已在另一个窗口打开，此窗口的审核、撤销和同步不会保存。如要在此窗口继续，请点“在此窗口继续”（另一个窗口随即停止保存）。';

export interface WindowLock {
  readonly role$: BehaviorSubject<WindowRole>;
  /** The outbox's and the sync's guard: refuses with openElsewhereMessage unless this window writes. */
  readonly canWrite: WriteGuard;
  /** 在此窗口继续: this window writes from now on, the other one stops. */
  takeOver(): void;
}

/** The browser's Web Locks, which the DOM types promise though an insecure page has none. */
const webLocks = (): LockManager | undefined =>
  (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

/**
 * One window of the app writes at a time: the one holding the Web Lock `name`. Each window's undo
 * turn-taking and sync run in memory (outbox.ts), so two windows writing would each send and undo
 * on their own. A second window waits in the lock's queue and writes once the first closes, or at
 * once if the reviewer takes over (`steal`: the other window's lock ends and it learns so here).
 * A window lets go when it closes (there is no sign-out). Without Web Locks (an insecure page)
 * there is no one to ask: the window writes; under Electron main's single-instance lock keeps to
 * one window anyway.
 */
export function createWindowLock(
  name: string,
  locks: LockManager | undefined = webLocks(),
): Promise<WindowLock> {
  const role$ = new BehaviorSubject<WindowRole>(locks === undefined ? 'writer' : 'elsewhere');
  let waiting: AbortController | null = null;
  let generation = 0;

  /** Holds the lock, once granted, until another window steals it. */
  async function hold(
    manager: LockManager,
    options: LockOptions,
    mine: () => boolean,
    seen: () => void,
  ): Promise<void> {
    try {
      await manager.request(name, options, (lock) => {
        seen();
        if (lock === null || !mine()) return undefined;
        role$.next('writer');
        return new Promise<void>(() => undefined);
      });
    } catch (error) {
      // Stolen by another window, or this window's own wait called off: both end the hold.
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    }
  }

  async function run(manager: LockManager, first: LockOptions, seen: () => void): Promise<void> {
    const own = ++generation;
    const mine = () => own === generation;
    let options = first;
    for (;;) {
      await hold(manager, options, mine, seen);
      if (!mine()) return;
      role$.next('elsewhere');
      waiting = new AbortController();
      options = { signal: waiting.signal };
    }
  }

  const lock: WindowLock = {
    role$,
    canWrite: () =>
      role$.value === 'writer' ? undefined : appError('conflict', openElsewhereMessage),
    takeOver() {
      if (locks === undefined || role$.value === 'writer') return;
      waiting?.abort();
      void run(locks, { steal: true }, () => undefined);
    },
  };
  if (locks === undefined) return Promise.resolve(lock);
  // Resolved once the first request has answered, so the session starts knowing its role.
  return new Promise((resolve) => {
    void run(locks, { ifAvailable: true }, () => resolve(lock));
  });
}
