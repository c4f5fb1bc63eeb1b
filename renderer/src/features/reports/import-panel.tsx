import { Alert, App, Button, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Staff } from '../../../../shared/contract/index.ts';
import { defaultImportLimits } from '../../../../shared/sheets/import/limits.ts';
import type {
  ImportIssue,
  ImportKind,
  ImportPreview,
  StaffImportRow,
} from '../../../../shared/sheets/import/parse-import.ts';
import type { Manager } from '../../../../shared/sheets/managers.ts';
import { useSession, useSnapshot } from '../../app/session-context.tsx';
import { api } from '../../host/api.ts';
import { importInWorker } from '../sheets/import-client.ts';
import { departmentOf, maskIdNumber } from '../staff/staff-directory.ts';
import { planManagerImport, type ImportPlanRow } from './managers-model.ts';
import { saveManager, useManagers } from './managers-repo.ts';
import {
  activeNotListed,
  checkStaffList,
  staffCheckLabels,
  type StaffCheckRow,
} from './staff-check.ts';

type Loaded =
  | {
      readonly kind: 'staff';
      readonly fileName: string;
      readonly preview: ImportPreview<StaffImportRow>;
    }
  | {
      readonly kind: 'managers';
      readonly fileName: string;
      readonly preview: ImportPreview<Manager>;
    };

const checkColors: Record<StaffCheckRow['check'], string> = {
  same: 'green',
  differs: 'orange',
  pending: 'blue',
  missing: 'red',
  gone: 'default',
};

function IssueTable({ issues }: { issues: readonly ImportIssue[] }) {
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

function StaffReport({
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

function ManagersReport({ plan }: { plan: readonly ImportPlanRow[] }) {
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

/** 导入名单: a staff list (checked against the platform) or a managers list (kept on 确认导入). */
export function ImportPanel() {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const managers = useManagers(session.db);
  const [kind, setKind] = useState<ImportKind>('managers');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const plan = useMemo(
    () =>
      loaded?.kind === 'managers' && managers !== undefined
        ? planManagerImport(managers, loaded.preview.rows)
        : [],
    [loaded, managers],
  );
  const importable = plan.filter((p) => p.problem === undefined);

  async function pick() {
    setRefusal(null);
    setLoaded(null);
    const picked = await api.openFile({
      filters: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }],
      maxBytes: defaultImportLimits.maxFileBytes,
    });
    if (!picked.ok) {
      setRefusal(picked.error.message);
      return;
    }
    if (!picked.value.picked) return;
    const { fileName, data } = picked.value;
    setBusy(true);
    try {
      const result = await importInWorker(data, kind);
      if (!result.ok) setRefusal(result.error.message);
      else if (result.value.kind === 'staff')
        setLoaded({ kind: 'staff', fileName, preview: result.value.preview });
      else setLoaded({ kind: 'managers', fileName, preview: result.value.preview });
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setBusy(true);
    try {
      for (const row of importable) await saveManager(session.db, row.manager, row.replaces);
      void message.success(`已导入 ${importable.length} 名管理人员。`);
      setLoaded(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Radio.Group
          aria-label="导入内容"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ImportKind);
            setLoaded(null);
            setRefusal(null);
          }}
          options={[
            { value: 'managers', label: '管理人员名单' },
            { value: 'staff', label: '人员名单（仅核对）' },
          ]}
        />
        <Button type="primary" loading={isBusy && loaded === null} onClick={() => void pick()}>
          选择文件…
        </Button>
        <Typography.Text type="secondary">
          支持 Excel 表格和逗号分隔的文本表格；前几行中须有“姓名”“身份证号”等列名。
        </Typography.Text>
      </Space>
      {refusal !== null && <Alert type="error" showIcon title={refusal} />}
      {loaded !== null && (
        <>
          <Typography.Text>
            {loaded.fileName}：可读取 {loaded.preview.accepted} 行，有问题 {loaded.preview.refused}{' '}
            行。
          </Typography.Text>
          {loaded.kind === 'staff' ? (
            <StaffReport preview={loaded.preview} staff={snapshot.staff} />
          ) : (
            <>
              <ManagersReport plan={plan} />
              <Space>
                <Button
                  type="primary"
                  disabled={importable.length === 0}
                  loading={isBusy}
                  onClick={() => void confirm()}
                >
                  确认导入（{importable.length} 名）
                </Button>
                <Button onClick={() => setLoaded(null)}>放弃</Button>
                <Typography.Text type="secondary">确认之前不会写入任何数据。</Typography.Text>
              </Space>
            </>
          )}
          <IssueTable issues={loaded.preview.report} />
        </>
      )}
    </Space>
  );
}
