import { Alert, App, Button, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type {
  ImportKind,
  ImportPreview,
  StaffImportRow,
} from '#shared/sheets/import/parse-import.ts';
import type { Manager } from '#shared/sheets/managers.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { importInWorker } from '../../data/import/import-client.ts';
import { pickListFile } from '../../data/import/pick-list.ts';
import { IssueTable, ManagersReport, StaffReport } from './import-reports.tsx';
import { planManagerImport } from './managers-model.ts';
import { saveManager } from '../../data/managers/managers-repo.ts';
import { useManagers } from './use-managers.ts';

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
    const picked = await pickListFile();
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
      else if (result.value.kind === 'managers')
        setLoaded({ kind: 'managers', fileName, preview: result.value.preview });
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
