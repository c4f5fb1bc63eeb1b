import { Button, Progress, Typography } from 'antd';
import { idlePull } from '../data/sync/pull/background-pull.ts';
import { useObservable } from '../ui/use-observable.ts';
import { useSession } from '../ui/session-context.tsx';
import { pullStatusText } from './pull-status-text.ts';

/**
 * A strip under the header while the platform's records come in after sign-in: how many, how far
 * and how long still, so a first sign-in never looks like an empty unit. It also says when the
 * download stopped, with a way to go on.
 */
export function PullStatus() {
  const { pull } = useSession();
  const state = useObservable(() => pull.state$, [pull], idlePull);
  if (state.phase === 'idle' || state.phase === 'done') return null;
  return (
    <div className="pull-status" role="status" aria-label="数据下载">
      {state.phase === 'failed' ? (
        <>
          <Typography.Text type="warning">
            数据下载中断：{state.problem}已下载的申报可以照常审核。
          </Typography.Text>
          <Button size="small" onClick={() => void pull.run()}>
            继续下载
          </Button>
        </>
      ) : (
        <>
          <Typography.Text>{pullStatusText(state)}</Typography.Text>
          {state.percent > 0 && (
            <Progress
              percent={state.percent}
              size="small"
              showInfo={false}
              status="active"
              style={{ width: 200, margin: 0 }}
              aria-label="下载进度"
            />
          )}
        </>
      )}
    </div>
  );
}
