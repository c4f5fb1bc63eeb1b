import type { PlatformConnection } from '../data/sync/platform-connection.ts';
import { connectionLabel, type ConnectionLabel } from './connection-label.ts';
import { useOnline } from './use-online.ts';
import { useObservable } from './use-observable.ts';
import { useSession } from './session-context.tsx';
import { useSyncStatus } from './use-sync-status.ts';

/** The platform's reach as this session hears it, and what the shell says about it. */
export function useConnection(): {
  readonly connection: PlatformConnection;
  readonly label: ConnectionLabel;
} {
  const session = useSession();
  const isNetworkUp = useOnline();
  const status = useSyncStatus();
  const connection = useObservable(
    () => session.connection.state$,
    [session.connection],
    session.connection.state$.value,
  );
  return { connection, label: connectionLabel(isNetworkUp, connection, status.lastSuccessAt) };
}
