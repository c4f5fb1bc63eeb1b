import { Table, Tag, Typography } from 'antd';
import type { Staff } from '#shared/contract/index.ts';
import { chinaDate } from '#shared/calendar/china-time.ts';
import { useSnapshot } from '../../ui/session-context.tsx';
import { formatTime } from '../../ui/format.ts';

/** A person's 职称评审诚信档案 entries (001 四（四）3), as the platform keeps them. */
export function IntegrityRecords({ staff }: { readonly staff: Staff }) {
  const snapshot = useSnapshot();
  const records = staff.integrityRecords ?? [];
  const today = chinaDate(new Date());
  const titleOf = (claimId: string) =>
    snapshot.claimsByStaff.get(staff.id)?.find((claim) => claim.id === claimId)?.title ?? claimId;
  return (
    <section aria-label="诚信档案">
      <Typography.Title level={5}>诚信档案</Typography.Title>
      {records.length === 0 ? (
        <Typography.Paragraph type="secondary">无诚信档案记录。</Typography.Paragraph>
      ) : (
        <Table
          size="small"
          rowKey="claimId"
          pagination={false}
          dataSource={records}
          style={{ marginBottom: 16 }}
          columns={[
            { title: '所涉申报', key: 'c', render: (_, record) => titleOf(record.claimId) },
            { title: '记入时间', key: 'r', render: (_, record) => formatTime(record.recordedAt) },
            { title: '记录期至', dataIndex: 'until', width: 110 },
            {
              title: '状态',
              key: 's',
              width: 100,
              render: (_, record) =>
                record.until >= today ? <Tag color="red">记录期内</Tag> : <Tag>已期满</Tag>,
            },
          ]}
        />
      )}
    </section>
  );
}
