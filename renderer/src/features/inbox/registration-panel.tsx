import { App, Card, Descriptions, Tag } from 'antd';
import { forwardRef, useState } from 'react';
import type { DecisionKeys } from '../../ui/shortcuts.ts';
import { ApproveOrReject } from '../../ui/approve-or-reject.tsx';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { registrationChecks } from '../../data/requests/registration-checks.ts';
import { RegistrationCheckList } from '../../ui/registration-checks.tsx';
import { isDecided, type InboxItem } from '../../data/review/inbox-rows.ts';
import { decisionStateLabels } from '#shared/labels/index.ts';
import { maskIdNumber } from '#shared/validators/index.ts';

/** 注册审核 of one pending registration (001 四(二)): 通过 makes the person active, 不通过 needs a reason. */
export const RegistrationPanel = forwardRef<
  DecisionKeys,
  { readonly item: InboxItem; readonly onDecided: () => void }
>(function RegistrationPanel({ item, onDecided }, ref) {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const staff = item.staff;
  if (staff === undefined) return null;
  const decided = isDecided(item);

  async function decide(outcome: 'approve' | 'reject') {
    if (staff === undefined) return;
    const result = await session.actions.decideRegistration(staff, outcome, reason);
    // No word on success: the next item appears, and the row shows 待同步.
    if (!result.ok) return void message.error(result.error.message);
    setReason('');
    onDecided();
  }

  return (
    <Card
      size="small"
      title="人员注册审核"
      extra={
        item.decision === undefined ? null : (
          <Tag color="purple">{decisionStateLabels[item.decision.state]}</Tag>
        )
      }
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="姓名">{staff.name}</Descriptions.Item>
        <Descriptions.Item label="身份证号">{maskIdNumber(staff.idNumber)}</Descriptions.Item>
        <Descriptions.Item label="部门">{staff.department ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="职称">{staff.title ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="专业">{staff.specialty ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="性别">{staff.gender ?? '—'}</Descriptions.Item>
      </Descriptions>
      <div style={{ marginTop: 12 }}>
        <RegistrationCheckList checks={registrationChecks(staff, snapshot.staff)} />
      </div>
      <div style={{ marginTop: 12 }}>
        <ApproveOrReject
          ref={ref}
          reason={reason}
          onReason={setReason}
          isDecided={decided}
          onDecide={(outcome) => void decide(outcome)}
        />
      </div>
    </Card>
  );
});
