import { App, Button, Modal, Space, Typography } from 'antd';
import { memo, useMemo, useState } from 'react';
import { useAfterPaint } from '../../ui/use-after-paint.ts';
import { useSession } from '../../ui/session-context.tsx';
import { auditTime } from 'rxjs';
import { bulkCandidates } from '../../data/review/bulk-candidates.ts';
import type { InboxItem } from '../../data/review/inbox-rows.ts';
import { useObservable } from '../../ui/use-observable.ts';

const noItems: readonly InboxItem[] = [];

export function bulkSummary(items: readonly InboxItem[]) {
  let publicHours = 0;
  let professionalHours = 0;
  const people = new Set<string>();
  for (const item of items) {
    publicHours += item.evaluation?.credited.public ?? 0;
    professionalHours += item.evaluation?.credited.professional ?? 0;
    people.add(item.staff?.id ?? item.name);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: items.length,
    people: people.size,
    publicHours: round(publicHours),
    professionalHours: round(professionalHours),
  };
}

export const BulkApprove = memo(function BulkApprove({
  items,
}: {
  readonly items: readonly InboxItem[];
}) {
  const session = useSession();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // Computed once per list, not on every keystroke or J: the list can hold 50,000 rows. The
  // count follows once the rows are painted; the summary only when the dialog opens.
  const counted = useAfterPaint(items, noItems);
  // The evidence check's findings leave claims out as they come, at most once a second: the
  // background check must not make the list work on every file it reads.
  const { evidenceCheck } = session;
  const evidenceVersion = useObservable(
    () => evidenceCheck.changed$.pipe(auditTime(1000)),
    [evidenceCheck],
    0,
  );
  const candidates = useMemo(
    () =>
      bulkCandidates(counted, { version: evidenceVersion, hasFinding: evidenceCheck.hasFinding }),
    [counted, evidenceVersion, evidenceCheck],
  );
  const { summary, names } = useMemo(
    () =>
      open
        ? { summary: bulkSummary(candidates), names: [...new Set(candidates.map((c) => c.name))] }
        : { summary: bulkSummary([]), names: [] },
    [open, candidates],
  );

  async function confirm() {
    setBusy(true);
    // The count shown follows the check a second late: what is approved is worked out now, so a
    // finding of that last second still leaves its claim out.
    const taken = bulkCandidates(counted, {
      version: evidenceCheck.version(),
      hasFinding: evidenceCheck.hasFinding,
    });
    const result = await session.actions.approveAll(
      taken.flatMap((item) =>
        item.claim === undefined || item.evaluation === undefined
          ? []
          : [{ claim: item.claim, staffName: item.name, creditedHours: item.evaluation.credited }],
      ),
    );
    setBusy(false);
    setOpen(false);
    if (!result.ok) {
      void message.error(result.error.message);
      return;
    }
    const { message: said, decisionIds } = result.value;
    void message.success({
      content: (
        <span>
          {said}{' '}
          <Button size="small" type="link" onClick={() => void undoAll(decisionIds)}>
            撤销本次批量通过
          </Button>
        </span>
      ),
      duration: 10,
    });
  }

  async function undoAll(ids: readonly string[]) {
    const result = await session.actions.undoAll(ids);
    if (result.ok) void message.info(result.value.message);
    else void message.error(result.error.message);
  }

  return (
    <>
      <Button disabled={candidates.length === 0} onClick={() => setOpen(true)}>
        批量通过（{candidates.length}）
      </Button>
      <Modal
        open={open}
        title="批量通过"
        okText="确认通过"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <Space orientation="vertical">
          <Typography.Text>
            当前筛选中规则建议“通过”、证明材料核对无异常且没有任何提示的申报共{' '}
            <b>{summary.count}</b> 条，涉及 <b>{summary.people}</b> 人， 合计认定公需{' '}
            <b>{summary.publicHours}</b> 学时、专业 <b>{summary.professionalHours}</b> 学时。
          </Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
            人员：{names.slice(0, 60).join('、')}
            {names.length > 60 ? ` 等 ${names.length} 人` : ''}
          </Typography.Paragraph>
          <Typography.Text type="secondary">通过后可在同步前撤销。</Typography.Text>
        </Space>
      </Modal>
    </>
  );
});
