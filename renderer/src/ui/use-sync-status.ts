import { useSyncExternalStore } from 'react';
import type { LiveSyncStatus } from '../data/sync/sync-engine.ts';
import { watchPendingCount } from '../data/sync/sync-status.ts';
import { useSession } from './session-context.tsx';
import { useObservable } from './use-observable.ts';

export function useSyncStatus(): LiveSyncStatus {
  const { engine } = useSession();
  return useSyncExternalStore(
    (onChange) => {
      const subscription = engine.status$.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    () => engine.status$.value,
  );
}

/** Decisions made on this machine and not yet accepted by the platform; live. */
export function usePendingCount(): number {
  const { db } = useSession();
  return useObservable(() => watchPendingCount(db), [db], 0);
}
