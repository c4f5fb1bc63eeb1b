import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { Staff } from '#shared/contract/index.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import type {
  ImportIssue,
  ImportPreview,
  StaffImportRow,
} from '#shared/sheets/import/parse-import.ts';
import { departmentOf } from '../../ui/department.ts';
import type { ImportPlanRow } from './managers-model.ts';
import {
  activeNotListed,
  checkStaffList,
  staffCheckLabels,
  type StaffCheckRow,
} from './staff-check.ts';

const checkColors: Record<StaffCheckRow['check'], string> = {
  same: 'green',
  differs: 'orange',
  pending: 'blue',
  missing: 'red',
  gone: 'default',
};

/** The rows the file could not give, and why; they are left out. */
export function IssueTable({ issues }: { issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Table<ImportIssue>
      size="small"
      rowKey={(i) => `${i.row}-${i.field}-${i.message}`}
      dataSource={[...issues]}
      pagination={{ pageSize: 5, hideOnSinglePage: true, showSizeChanger: false }}
      title={() => `有问题的行（${issues.length} 处，这些行不导入）`}
      columns={[
        { title: '行号', dataIndex: 'row', width: 70 },
        { title: '列', dataIndex: 'field', width: 110 },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

/** A staff list checked against the platform's: nothing is written. */
export function StaffReport({
  preview,
  staff,
}: {
  preview: ImportPreview<StaffImportRow>;
  staff: readonly Staff[];
}) {
  const checks = useMemo(() => checkStaffList(preview.rows, staff), [preview, staff]);
  const unlisted = useMemo(() => activeNotListed(preview.rows, staff), [preview, staff]);
  const counts = useMemo(() => {
    const c = new Map<StaffCheckRow['check'], number>();
    for (const r of checks) c.set(r.check, (c.get(r.check) ?? 0) + 1);
    return c;
  }, [checks]);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title="人员信息以省平台为准：导入的人员名单只用于核对，不会写入本机或平台。如需更正，请让本人在平台修改。"
      />
      <Space wrap style={{ marginBottom: 8 }}>
        {(Object.keys(staffCheckLabels) as StaffCheckRow['check'][]).map((key) => (
          <Tag key={key} color={checkColors[key]}>
            {staffCheckLabels[key]} {counts.get(key) ?? 0} 人
          </Tag>
        ))}
        <Tag>平台在职但名单中没有 {unlisted.length} 人</Tag>
      </Space>
      <Table<StaffCheckRow>
        size="small"
        rowKey="row"
        dataSource={checks}
        pagination={{ pageSize: 6, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: '行号', dataIndex: 'row', width: 70 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '身份证号', key: 'id', width: 190, render: (_, r) => maskIdNumber(r.idNumber) },
          {
            title: '核对结果',
            key: 'c',
            width: 150,
            render: (_, r) => <Tag color={checkColors[r.check]}>{staffCheckLabels[r.check]}</Tag>,
          },
          { title: '说明', key: 'n', render: (_, r) => r.notes.join('；') || '—' },
        ]}
      />
      {unlisted.length > 0 && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
          平台在职但名单中没有：
          {unlisted
            .slice(0, 30)
            .map((p) => `${p.name}（${departmentOf(p)}）`)
            .join('、')}
          {unlisted.length > 30 ? ` 等 ${unlisted.length} 人` : ''}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** What 确认导入 will do with each row of a managers list. */
export function ManagersReport({ plan }: { plan: readonly ImportPlanRow[] }) {
  return (
    <Table<ImportPlanRow>
      size="small"
      rowKey="row"
      dataSource={[...plan]}
      pagination={{ pageSize: 6, hideOnSinglePage: true, showSizeChanger: false }}
      title={() => '确认导入后将这样处理：'}
      columns={[
        { title: '行号', dataIndex: 'row', width: 70 },
        {
          title: '所在单位（部门）',
          key: 'd',
          ellipsis: true,
          render: (_, p) => p.manager.department || '—',
        },
        { title: '姓名', key: 'n', width: 100, render: (_, p) => p.manager.name },
        {
          title: '处理',
          key: 'a',
          render: (_, p) =>
            p.problem !== undefined ? (
              <Typography.Text type="danger">不导入：{p.problem}</Typography.Text>
            ) : p.replaces !== undefined ? (
              <Tag color="blue">更新已有记录</Tag>
            ) : (
              <Tag color="green">新增</Tag>
            ),
        },
      ]}
    />
  );
}
