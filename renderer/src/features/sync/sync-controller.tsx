import { createContext, useContext, type ReactNode } from 'react';
import { useEndOfDaySync } from './end-of-day.tsx';
import { SignInAgain } from './sign-in-again.tsx';
import { useSyncNow } from './use-sync-now.ts';

interface SyncControl {
  readonly syncNow: () => Promise<void>;
  readonly nextAutoSync: Date | null;
}

const SyncContext = createContext<SyncControl | null>(null);

/** One place that syncs, on 立即同步 or at the end of the day, and asks for sign-in when needed. */
export function SyncController({ children }: { readonly children: ReactNode }) {
  const { syncNow, askSignIn, afterSignIn } = useSyncNow();
  const nextAutoSync = useEndOfDaySync(syncNow);
  return (
    <SyncContext.Provider value={{ syncNow, nextAutoSync }}>
      {children}
      <SignInAgain open={askSignIn} onDone={(signedIn) => void afterSignIn(signedIn)} />
    </SyncContext.Provider>
  );
}

export function useSyncControl(): SyncControl {
  const control = useContext(SyncContext);
  if (control === null) throw new Error('useSyncControl outside SyncController');
  return control;
}
