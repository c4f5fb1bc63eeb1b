import { Button, Progress, Select, Space, Typography } from 'antd';
import { auditTime } from 'rxjs';
import { saveEvidenceBudget } from '../../data/sync/evidence-budget-setting.ts';
import { formatBytes } from '../../ui/format.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { useSession } from '../../ui/session-context.tsx';
import { evidenceProgressText } from './evidence-progress-text.ts';
import './evidence-progress.css';

const gib = 1024 ** 3;
const budgetChoices = [0.5, 1, 2, 5, 10, 20].map((gb) => ({
  value: gb * gib,
  label: `${String(gb)} GB`,
}));

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
      <Typography.Paragraph style={{ margin: '4px 0' }}>
        {evidenceProgressText(state)}
      </Typography.Paragraph>
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
