import { App, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Staff } from '#shared/contract/index.ts';
import { decisionStateLabels, type DecisionState } from '#shared/labels/index.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import { departmentOf } from '../../ui/department.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import type { DecisionDoc } from '../../data/db/schemas.ts';
import { registrationChecks } from '../../data/requests/registration-checks.ts';
import { useTableHeight } from '../../ui/use-viewport-height.ts';
import { decisionStateColors } from '../../ui/words.ts';
import { RegistrationCheckCell } from '../../ui/registration-checks.tsx';

/** A state the reviewer must act on points to where that happens. */
function decidedText(state: DecisionState): string {
  const label = decisionStateLabels[state];
  return state === 'conflict' || state === 'invalid' ? `${label}，请到“同步”页查看` : label;
}

/** 注册审核 (001 四(二)): people who registered on the platform wait for the unit to confirm them. */
export function RegistrationReview() {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState<Staff | null>(null);
  const [reason, setReason] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const height = useTableHeight(244);

  const waiting = useMemo(
    () => snapshot.staff.filter((p) => !p.deleted && p.status === 'pending_registration'),
    [snapshot.staff],
  );

  async function decide(
    person: Staff,
    outcome: 'approve' | 'reject',
    why?: string,
  ): Promise<boolean> {
    setBusyId(person.id);
    try {
      const result = await session.actions.decideRegistration(person, outcome, why);
      if (!result.ok) {
        void message.error(result.error.message);
        return false;
      }
      void message.success(result.value.message);
      return true;
    } finally {
      setBusyId(null);
    }
  }

  function decisionOf(person: Staff): DecisionDoc | undefined {
    const decision = snapshot.decisions.get(person.id);
    return decision?.payload.target.kind === 'registration' ? decision : undefined;
  }

  return (
    <>
      <Typography.Paragraph type="secondary">
        以下人员已在平台注册，等待本单位确认（共 {waiting.length}{' '}
        人）。通过后其学时计入本单位；不通过须填写原因。审核结果在下次同步时报送平台。
      </Typography.Paragraph>
      <Table<Staff>
        size="small"
        rowKey="id"
        dataSource={waiting}
        pagination={false}
        scroll={{ y: height }}
        locale={{ emptyText: '没有待审核的注册' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 110 },
          {
            title: '身份证号',
            key: 'id',
            width: 190,
            render: (_, p) => (
              <span style={{ fontFamily: 'monospace' }}>{maskIdNumber(p.idNumber)}</span>
            ),
          },
          { title: '性别', key: 'g', width: 60, render: (_, p) => p.gender ?? '—' },
          {
            title: '部门',
            key: 'd',
            width: 150,
            ellipsis: true,
            render: (_, p) => departmentOf(p),
          },
          { title: '职称', key: 't', width: 140, ellipsis: true, render: (_, p) => p.title ?? '—' },
          {
            title: '核对',
            key: 'check',
            render: (_, p) => (
              <RegistrationCheckCell checks={registrationChecks(p, snapshot.staff)} />
            ),
          },
          {
            title: '审核',
            key: 'act',
            width: 200,
            render: (_, p) => {
              const decided = decisionOf(p);
              if (decided !== undefined) {
                return (
                  <Space>
                    <span>{decided.payload.outcome === 'approve' ? '已通过' : '不通过'}</span>
                    <Tag color={decisionStateColors[decided.state]}>
                      {decidedText(decided.state)}
                    </Tag>
                  </Space>
                );
              }
              return (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    loading={busyId === p.id}
                    aria-label={`通过 ${p.name} 的注册`}
                    onClick={() => void decide(p, 'approve')}
                  >
                    通过
                  </Button>
                  <Button
                    danger
                    size="small"
                    disabled={busyId === p.id}
                    aria-label={`不通过 ${p.name} 的注册`}
                    onClick={() => {
                      setReason('');
                      setRejecting(p);
                    }}
                  >
                    不通过
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={rejecting === null ? '' : `不通过 ${rejecting.name} 的注册`}
        okText="确定不通过"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          if (rejecting === null) return;
          void decide(rejecting, 'reject', reason).then((done) => {
            if (done) setRejecting(null);
          });
        }}
      >
        <Typography.Paragraph>请填写不通过的原因，平台会告知本人：</Typography.Paragraph>
        <Input.TextArea
          aria-label="不通过原因"
          rows={3}
          maxLength={500}
          showCount
          value={reason}
          placeholder="例如：非本单位在职人员"
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
