import { Button, Progress, Select, Space, Typography } from 'antd';
import { auditTime } from 'rxjs';
import { saveEvidenceBudget } from '../../data/sync/evidence-budget-setting.ts';
import type { EvidencePrefetchState } from '../../data/sync/evidence-prefetch.ts';
import { formatBytes, formatCount } from '../../ui/format.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { useSession } from '../../ui/session-context.tsx';
import './evidence-progress.css';

const gib = 1024 ** 3;
const budgetChoices = [0.5, 1, 2, 5, 10, 20].map((gb) => ({
  value: gb * gib,
  label: `${String(gb)} GB`,
}));

function describe(state: EvidencePrefetchState): string {
  const of = `${formatCount(state.fetched)} / ${formatCount(state.total)} 个文件`;
  const refused =
    state.refused > 0 ? `；${formatCount(state.refused)} 个文件与申报所附不一致，未保存` : '';
  switch (state.phase) {
    case 'idle':
      return '联网登录或同步后，待审申报的证明材料会在后台自动下载。';
    case 'running':
      return `正在后台下载待审申报的证明材料：${of}${refused}。不影响审核和同步。`;
    case 'done':
      // A round with nothing new to fetch (all already here) does not say 0 / 0.
      return state.total === 0
        ? '待审申报的证明材料已下载到本机，没有需要新下载的文件。'
        : `待审申报的证明材料已下载到本机（本轮 ${of}）${refused}。`;
    case 'stopped':
    case 'full':
      return `下载暂停：${state.problem ?? ''}（本轮 ${of}）`;
  }
}

/** The evidence download, apart from the records' sync: progress, disk used and its budget. */
export function EvidenceProgress() {
  const { evidence, db } = useSession();
  // Files come dozens a second: the line follows them four times a second, not on every file.
  const state = useObservable(
    () => evidence.state$.pipe(auditTime(250)),
    [evidence],
    evidence.state$.value,
  );
  const percent =
    state.total === 0 ? 100 : Math.floor(((state.fetched + state.refused) / state.total) * 100);
  return (
    // The phase, bytes and files as data, for the benchmark (tests/bench/browser-figures.ts).
    <section
      role="status"
      aria-label="证明材料下载"
      className="evidence-progress"
      data-phase={state.phase}
      data-bytes={state.bytes}
      data-fetched={state.fetched}
    >
      <Typography.Text strong>证明材料</Typography.Text>
      <Typography.Paragraph style={{ margin: '4px 0' }}>{describe(state)}</Typography.Paragraph>
      {state.phase === 'running' && (
        <Progress percent={percent} size="small" status="active" aria-label="证明材料下载进度" />
      )}
      <Space wrap>
        <Typography.Text type="secondary">
          本机占用 {formatBytes(state.bytes)}，上限 {formatBytes(state.budget)}
        </Typography.Text>
        <Select
          size="small"
          aria-label="证明材料占用上限"
          style={{ width: 110 }}
          value={state.budget}
          options={
            budgetChoices.some((choice) => choice.value === state.budget)
              ? budgetChoices
              : [...budgetChoices, { value: state.budget, label: formatBytes(state.budget) }]
          }
          onChange={(bytes: number) => void saveEvidenceBudget(db, bytes)}
        />
        {state.phase === 'stopped' && (
          <Button size="small" onClick={() => void evidence.start()}>
            继续下载
          </Button>
        )}
      </Space>
    </section>
  );
}
