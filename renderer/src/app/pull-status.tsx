import { Button, Progress, Typography } from 'antd';
import { idlePull } from '../data/sync/pull/background-pull.ts';
import { formatCount, formatSecondsLeft } from '../ui/format.ts';
import { useObservable } from '../ui/use-observable.ts';
import { useSession } from '../ui/session-context.tsx';

/**
 * A strip under the header while the platform's records come in after sign-in: how many, how far
 * and how long still, so a first sign-in never looks like an empty unit. It also says when the
 * download stopped, with a way to go on.
 */
export function PullStatus() {
  const { pull } = useSession();
  const state = useObservable(() => pull.state$, [pull], idlePull);
  if (state.phase === 'idle' || state.phase === 'done') return null;
  const what = state.isFirstLoad ? '正在下载本单位的数据' : '正在更新本单位的数据';
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
          <Typography.Text>
            {what}：已收到 {formatCount(state.received)} 条，约 {state.percent}%
            {state.secondsLeft === null ? '' : `，还需${formatSecondsLeft(state.secondsLeft)}`}
            。已到的申报可以先审核。
          </Typography.Text>
          <Progress
            percent={state.percent}
            size="small"
            showInfo={false}
            status="active"
            style={{ width: 200, margin: 0 }}
            aria-label="下载进度"
          />
        </>
      )}
    </div>
  );
}
