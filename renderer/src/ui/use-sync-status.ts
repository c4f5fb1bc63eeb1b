import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveSyncStatus } from '../data/sync/sync-engine.ts';
import { useSession } from './session-context.tsx';

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
  const [count, setCount] = useState(0);
  useEffect(() => {
    const subscription = db.decisions
      .count({ selector: { state: 'pending' } })
      .$.subscribe(setCount);
    return () => subscription.unsubscribe();
  }, [db]);
  return count;
}
