import { Tabs } from 'antd';
import { ExportPanel } from './export-panel.tsx';
import { ImportPanel } from './import-panel.tsx';
import { ManagersPanel } from './managers-panel.tsx';

/** 报表: the sheets the unit files, the managers list they need, and list imports. */
export function ReportsPage() {
  return (
    <Tabs
      items={[
        { key: 'export', label: '导出报表', children: <ExportPanel /> },
        { key: 'managers', label: '管理人员', children: <ManagersPanel /> },
        { key: 'import', label: '导入名单', children: <ImportPanel /> },
      ]}
    />
  );
}
