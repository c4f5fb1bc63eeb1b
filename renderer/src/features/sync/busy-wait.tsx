import { Alert, Button } from 'antd';
import { busyWaitMessage } from '../../data/sync/messages.ts';
import { useSession } from '../../ui/session-context.tsx';
import { useSyncStatus } from '../../ui/use-sync-status.ts';

/** While the sync waits for a busy platform: when it tries again, and 停止等待. */
export function BusyWait() {
  const { engine } = useSession();
  const { retryAt } = useSyncStatus();
  if (retryAt === null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={busyWaitMessage(new Date(retryAt))}
      action={
        <Button size="small" onClick={() => engine.stopWaiting()}>
          停止等待
        </Button>
      }
      style={{ marginTop: 12 }}
    />
  );
}
