import { Button, Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Claim, Staff } from '#shared/contract/index.ts';
import { claimStatusLabels, staffStatusLabels } from '#shared/labels/index.ts';
import { categoryLabels } from '#shared/rules/index.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import { departmentOf } from '../../ui/department.ts';
import { useFeatureSlots } from '../../ui/feature-slots.tsx';
import { useSnapshot } from '../../ui/session-context.tsx';
import { formatHours } from '../../ui/format.ts';
import { personYears, type PersonYear } from './staff-directory.ts';

function creditedText(claim: Claim): string {
  const hours = claim.creditedHours;
  if (hours === undefined) return '—';
  const parts: string[] = [];
  if ((hours.public ?? 0) > 0) parts.push(`公需 ${formatHours(hours.public ?? 0)}`);
  if ((hours.professional ?? 0) > 0) parts.push(`专业 ${formatHours(hours.professional ?? 0)}`);
  return parts.length === 0 ? '0.0' : parts.join('，');
}

/** One person: identity (身份证号 hidden until asked), bank year by year, transfers, claims. */
export function PersonDrawer({ person, onClose }: { person: Staff; onClose: () => void }) {
  const snapshot = useSnapshot();
  const { IntegrityRecords, RevokeApproval } = useFeatureSlots();
  const [isIdShown, setIdShown] = useState(false);
  const claims = useMemo(
    () =>
      [...(snapshot.claimsByStaff.get(person.id) ?? [])]
        .filter((c) => !c.deleted)
        .sort((a, b) => b.year - a.year || b.submittedAt.localeCompare(a.submittedAt)),
    [snapshot, person.id],
  );
  const years = useMemo(
    () =>
      personYears(
        snapshot.rulebook,
        person,
        claims,
        snapshot.evaluations,
        new Date().getFullYear(),
      ),
    [snapshot, person, claims],
  );
  const transfers = person.transferredInHours ?? [];

  return (
    <Drawer open size={820} title={`${person.name} 的学时档案`} onClose={onClose} destroyOnHidden>
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="姓名">{person.name}</Descriptions.Item>
        <Descriptions.Item label="身份证号" span={2}>
          <span style={{ fontFamily: 'monospace', marginRight: 8 }}>
            {isIdShown ? person.idNumber : maskIdNumber(person.idNumber)}
          </span>
          <Button size="small" onClick={() => setIdShown(!isIdShown)}>
            {isIdShown ? '隐藏' : '显示完整号码'}
          </Button>
        </Descriptions.Item>
        <Descriptions.Item label="部门">{departmentOf(person)}</Descriptions.Item>
        <Descriptions.Item label="职称">{person.title ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">{staffStatusLabels[person.status]}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5}>学时银行（逐年）</Typography.Title>
      <Table<PersonYear>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={years}
        style={{ marginBottom: 16 }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '公需', key: 'p', align: 'right', render: (_, y) => formatHours(y.bank.public) },
          {
            title: '专业',
            key: 'q',
            align: 'right',
            render: (_, y) => formatHours(y.bank.professional),
          },
          { title: '合计', key: 't', align: 'right', render: (_, y) => formatHours(y.bank.total) },
          {
            title: '其中转入',
            key: 'tr',
            render: (_, y) =>
              y.transferred === undefined
                ? '—'
                : `公需 ${formatHours(y.transferred.public)}，专业 ${formatHours(y.transferred.professional)}`,
          },
          {
            title: '是否达标',
            key: 'met',
            render: (_, y) =>
              y.bank.met ? <Tag color="green">已达标</Tag> : <Tag color="orange">未达标</Tag>,
          },
          {
            title: '待审核（如按建议通过）',
            key: 'pending',
            render: (_, y) =>
              y.pendingCount === 0
                ? '—'
                : `${y.pendingCount} 项，合计可达 ${formatHours(y.projected.total)}`,
          },
        ]}
      />

      <Typography.Title level={5}>转入学时</Typography.Title>
      {transfers.length === 0 ? (
        <Typography.Paragraph type="secondary">无转入学时。</Typography.Paragraph>
      ) : (
        <Table
          size="small"
          rowKey={(t) => `${t.year}-${t.certificateNo}`}
          pagination={false}
          dataSource={transfers}
          style={{ marginBottom: 16 }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 70 },
            {
              title: '公需',
              key: 'p',
              align: 'right',
              render: (_, t) => formatHours(t.publicHours),
            },
            {
              title: '专业',
              key: 'q',
              align: 'right',
              render: (_, t) => formatHours(t.professionalHours),
            },
            { title: '证明编号', dataIndex: 'certificateNo' },
          ]}
        />
      )}

      <IntegrityRecords staff={person} />

      <Typography.Title level={5}>申报记录（{claims.length} 项）</Typography.Title>
      <Table<Claim>
        size="small"
        rowKey="id"
        dataSource={claims}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '没有申报记录' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 64 },
          { title: '事项', dataIndex: 'title', ellipsis: true },
          {
            title: '类别',
            key: 'c',
            width: 150,
            ellipsis: true,
            render: (_, c) => categoryLabels[c.category],
          },
          {
            title: '申报',
            key: 'h',
            width: 64,
            align: 'right',
            render: (_, c) => formatHours(c.claimedHours),
          },
          { title: '认定学时', key: 'cr', width: 150, render: (_, c) => creditedText(c) },
          { title: '状态', key: 's', width: 120, render: (_, c) => claimStatusLabels[c.status] },
          {
            title: '操作',
            key: 'a',
            width: 130,
            render: (_, c) => <RevokeApproval claim={c} staffName={person.name} />,
          },
        ]}
      />
    </Drawer>
  );
}
