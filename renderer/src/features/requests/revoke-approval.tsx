import { App, Button, Checkbox, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Claim } from '#shared/contract/index.ts';
import { decisionStateLabels } from '#shared/labels/index.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';

/**
 * 撤销通过 of the unit's own approval, while the supervisor has not acted on it (`unit_approved`):
 * a reason is required, and the 诚信档案 mark is offered for a claim found false.
 */
export function RevokeApproval({
  claim,
  staffName,
}: {
  readonly claim: Claim;
  readonly staffName: string;
}) {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [integrityMark, setIntegrityMark] = useState(false);
  const last = snapshot.decisions.get(claim.id);
  if (last?.payload.outcome === 'revoke' && last.state !== 'conflict' && last.state !== 'invalid') {
    return <Tag color="purple">撤销通过 · {decisionStateLabels[last.state]}</Tag>;
  }
  if (claim.status !== 'unit_approved') return null;

  async function revoke() {
    const result = await session.actions.revokeApproval(claim, staffName, {
      reason,
      integrityMark,
    });
    if (!result.ok) return void message.error(result.error.message);
    void message.success(result.value.message);
    setOpen(false);
  }

  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>
        撤销通过
      </Button>
      <Modal
        open={isOpen}
        title={`撤销通过：${claim.title}`}
        okText="确认撤销通过"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onOk={() => void revoke()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {staffName}{' '}
            的这条申报已由本单位通过，主管部门尚未审核。撤销后该申报为“单位不通过”，认定学时随之取消。
          </Typography.Text>
          <Input.TextArea
            aria-label="撤销原因"
            placeholder="必须填写撤销原因"
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
          <Checkbox
            checked={integrityMark}
            onChange={(event) => setIntegrityMark(event.target.checked)}
          >
            申报不实，记入诚信档案（3 年，随“撤销通过”提交）
          </Checkbox>
        </Space>
      </Modal>
    </>
  );
}
