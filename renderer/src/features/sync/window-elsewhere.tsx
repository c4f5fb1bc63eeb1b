import { Alert, Button } from 'antd';
import { openElsewhereMessage } from '../../data/sync/window-lock.ts';
import { useSession } from '../../ui/session-context.tsx';
import { useObservable } from '../../ui/use-observable.ts';

/** The shell's standing notice in a window that does not write: the app is open elsewhere. */
export function WindowElsewhere() {
  const { windowLock } = useSession();
  const role = useObservable(() => windowLock.role$, [windowLock], windowLock.role$.value);
  if (role === 'writer') return null;
  return (
    <Alert
      type="warning"
      banner
      role="alert"
      title={openElsewhereMessage}
      action={
        <Button size="small" type="primary" onClick={() => windowLock.takeOver()}>
          在此窗口继续
        </Button>
      }
    />
  );
}
