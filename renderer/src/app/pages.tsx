import type { ComponentType } from 'react';
import { InboxPage } from '../features/inbox/inbox-page.tsx';
import { SyncPage } from '../features/sync/sync-page.tsx';
import { StaffPage } from '../features/staff/staff-page.tsx';
import { StatsPage } from '../features/stats/stats-page.tsx';
import { ReportsPage } from '../features/reports/reports-page.tsx';
import { PrintPage } from '../features/print/print-page.tsx';
import { ProjectsPage } from '../features/projects/projects-page.tsx';

export interface PageEntry {
  readonly key: string;
  readonly label: string;
  readonly component: ComponentType;
}

/** The shell's menu, in order. */
export const pages: readonly PageEntry[] = [
  { key: 'inbox', label: '待审核', component: InboxPage },
  { key: 'staff', label: '人员', component: StaffPage },
  { key: 'stats', label: '统计', component: StatsPage },
  { key: 'projects', label: '培训项目', component: ProjectsPage },
  { key: 'reports', label: '报表', component: ReportsPage },
  { key: 'print', label: '打印', component: PrintPage },
  { key: 'sync', label: '同步', component: SyncPage },
];
