import { App } from 'antd';
import { useState } from 'react';
import { decisionStateLabels } from '#shared/labels/index.ts';
import { useSession } from '../../ui/session-context.tsx';

/** 立即同步 with its follow-ups: sign-in when the token expired, then the snapshot brought up to date. */
export function useSyncNow() {
  const session = useSession();
  const { message } = App.useApp();
  const [askSignIn, setAskSignIn] = useState(false);

  async function syncNow(): Promise<void> {
    if (!session.hasToken()) {
      setAskSignIn(true);
      return;
    }
    const result = await session.engine.syncNow();
    // The store follows the pulled records itself; the pushed decisions' states are read again.
    await session.store.settled();
    await session.store.refreshDecisions();
    // The files of what is now to be reviewed follow in the background.
    if (result.ok) void session.evidence.start();
    if (result.ok) {
      const { pushed, skipped } = result.value;
      const notes = [
        `上传 ${pushed.applied} 条`,
        pushed.conflicts > 0 ? `${pushed.conflicts} 条冲突待重新审核` : '',
        pushed.invalid > 0 ? `${pushed.invalid} 条${decisionStateLabels.invalid}` : '',
        skipped > 0 ? `${skipped} 条下载记录不合规已跳过` : '',
      ].filter((note) => note !== '');
      void message.success(`同步完成：${notes.join('，')}`);
    } else if (result.error.reason === 'sign-in') {
      setAskSignIn(true);
    }
  }

  async function afterSignIn(signedIn: boolean): Promise<void> {
    setAskSignIn(false);
    if (signedIn) await syncNow();
  }

  return { syncNow, askSignIn, afterSignIn };
}
