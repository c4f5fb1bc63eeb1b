import { Alert, Space, Table, Typography } from 'antd';
import { personFieldLabels } from '#shared/labels/index.ts';
import { changeEffects } from '../../data/requests/change-effects.ts';
import { changedFields } from '../../data/requests/request-subject.ts';
import type { InboxItem } from '../../data/review/inbox-rows.ts';
import { useSnapshot } from '../../ui/session-context.tsx';
import { RequestAttachments } from './request-head.tsx';

/**
 * 变更审核: each changed field with the value when the request was made, the value this machine
 * holds now and the new one side by side, then what else the change touches.
 */
export function ChangeDetails({ item }: { readonly item: InboxItem }) {
  const snapshot = useSnapshot();
  const { change } = item;
  if (change === undefined) return null;
  const staff = snapshot.staffById.get(change.staffId);
  const rows = changedFields(change.changes).map((field) => ({
    field,
    label: personFieldLabels[field],
    from: change.changes[field]?.from ?? '（空）',
    now: staff === undefined ? '（本机无此人）' : (staff[field] ?? '（空）'),
    to: change.changes[field]?.to ?? '',
  }));
  const effects = changeEffects(change, {
    staff,
    unitStaff: snapshot.staff,
    claims: snapshot.claimsByStaff.get(change.staffId) ?? [],
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        pagination={false}
        rowKey="field"
        aria-label="变更内容"
        dataSource={rows}
        columns={[
          { title: '项目', dataIndex: 'label', width: 90 },
          { title: '申请时原值', dataIndex: 'from' },
          { title: '本机现值', dataIndex: 'now' },
          {
            title: '变更为',
            dataIndex: 'to',
            render: (to: string) => <Typography.Text strong>{to}</Typography.Text>,
          },
        ]}
      />
      {change.reason !== undefined && <Typography.Text>申请理由：{change.reason}</Typography.Text>}
      <RequestAttachments files={change.attachments} />
      <section aria-label="变更影响">
        <Typography.Text strong>变更影响</Typography.Text>
        {effects.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            不影响其他记录。
          </Typography.Paragraph>
        ) : (
          effects.map((effect) => (
            <Alert
              key={`${effect.field}-${effect.text}`}
              style={{ marginTop: 4 }}
              type={effect.kind === 'problem' ? 'error' : 'info'}
              showIcon
              title={effect.text}
            />
          ))
        )}
      </section>
    </Space>
  );
}
