import { Alert, Space, Typography } from 'antd';
import { personFieldLabels } from '#shared/labels/index.ts';
import { changeEffects } from '../../data/requests/change-effects.ts';
import { changedFields } from '../../data/requests/request-subject.ts';
import type { InboxItem } from '../../data/review/inbox-rows.ts';
import { useSnapshot } from '../../ui/session-context.tsx';
import { RequestAttachments } from './request-head.tsx';

/**
 * 变更审核: each changed field with the value when the request was made and the new one side by
 * side, then what else the change touches (a value changed since the request among them).
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
    to: change.changes[field]?.to ?? '',
  }));
  const effects = changeEffects(change, {
    staff,
    unitStaff: snapshot.staff,
    claims: snapshot.claimsByStaff.get(change.staffId) ?? [],
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <table className="bank-table" aria-label="变更内容">
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">原值</th>
            <th scope="col">变更为</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.label}</th>
              <td>{row.from}</td>
              <td>
                <Typography.Text strong>{row.to}</Typography.Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
