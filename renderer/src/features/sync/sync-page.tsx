import { App, Button, Card, Descriptions, Progress, Space, Tabs, Typography } from 'antd';
import { decisionStateLabels } from '#shared/labels/index.ts';
import { useSession } from '../../ui/session-context.tsx';
import { go } from '../../ui/use-hash-route.ts';
import { usePendingCount, useSyncStatus } from '../../ui/use-sync-status.ts';
import type { DecisionDoc } from '../../data/db/schemas.ts';
import { watchDecisions } from '../../data/review/decision-queries.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { BusyWait } from './busy-wait.tsx';
import { ConflictList } from './conflict-list.tsx';
import { EndOfDayForm } from './end-of-day.tsx';
import { EvidenceProgress } from './evidence-progress.tsx';
import { formatTime } from '../../ui/format.ts';
import { OutboxTable } from './outbox-table.tsx';
import { useSyncControl } from './sync-controller.tsx';
import { useConnection } from '../../ui/use-connection.ts';

const noDecisions: DecisionDoc[] = [];

export function SyncPage() {
  const session = useSession();
  const { message } = App.useApp();
  const status = useSyncStatus();
  const pending = usePendingCount();
  const { syncNow, nextAutoSync } = useSyncControl();
  const decisions = useObservable(() => watchDecisions(session.db), [session.db], noDecisions);
  const running = status.phase !== 'idle';
  const { connection, label: reach } = useConnection();
  // Any call that failed since the last good sync, as it happened (a probe, the background
  // pull), not only what the last sync met.
  const failure = connection.lastFailure;
  const lastError =
    failure !== null && (status.lastSuccessAt === null || failure.at > status.lastSuccessAt)
      ? `${formatTime(failure.at)} ${failure.message}`
      : (status.lastError ?? '无');
  const byState = (states: readonly string[]) => decisions.filter((d) => states.includes(d.state));

  async function undo(decision: DecisionDoc) {
    const result = await session.actions.undo(decision.decisionId);
    if (result.ok) void message.success(result.value.message);
    else void message.error(result.error.message);
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="同步"
        extra={
          // Disabled while it runs, never a spinner: the button keeps its name 立即同步.
          <Button type="primary" disabled={running} onClick={() => void syncNow()}>
            立即同步
          </Button>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="上次成功同步">
            {formatTime(status.lastSuccessAt)}
          </Descriptions.Item>
          <Descriptions.Item label="待同步">{pending} 条</Descriptions.Item>
          <Descriptions.Item label="网络">{reach.text}</Descriptions.Item>
          <Descriptions.Item label="上次错误" span={3}>
            {lastError}
          </Descriptions.Item>
        </Descriptions>
        <BusyWait />
        {running && (
          <div aria-label="同步进度">
            <Progress percent={status.percent} status="active" />
            <Typography.Text type="secondary">{status.progressText}</Typography.Text>
          </div>
        )}
        <div style={{ marginTop: 12 }}>
          <EndOfDayForm next={nextAutoSync} />
        </div>
        <EvidenceProgress />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'pending',
              label: `${decisionStateLabels.pending}（${byState(['pending', 'sending']).length}）`,
              children: (
                <OutboxTable
                  decisions={byState(['pending', 'sending'])}
                  onUndo={(d) => void undo(d)}
                />
              ),
            },
            {
              key: 'conflict',
              label: `${decisionStateLabels.conflict}（${byState(['conflict']).length}）`,
              children: (
                <ConflictList
                  conflicts={byState(['conflict'])}
                  onRedecide={(id) => go(`inbox/${encodeURIComponent(id)}`)}
                />
              ),
            },
            {
              key: 'invalid',
              label: `${decisionStateLabels.invalid}（${byState(['invalid']).length}）`,
              children: <InvalidList decisions={byState(['invalid'])} />,
            },
            {
              key: 'applied',
              label: `${decisionStateLabels.applied}（${byState(['applied', 'duplicate']).length}）`,
              children: <OutboxTable decisions={byState(['applied', 'duplicate'])} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function InvalidList({ decisions }: { readonly decisions: readonly DecisionDoc[] }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        省平台拒收的审核结果及原因；可在待审核中重新审核。
      </Typography.Text>
      <OutboxTable decisions={decisions} />
      {decisions.map((d) => (
        <Typography.Text key={d.decisionId}>
          {d.staffName} · {d.title}：{d.detail ?? '未说明原因'}
        </Typography.Text>
      ))}
    </Space>
  );
}
