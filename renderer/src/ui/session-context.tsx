import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReviewSnapshot } from '../data/review/snapshot.ts';
import type { AppSession } from '../data/session.ts';

export const SessionContext = createContext<AppSession | null>(null);

export function useSession(): AppSession {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside a signed-in shell');
  return session;
}

/** The in-memory review snapshot; components re-render when it is replaced. */
export function useSnapshot(): ReviewSnapshot {
  const { store } = useSession();
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.get(),
  );
}
